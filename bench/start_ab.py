"""Alternated A/B of the cold start: one draft, a fresh process, commits against the floor.

``bench/run.py`` gives the cold start one wall-clock figure beside the floor (``import spacy;
spacy.blank('en')``); on a shared machine a neighbour moves it by more than a change to
narrlint's start-up does. This script runs ``narrlint <draft>`` with each commit's snapshot
(laid out and byte-compiled as :mod:`index_ab` does, each with a corpus cache of its own,
warmed first: a cold start is a run after the first) and the floor in rounds that alternate
them, and reports the median wall and CPU (user + system) of each, and each commit's excess
over the floor measured in the same rounds::

    python3 bench/start_ab.py ee74bd0 HEAD --rounds 10
    python3 bench/start_ab.py tree HEAD   # ``tree``: the working tree as it is (editable)
    python3 bench/start_ab.py /tmp/a /tmp/b  # folders holding a laid-out ``narrlint`` package
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from index_ab import snapshot  # noqa: E402

FLOOR = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
TREE = "tree"


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command`` (which must succeed or find issues)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({run.returncode}):\n{run.stderr}")
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commits", nargs="+", help=f"commits to compare ({TREE!r}: the tree)")
    parser.add_argument("--draft", default=str(ROOT / "examples" / "draft.md"))
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="narrlint-start-ab-"))
    try:
        envs: dict[str, dict[str, str]] = {}
        for number, commit in enumerate(args.commits):
            env = {**os.environ, "NO_COLOR": "1"}
            env["NARRLINT_CACHE_DIR"] = str(work / f"cache-{number}")
            if (Path(commit) / "narrlint").is_dir():
                env["PYTHONPATH"] = str(Path(commit).resolve())
            elif commit != TREE:
                env["PYTHONPATH"] = str(snapshot(commit, work / f"{number}"))
            envs[commit] = env
        command = [sys.executable, "-m", "narrlint", os.path.abspath(args.draft)]
        for env in envs.values():  # warm each cache: index, ledger, derived values
            timed(command, env)
        runs: dict[str, list[tuple[float, float]]] = {c: [] for c in ["floor", *args.commits]}
        for _ in range(args.rounds):
            runs["floor"].append(timed(FLOOR, dict(os.environ)))
            for commit, env in envs.items():
                runs[commit].append(timed(command, env))
        floor_wall = statistics.median(w for w, _ in runs["floor"])
        floor_cpu = statistics.median(c for _, c in runs["floor"])
        for name, measured in runs.items():
            walls = sorted(w for w, _ in measured)
            cpus = sorted(c for _, c in measured)
            wall, cpu = statistics.median(walls), statistics.median(cpus)
            excess = (
                ""
                if name == "floor"
                else (f"; floor + {wall - floor_wall:.2f} s wall, + {cpu - floor_cpu:.2f} s CPU")
            )
            print(
                f"{name:>12}: wall {wall:.2f} s ({walls[0]:.2f}-{walls[-1]:.2f}), "
                f"CPU {cpu:.2f} s ({cpus[0]:.2f}-{cpus[-1]:.2f}){excess}"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
