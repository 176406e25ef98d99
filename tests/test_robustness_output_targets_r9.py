"""Robustness probe r9: ``--output-file`` (and ``--write-baseline``) to what is not a plain
file of its own.

The report was written to a temporary file and renamed over FILE. For a named pipe (a CI
log collector, ``--output-file >(tee log)``) the pipe was replaced by a regular file and its
reader never got a byte; for ``/dev/null`` or ``/dev/stdout`` as root the device itself would
have been replaced; a symlink was replaced by a file (its target kept the old report), and a
file with hard links was cut off from them. Now a pipe or device is written into, as a shell's
``>`` does, a symlink's target is written, and a hard-linked file is overwritten in place.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from narrlint.output.fixes import write_atomic

from .conftest import RURITANIA, run_cli

STALE = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says it is falling.\n"
CORPUS = ("--no-seeds", "--corpus", str(RURITANIA), "--format", "json")


def _draft(tmp_path: Path) -> Path:
    draft = tmp_path / "story.md"
    draft.write_text(STALE, "utf-8")
    return draft


def test_a_named_pipe_gets_the_report_and_stays_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "report.fifo"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    run = run_cli(*CORPUS, "--output-file", str(pipe), str(_draft(tmp_path)))
    reader.join(60)
    assert run.code == 1, run.stderr
    assert pipe.is_fifo()
    (finding,) = json.loads(received[0])["findings"]
    assert finding["code"] == "NL401"


def test_a_symlinked_report_writes_its_target_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "latest.json"
    target.parent.mkdir()
    target.write_text("old\n", "utf-8")
    link = tmp_path / "report.json"
    link.symlink_to(target)
    run = run_cli(*CORPUS, "--output-file", str(link), str(_draft(tmp_path)))
    assert run.code == 1, run.stderr
    assert link.is_symlink()
    assert json.loads(target.read_text("utf-8"))["findings"][0]["code"] == "NL401"


def test_a_hard_linked_report_updates_every_name(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text("old\n", "utf-8")
    other = tmp_path / "published.json"
    os.link(report, other)
    run = run_cli(*CORPUS, "--output-file", str(report), str(_draft(tmp_path)))
    assert run.code == 1, run.stderr
    assert other.read_text("utf-8") == report.read_text("utf-8") != "old\n"


def test_write_atomic_keeps_a_symlink_a_link(tmp_path: Path) -> None:
    """--write-baseline writes through write_atomic: a symlinked baseline stays a link."""
    target = tmp_path / "baseline.real.json"
    target.write_text("{}\n", "utf-8")
    link = tmp_path / "baseline.json"
    link.symlink_to(target.name)
    write_atomic(str(link), b'{"new": true}\n')
    assert link.is_symlink() and target.read_bytes() == b'{"new": true}\n'
