"""Peak memory of linting one large draft (issue 14, item 11).

Generates large drafts from the benchmark generator (``make_corpus.make_draft``: realistic
Markdown with front matter, headings, lists, links and seed paragraphs), runs ``narrlint`` on
each as a subprocess and prints the child's peak resident set size (``ru_maxrss`` from
``os.wait4``, so each run is measured on its own) and its wall time. Shapes:

* ``markdown``: a Markdown draft of N MB (the benchmark drafts, concatenated);
* ``one-line``: the same prose as one line of plain text (no newline at all);
* ``text``: the same prose as plain text, paragraph per line.

Usage::

    python3 bench/memory.py                       # 20 MB, every shape
    python3 bench/memory.py --mb 5 --shape one-line
    python3 bench/memory.py --mb 20 --keep bench/out/memory   # keep the drafts

The seed corpus is used unless ``--corpus`` names another (``--no-seeds`` is then passed).
No threshold is asserted here: this script reports, ``bench/RESULTS.md``-style.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import make_draft  # noqa: E402

SHAPES = ("markdown", "one-line", "text")
FRONT = "---\ndate: 2024-03-01\n---\n"


def _body(size: int) -> list[str]:
    """Paragraphs of benchmark drafts (front matter dropped) until ``size`` characters."""
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        draft = make_draft(index, 800)
        if draft.startswith("---\n"):
            draft = draft[draft.index("\n---\n", 4) + 5 :]
        parts.append(draft)
        total += len(draft)
        index += 1
    return parts


def make(shape: str, megabytes: float, folder: Path) -> Path:
    size = int(megabytes * 1_000_000)
    drafts = _body(size)
    if shape == "markdown":
        text = FRONT + "\n".join(drafts)
        path = folder / "large.md"
    else:
        paragraphs = [
            " ".join(line.strip() for line in block.splitlines() if line.strip())
            for draft in drafts
            for block in draft.split("\n\n")
            if block.strip() and not block.lstrip().startswith(("```", "#"))
        ]
        joiner = " " if shape == "one-line" else "\n"
        text = joiner.join(paragraphs)
        path = folder / f"large-{shape}.txt"
    path.write_text(text[:size], encoding="utf-8")
    return path


def measure(path: Path, corpus: str | None, extra: list[str]) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, exit code) of ``narrlint path``."""
    args = [sys.executable, "-m", "narrlint", str(path), "-j", "1", "--format", "json", *extra]
    if corpus:
        args += ["--no-seeds", "--corpus", corpus]
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        print(f"  narrlint exited {proc.returncode}: {stderr[-500:]}", file=sys.stderr)
    return usage.ru_maxrss / 1024, seconds, proc.returncode  # ru_maxrss: KB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="draft size in MB (default 20)")
    parser.add_argument("--shape", choices=SHAPES, action="append", help="default: all")
    parser.add_argument("--corpus", help="corpus folder (default: the seed corpus)")
    parser.add_argument("--keep", type=Path, help="write the drafts here and keep them")
    args = parser.parse_args(argv)
    shapes = args.shape or list(SHAPES)
    with tempfile.TemporaryDirectory(prefix="narrlint-memory-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'shape':<10} {'size MB':>8} {'peak RSS MB':>12} {'seconds':>8} exit")
        for shape in shapes:
            path = make(shape, args.mb, folder)
            size = path.stat().st_size / 1_000_000
            peak, seconds, code = measure(path, args.corpus, [])
            print(f"{shape:<10} {size:>8.1f} {peak:>12.0f} {seconds:>8.1f} {code}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
