"""``Session.lint_file("-")`` reads stdin with the command line's guards.

The command line puts :class:`narrlint.input.source.GuardedStdin` in ``sys.stdin``'s place
while it lints (robustness r22); a caller of the session itself (a plugin host, a script, an
editor integration) read ``sys.stdin.buffer`` bare: a closed stdin was an ``AttributeError``
out of the session, and an endless pipe was read for ever. Now the session guards it too
(robustness r23, a leftover of r22).
"""

from __future__ import annotations

import io
import sys

import pytest

from narrlint.config import Config
from narrlint.engine.session import Session
from narrlint.input import source

from .conftest import RURITANIA

STALE = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says it is falling.\n"


@pytest.fixture(scope="module")
def session() -> Session:
    return Session.create(Config(seeds=False, corpus=[str(RURITANIA)]), cache=False)


def test_a_closed_stdin_is_a_draft_that_could_not_be_read(session, monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    result = session.lint_file("-", stdin_filename="story.md")
    assert result.error is not None
    assert result.error.path == "story.md"
    assert "stdin is closed" in result.error.message


def test_stdin_past_the_size_limit_is_refused(session, monkeypatch):
    monkeypatch.setattr(source, "MAX_BYTES", 1000)
    monkeypatch.setattr(source, "_STDIN_CHUNK", 100)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 5000)))
    result = session.lint_file("-")
    assert result.error is not None and "stdin too large" in result.error.message
    assert sys.stdin.buffer.tell() <= 1100  # read one chunk past the limit at most


def test_stdin_within_the_limit_is_linted(session, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STALE.encode("utf-8"))))
    result = session.lint_file("-", stdin_filename="story.md")
    assert result.error is None
    assert [(f.code, f.start.line) for f in result.findings] == [("NL401", 4)]
