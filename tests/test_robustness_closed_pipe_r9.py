"""Robustness r9 hole 5: ``narrlint … | head -1``, the reader closing the pipe early.

narrlint exited 2, the status of a config or input error, so a ``set -o pipefail`` script could
not tell a reader that stopped reading from a broken run. It now ends quietly, as git, grep and
cat do in a shell: nothing on stderr (no traceback, no "internal error", no "Exception
ignored" from the flush at exit) and exit 141 (128 + SIGPIPE), whatever the command and
format. The pipe here has its reading end closed before narrlint starts, so every write fails
(``| head`` closes it after the first line; the effect is the same, without the race).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from narrlint.frontends.cli import EXIT_CLOSED_PIPE

from .conftest import RURITANIA

STALE = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says it is falling.\n"


def _into_closed_pipe(*args: str, cwd: Path) -> tuple[int, str]:
    reading, writing = os.pipe()
    os.close(reading)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "narrlint", *args],
            cwd=cwd,
            stdout=writing,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "NO_COLOR": "1"},
            timeout=300,
        )
    finally:
        os.close(writing)
    return proc.returncode, proc.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "text"],
        ["--format", "json", "-j", "2"],
        ["rules"],
    ],
    ids=["text", "json-with-workers", "rules"],
)
def test_a_closed_pipe_ends_the_run_quietly_with_141(tmp_path: Path, args: list[str]) -> None:
    for n in range(3):
        (tmp_path / f"story-{n}.md").write_text(STALE, "utf-8")
    corpus = ["--no-seeds", "--corpus", str(RURITANIA)]
    lint = [*args, *corpus, str(tmp_path)] if args[0] != "rules" else args
    code, stderr = _into_closed_pipe(*lint, cwd=tmp_path)
    assert (code, stderr) == (EXIT_CLOSED_PIPE, "")


def test_corpus_status_into_a_closed_pipe_ends_quietly_with_141(tmp_path: Path) -> None:
    """``narrlint corpus status | head``: the corpus command caught the BrokenPipeError as an
    I/O error of the index ("error: Broken pipe", exit 2)."""
    env_cache = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    os.environ.update(env_cache)
    try:
        code, stderr = _into_closed_pipe(
            "corpus", "status", "--no-seeds", "--corpus", str(RURITANIA), cwd=tmp_path
        )
    finally:
        for key in env_cache:
            os.environ.pop(key, None)
    assert (code, stderr) == (EXIT_CLOSED_PIPE, "")
