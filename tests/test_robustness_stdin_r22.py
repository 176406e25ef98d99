"""Standard input read as files are: a closed stdin, an oversized one, a read that fails.

``narrlint - <&-`` (stdin closed, as some hook runners and daemons start tools) crashed with
an internal error (``AttributeError: 'NoneType' object has no attribute 'buffer'``, exit 2, no
file named), and stdin had no size limit: ``yes | narrlint -`` read for ever, keeping all of
it in memory, where a file past ``MAX_BYTES`` is refused before it is read. Now stdin is
the draft ``-`` that could not be read, with the reason, and the other drafts of the run are
still linted (robustness r22).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from narrlint.errors import InputError
from narrlint.frontends import cli
from narrlint.input import source
from narrlint.input.source import GuardedStdin, guarded_stdin

from .conftest import RURITANIA

STALE = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says it is falling.\n"
CORPUS = ("--no-seeds", "--corpus", str(RURITANIA), "--no-cache", "-j", "1")


def test_a_closed_stdin_is_a_draft_that_could_not_be_read(tmp_path):
    draft = tmp_path / "story.md"
    draft.write_text(STALE, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "narrlint", *CORPUS, "--output-format", "concise", "-", "story.md"],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=300,
        preexec_fn=lambda: os.close(0),  # the child's stdin, closed
    )
    assert "internal error" not in proc.stderr, proc.stderr
    assert "narrlint: error: -: stdin is closed" in proc.stderr
    assert "story.md:4:" in proc.stdout and "NL401" in proc.stdout  # the other draft: linted
    assert proc.returncode == 2


def test_stdin_past_the_size_limit_is_refused_without_reading_it_all(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # no config of the repository's: the limit is every file's
    monkeypatch.setattr(source, "MAX_BYTES", 2_000_000)  # past the fixture's ledger
    monkeypatch.setattr(source, "_STDIN_CHUNK", 4096)
    endless = _Endless()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(endless))
    code = cli.main([*CORPUS, "-"])
    err = capsys.readouterr().err
    assert "narrlint: error: -: stdin too large (more than 2 MB" in err, err
    assert code == 2
    assert endless.given <= 2_000_000 + 4096  # one chunk past the limit at most, not for ever
    assert isinstance(sys.stdin, io.TextIOWrapper)  # the real stdin again after the run


def test_stdin_within_the_limit_is_linted_as_before(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    data = STALE.encode("utf-8") * 300  # 26 KB; read in chunks, joined whole
    monkeypatch.setattr(source, "_STDIN_CHUNK", 1000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = cli.main([*CORPUS, "--output-format", "concise", "--stdin-filename", "s.md"])
    out = capsys.readouterr().out
    assert "s.md:4:" in out and "NL401" in out
    assert out.count("NL401") == 300  # every copy read: nothing lost where chunks join
    assert code == 1


def test_a_failing_read_names_the_system_s_words():
    class Broken(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            raise OSError(5, "Input/output error")

    with pytest.raises(InputError, match="cannot read stdin: Input/output error"):
        GuardedStdin(io.BufferedReader(Broken())).buffer.read()
    with pytest.raises(InputError, match="stdin is closed"):
        GuardedStdin(None).buffer.read()


def test_guarded_stdin_only_while_reading(monkeypatch):
    real = io.TextIOWrapper(io.BytesIO(b"x"))
    monkeypatch.setattr(sys, "stdin", real)
    with guarded_stdin(False):
        assert sys.stdin is real
    with guarded_stdin(True):
        assert isinstance(sys.stdin, GuardedStdin)
        assert sys.stdin.buffer.read() == b"x"
    assert sys.stdin is real


class _Endless(io.RawIOBase):
    """``yes``: a pipe that never ends; counts the bytes it gave."""

    given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        buffer[: len(buffer)] = b"y" * len(buffer)
        self.given += len(buffer)
        return len(buffer)
