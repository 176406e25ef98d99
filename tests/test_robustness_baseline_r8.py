"""Robustness probe r8: a hand-edited or merged baseline is an error naming its file and line.

A baseline is a JSON file that reviewers read and that merges touch. Before this round a
``findings`` that was not a list, or a ``count`` of ``1e999``, stopped the run with an internal
error (NL000 style traceback), a count of ``NaN`` or ``2.5`` was reported as a missing path,
and no error said where in the file the bad entry is. Every shape is now a plain error (exit 2)
naming the file and the entry's line, before any draft is linted; a baseline saved with a BOM
still loads.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from narrlint.errors import ConfigError
from narrlint.output.baseline import Baseline

from .conftest import RURITANIA, run_cli

CORPUS = ("--no-seeds", "--corpus", str(RURITANIA), "-j", "1")
GOOD = {"path": "a.md", "code": "NL401", "excerpt": "Interim Finance Minister Anna Vogel"}


def _document(*entries: object, findings: object = None) -> str:
    """A baseline as --write-baseline writes it: one key per line, entries indented."""
    body = list(entries) if findings is None else findings
    return json.dumps({"narrlint_baseline": 1, "narrlint": "0", "findings": body}, indent=2)


# (what, document, line of the error, words in the message)
BAD = [
    ("findings is a number", _document(findings=5), 4, "'findings' must be a list"),
    ("findings is an object", _document(findings={"a": 1}), 4, "'findings' must be a list"),
    ("findings is text", _document(findings="x"), 4, "'findings' must be a list"),
    ("an infinite count", _document(GOOD, {**GOOD, "count": 1e999}), 10, "count inf"),
    ("a count that is no number", _document({**GOOD, "count": float("nan")}), 5, "count nan"),
    ("a fractional count", _document(GOOD, GOOD, {**GOOD, "count": 2.5}), 15, "count 2.5"),
    ("a zero count", _document({**GOOD, "count": 0}), 5, "count 0"),
    ("a count as text", _document({**GOOD, "count": "3"}), 5, "count '3'"),
    ("an entry that is a list", _document(GOOD, ["a.md", "NL401"]), 10, "entry 2 is list"),
    ("an entry that is null", _document(None), 5, "entry 1 is NoneType"),
    ("a path that is null", _document({**GOOD, "path": None}), 5, "'path' must be text"),
    ("a code that is a number", _document({**GOOD, "code": 401}), 5, "'code' must be text"),
    ("a context that is a list", _document({**GOOD, "context": []}), 5, "'context'"),
    (
        "broken JSON",
        '{\n  "narrlint_baseline": 1,\n  "findings": [\n    {"path": }\n]}',
        4,
        "column",
    ),
]


@pytest.mark.parametrize(
    ("document", "line", "words"), [b[1:] for b in BAD], ids=[b[0] for b in BAD]
)
def test_a_bad_baseline_is_an_error_with_file_and_line(tmp_path: Path, document, line, words):
    file = tmp_path / "bl.json"
    file.write_text(document, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        Baseline.load(file)
    assert caught.value.path == str(file) and caught.value.line == line, str(caught.value)
    assert words in caught.value.message


def test_the_cli_reports_the_bad_entry_and_lints_nothing(tmp_path: Path) -> None:
    (tmp_path / "bl.json").write_text(_document(GOOD, {**GOOD, "count": 1e999}), "utf-8")
    (tmp_path / "a.md").write_text("---\ndate: 2023-01-01\n---\nAnything.\n", "utf-8")
    run = run_cli(*CORPUS, "--baseline", "bl.json", "a.md", cwd=tmp_path)
    assert run.code == 2, run.stderr
    assert "bl.json:10: baseline entry 2 has count inf" in run.stderr
    assert "internal error" not in run.stderr and run.stdout == ""


def test_good_baselines_still_load(tmp_path: Path) -> None:
    """Look-alikes: counts, optional keys and key order as reviewers may leave them."""
    file = tmp_path / "bl.json"
    for document in (
        _document(),
        _document(findings=[]),
        json.dumps({"narrlint_baseline": 1}),
        _document(GOOD, {**GOOD, "count": 3, "context": "abc", "message": None}),
        '{"findings": [' + json.dumps(GOOD) + '], "narrlint_baseline": 1}',
        "\ufeff" + _document(GOOD),  # saved by an editor that writes a BOM
    ):
        file.write_text(document, encoding="utf-8")
        baseline = Baseline.load(file)
        assert sum(baseline.counts.values()) == document.count('"code"') + (
            2 if '"count": 3' in document else 0
        )
