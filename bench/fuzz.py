"""Fuzz narrlint with atheris: the draft parser and the whole lint, for a bounded time.

Usage::

    python3 -m pip install -e '.[fuzz]'              # atheris (libFuzzer for Python)
    python3 bench/fuzz.py --seconds 60                # each target for 60 s
    python3 bench/fuzz.py --seconds 300 --target lint
    python3 bench/fuzz.py --replay bench/out/fuzz/crash-…   # re-run saved inputs, no atheris

Targets (each input is run as a Markdown draft and as a plain-text one):

``parse``
    bytes → :func:`narrlint.input.source.decode` → :func:`narrlint.engine.draft.parse_draft`:
    a draft is either refused with a file error naming a line inside it, or its prose maps
    back to the very characters of the original (``tests/robustness_checks.py``:
    ``check_decode``, ``check_parse``).
``lint``
    the whole lint through :meth:`narrlint.engine.session.Session.lint_source` with every installed
    rule against the seed corpus: never raises, no ``NL000``, deterministic, every finding
    inside the document and pointing at its excerpt, fixing twice equals fixing once
    (``check``, ``check_fixes``: the same checks as ``tests/test_robustness_properties.py``).

Inputs that are not UTF-8 are checked as refused by ``decode`` and then linted as decoded with
replacement characters, so mutated bytes still reach the parser.

The fuzzer starts from the seed drafts (``seeds/*.txt``, ``examples/*.md``, the drafts under
``tests/fixtures/`` and the labelled passages of ``tests/data/labelled.yaml``) and keeps the
inputs it finds interesting in ``bench/out/fuzz/corpus-TARGET/`` (git-ignored), so a later run
goes on from there. A failing input is saved as ``bench/out/fuzz/crash-*`` (``timeout-*`` for a
hang); the fuzzer then starts again until the time is up. At the end it prints, per target,
the executions, the coverage (libFuzzer's ``cov``: edges of narrlint, markdown-it and PyYAML
code reached) and each crash with its exception.

A benchmark-style script: nothing here runs in CI (``tests/test_fuzz_script.py`` only calls
the one-input functions on a few inputs). Exit code 0: no crash; 1: crashes found; 2: atheris
is not installed or a usage error.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out" / "fuzz"
TARGETS = ("parse", "lint")
INSTRUMENTED = ["narrlint", "markdown_it", "mdit_py_plugins", "yaml"]
"""Packages whose Python code atheris instruments for coverage (spaCy's is compiled)."""
MAX_LEN = 8192
"""Largest input the fuzzer builds (the longest seed article is about 6 KB)."""
HANG_SECONDS = 60
"""An input that takes longer than this is saved as a hang (libFuzzer ``-timeout``)."""
MIN_RESTART = 5
"""After a crash, start again only if at least this many seconds are left."""
PATHS = ("fuzz.md", "fuzz.txt")

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # tests.robustness_checks, from a checkout


# ---------------------------------------------------------------------------------------------
# The one-input functions (no atheris needed: tests and --replay call them directly)

_state: dict[str, object] = {}


def _checks():
    """``tests.robustness_checks``, imported on first use (after atheris instruments imports)."""
    if "checks" not in _state:
        from tests import robustness_checks

        _state["checks"] = robustness_checks
    return _state["checks"]


def _session():
    """The lint session over the seed corpus, built once per process."""
    if "session" not in _state:
        from narrlint.engine.plugins import load_registry
        from narrlint.knowledge.corpus import load_corpus

        _state["session"] = _checks().seed_session(load_corpus(), load_registry())
    return _state["session"]


def _text(data: bytes, path: str) -> str:
    checks = _checks()
    source = checks.check_decode(data, path)
    if source is not None:
        return source.text
    return data.decode("utf-8", errors="replace")


def fuzz_parse(data: bytes) -> None:
    """One input for the ``parse`` target: raises only when an invariant is broken."""
    checks, nlp = _checks(), _session().corpus.nlp
    for path in PATHS:
        checks.check_parse(nlp, _text(data, path), path)


def fuzz_lint(data: bytes) -> None:
    """One input for the ``lint`` target: raises only when an invariant is broken."""
    checks, session = _checks(), _session()
    for path in PATHS:
        text = _text(data, path)
        result = checks.check(session, text, path)
        if any(finding.fix is not None for finding in result.findings):
            checks.check_fixes(session, text, path, result)


FUNCTIONS = {"parse": fuzz_parse, "lint": fuzz_lint}


# ---------------------------------------------------------------------------------------------
# Seeds


def seed_inputs() -> dict[str, bytes]:
    """The seed drafts, by a name derived from their content."""
    import yaml

    drafts = [
        *sorted((ROOT / "seeds").glob("*.txt")),
        *sorted((ROOT / "examples").glob("*.md")),
        *sorted(p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.suffix in {".md", ".txt"}),
    ]
    blobs = [path.read_bytes() for path in drafts]
    labelled = ROOT / "tests" / "data" / "labelled.yaml"
    if labelled.exists():
        for item in yaml.safe_load(labelled.read_text("utf-8")) or []:
            blobs.append(f"---\ndate: {item['date']}\n---\n{item['text']}\n".encode())
    return {hashlib.sha1(blob).hexdigest(): blob for blob in blobs if len(blob) <= MAX_LEN}


def prepare_corpus(target: str) -> Path:
    folder = OUT / f"corpus-{target}"
    folder.mkdir(parents=True, exist_ok=True)
    for name, blob in seed_inputs().items():
        path = folder / f"seed-{name}"
        if not path.exists():
            path.write_bytes(blob)
    return folder


# ---------------------------------------------------------------------------------------------
# Running the fuzzer


def _missing_atheris() -> str | None:
    try:
        import atheris  # noqa: F401
    except ImportError as exc:
        return (
            f"bench/fuzz.py: atheris is not installed ({exc}).\n"
            "Install the fuzz extra: python3 -m pip install -e '.[fuzz]'  (or: pip install atheris)"
        )
    return None


def child(target: str, args: list[str]) -> None:
    """Inside the fuzzing process: instrument narrlint's imports, then hand over to libFuzzer."""
    import atheris

    with atheris.instrument_imports(include=INSTRUMENTED):
        _checks()
        _session()
    function = FUNCTIONS[target]
    function(b"warm-up: load the pipeline before the clock starts")
    atheris.Setup([sys.argv[0], *args], function)
    atheris.Fuzz()


_STATUS = re.compile(r"^#(\d+)\s+(\w+)\s+cov: (\d+) ft: (\d+) corp: (\d+)")
_WRITTEN = re.compile(r"Test unit written to (\S+)")
_EXECUTED = re.compile(r"stat::number_of_executed_units: (\d+)")


class Run:
    """What one target's fuzzing produced, summed over restarts."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.executions = 0
        self.cov = self.ft = self.corpus = 0
        self.crashes: list[tuple[str, str]] = []
        self.seconds = 0.0


def fuzz(target: str, seconds: int, verbose: bool) -> Run:
    corpus = prepare_corpus(target)
    run = Run(target)
    started = time.monotonic()
    attempt = 0
    while True:
        left = int(seconds - (time.monotonic() - started))
        if left < (1 if attempt == 0 else MIN_RESTART):
            break
        attempt += 1
        log = OUT / f"{target}-{attempt}.log"
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            target,
            f"-max_total_time={left}",
            f"-max_len={MAX_LEN}",
            f"-timeout={HANG_SECONDS}",
            f"-artifact_prefix={OUT}{os.sep}",
            "-print_final_stats=1",
            str(corpus),
        ]
        executions = _run_child(command, log, run, verbose)
        run.executions += executions
        text = log.read_text("utf-8", errors="replace")
        written = _WRITTEN.findall(text)
        if not written:
            break
        exception = _exception(text)
        for artifact in written:
            print(f"  [{target}] saved {os.path.relpath(artifact, ROOT)}: {exception}", flush=True)
            if artifact not in dict(run.crashes):
                run.crashes.append((artifact, exception))
            # An input of the corpus that fails fails again at every start: set it aside.
            name = Path(artifact).name.split("-", 1)[-1]
            for stale in (corpus / name, corpus / f"seed-{name}"):
                stale.unlink(missing_ok=True)
    run.seconds = time.monotonic() - started
    return run


def _run_child(command: list[str], log: Path, run: Run, verbose: bool) -> int:
    executions = 0
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
            cwd=ROOT,
        )
        assert process.stdout is not None
        for line in process.stdout:
            out.write(line)
            status = _STATUS.match(line)
            if status:
                executions = max(executions, int(status.group(1)))
                run.cov, run.ft, run.corpus = (int(g) for g in status.group(3, 4, 5))
                if verbose or status.group(2) in {"INITED", "pulse", "DONE"}:
                    print(f"  [{run.target}] {line.rstrip()}", flush=True)
            elif (done := _EXECUTED.search(line)) is not None:
                executions = max(executions, int(done.group(1)))
            elif verbose or "Uncaught Python exception" in line or "ERROR" in line:
                print(f"  [{run.target}] {line.rstrip()}", flush=True)
        process.wait()
    return executions


def _exception(log: str) -> str:
    """The last line of the Python traceback in a child's log: what went wrong."""
    lines = log.splitlines()
    for index, line in enumerate(lines):
        if "Uncaught Python exception" in line:
            tail = [entry for entry in lines[index + 1 :] if entry.strip()]
            for number, entry in enumerate(tail):
                if entry.startswith("==") or "libFuzzer" in entry or entry.startswith("MS:"):
                    tail = tail[:number]
                    break
            return tail[-1].strip() if tail else line.strip()
    for line in lines:
        if "ERROR: libFuzzer" in line:
            return line.split("ERROR: ", 1)[1].strip()
    return "unknown failure (see the log)"


def replay(target: str, files: list[str]) -> int:
    """Run saved inputs through a one-input function (no atheris), printing each failure."""
    import traceback

    failures = 0
    for name in files:
        try:
            FUNCTIONS[target](Path(name).read_bytes())
        except Exception:
            failures += 1
            print(f"{name}: FAILED", file=sys.stderr)
            traceback.print_exc()
        else:
            print(f"{name}: ok")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        child(argv[1], argv[2:])
        return 0  # atheris.Fuzz() exits the process itself
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="per target (default 60)")
    parser.add_argument("--target", choices=[*TARGETS, "all"], default="all")
    parser.add_argument("--replay", nargs="+", metavar="FILE", help="re-run saved inputs")
    parser.add_argument("-v", "--verbose", action="store_true", help="show libFuzzer's output")
    options = parser.parse_args(argv)
    targets = TARGETS if options.target == "all" else (options.target,)
    if options.replay:
        return max(replay(target, options.replay) for target in targets)
    missing = _missing_atheris()
    if missing:
        print(missing, file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    runs = []
    for target in targets:
        print(f"fuzzing {target} for {options.seconds} s …", flush=True)
        runs.append(fuzz(target, options.seconds, options.verbose))
    print()
    for run in runs:
        rate = run.executions / run.seconds if run.seconds else 0.0
        print(
            f"{run.target}: {run.executions} executions in {run.seconds:.0f} s ({rate:.0f}/s), "
            f"coverage {run.cov} edges ({run.ft} features), corpus {run.corpus} inputs, "
            f"{len(run.crashes)} crash(es)"
        )
        for artifact, exception in run.crashes:
            print(f"  {os.path.relpath(artifact, ROOT)}: {exception}")
    return 1 if any(run.crashes for run in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
