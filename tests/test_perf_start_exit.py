"""The command line ends its process with ``os._exit`` once its work is done (start-up perf,
issue 10): what Python's own exit would still have done must not be lost. Exit handlers run,
the whole report reaches a file or a pipe, and the exit code is the run's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "examples" / "draft.md"

PROGRAM = """
import atexit, sys
from pathlib import Path
target = Path(sys.argv[1])
atexit.register(lambda: target.write_text("handler ran"))
atexit.register(lambda: print("said at exit"))
from narrlint.frontends.cli import main
sys.argv = ["narrlint", *sys.argv[2:]]
sys.exit(main())
"""


def _run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, Path]:
    marker = tmp_path / "marker.txt"
    run = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(marker), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    return run, marker


def test_exit_handlers_run_and_their_output_is_kept(tmp_path):
    run, marker = _run(tmp_path, str(DRAFT))
    assert run.returncode == 1, run.stderr  # the example draft has findings
    assert marker.read_text() == "handler ran"
    assert run.stdout.endswith("said at exit\n")
    assert "findings in 1 file" in run.stdout


def test_a_clean_draft_exits_zero_and_a_missing_one_two(tmp_path):
    clean = tmp_path / "clean.md"
    clean.write_text("# Weather\n\nIt rained in the city on Tuesday.\n")
    run, marker = _run(tmp_path, str(clean))
    assert run.returncode == 0, run.stderr
    assert marker.read_text() == "handler ran"
    run, _ = _run(tmp_path, str(tmp_path / "missing.md"))
    assert run.returncode == 2
    assert "no such file" in run.stderr


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_report_redirected_to_a_file_is_complete(tmp_path, fmt):
    """Standard output to a file is block-buffered: the last block is written only by the
    flush before ``os._exit``."""
    out = tmp_path / "report.txt"
    with out.open("w") as handle:
        run = subprocess.run(
            [sys.executable, "-m", "narrlint", "--format", fmt, str(DRAFT)],
            stdout=handle,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
        )
    assert run.returncode == 1, run.stderr
    piped = subprocess.run(
        [sys.executable, "-m", "narrlint", "--format", fmt, str(DRAFT)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert out.read_text() == piped.stdout
    assert piped.stdout.rstrip().endswith("}" if fmt == "json" else "warnings")


def test_a_profiled_run_leaves_the_exit_to_python(tmp_path):
    """``python -m cProfile -o FILE -m narrlint`` writes its profile once ``main`` returns."""
    profile = tmp_path / "run.prof"
    run = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "narrlint", str(DRAFT)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert "findings in 1 file" in run.stdout, run.stderr  # (cProfile keeps no exit code)
    assert profile.stat().st_size > 0
