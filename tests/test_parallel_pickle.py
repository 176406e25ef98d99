"""What a worker sends back: the same result, its findings' classes written by their fields."""

from __future__ import annotations

import pickle
from multiprocessing.reduction import ForkingPickler

import pytest

from narrlint.engine.linter import LintResult
from narrlint.engine.parallel import send_findings_by_fields
from narrlint.model import Edit, Evidence, FileError, Finding, Fix, Position, Severity


@pytest.fixture(autouse=True)
def _worker_reducers(monkeypatch):
    """The reducers a worker registers, for this test only."""
    monkeypatch.setattr(ForkingPickler, "_extra_reducers", dict(ForkingPickler._extra_reducers))
    send_findings_by_fields()


def dumps(value: object) -> bytes:
    return bytes(ForkingPickler.dumps(value))


def _finding(**changes) -> Finding:
    fields = {
        "path": "a.md",
        "start": Position(3, 5),
        "end": Position(3, 12),
        "code": "NL401",
        "rule": "stale-title",
        "severity": Severity.WARNING,
        "message": "a message",
        "excerpt": "Minister",
        "evidence": (Evidence("seeds/ledger.yaml", 10, "a fact"), Evidence("x", None, "y")),
        "fix": Fix("replace", (Edit(1, 4, "new"),)),
        "fix_positions": ((Position(1, 2), Position(1, 5), "new"),),
        "offset": 1,
        "end_offset": 4,
        "plugin": "narrlint",
        "details": "more",
    }
    return Finding(**{**fields, **changes})


def test_a_result_comes_back_equal_and_smaller():
    result = LintResult("a.md", [_finding(), _finding(fix=None, fix_positions=(), plugin=None)])
    sent = dumps((7, result))
    assert pickle.loads(sent) == (7, result)
    assert len(sent) < len(pickle.dumps((7, result), pickle.HIGHEST_PROTOCOL))


class Marked(Finding):
    """A plugin's own kind of finding: pickled as Python pickles it."""

    __slots__ = ()


def test_file_errors_and_a_plugins_own_subclass_come_back_as_they_were():
    error = LintResult("b.md", error=FileError("b.md", "not UTF-8", 2))
    assert pickle.loads(dumps(error)) == error
    marked = Marked(**{f: getattr(_finding(), f) for f in Finding.__dataclass_fields__})
    back = pickle.loads(dumps([marked]))[0]
    assert type(back) is Marked and back == marked
