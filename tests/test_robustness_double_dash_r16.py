"""``--`` ends the options of ``narrlint``: a draft whose name starts with ``-`` can be linted.

The lint command reads options between paths (``narrlint a.md --fix b.md``) with argparse's
intermixed parsing, which on Python 3.11 refused every argument after ``--`` as "unrecognized
arguments": a file named ``-notes.md`` could not be linted at all, and a pre-commit hook given
``args: [--]`` (so that staged names are never read as options) failed on every commit
(robustness probe r16). After ``--`` every argument is a path, ``-`` still stdin.
"""

from __future__ import annotations

import pytest

from narrlint.errors import EMPTY_PATH
from narrlint.frontends.arguments import parse_intermixed
from narrlint.frontends.cli import build_parser

from .conftest import RURITANIA, run_cli

STALE = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says it is falling.\n"
"""Stale on 1 January 2023 in the Ruritania fixture (NL401)."""


@pytest.mark.parametrize(
    ("argv", "paths"),
    [
        (["--", "-notes.md"], ["-notes.md"]),
        (["a.md", "--fix", "--", "--fix", "-"], ["a.md", "--fix", "-"]),
        (["-q", "a.md", "--", "b.md"], ["a.md", "b.md"]),
        (["a.md", "--fix"], ["a.md"]),
    ],
    ids=["a dash name", "an option's name and stdin", "options first", "no double dash"],
)
def test_arguments_after_a_double_dash_are_paths(argv, paths):
    args = parse_intermixed(build_parser(), argv)
    assert args.paths == paths


def test_an_empty_path_after_a_double_dash_is_refused(capsys):
    with pytest.raises(SystemExit) as exit_:
        parse_intermixed(build_parser(), ["--", ""])
    assert exit_.value.code == 2
    assert EMPTY_PATH in capsys.readouterr().err


def test_a_draft_named_with_a_leading_dash_is_linted(tmp_path):
    (tmp_path / "-notes.md").write_text(STALE, encoding="utf-8")
    (tmp_path / "b.md").write_text(STALE, encoding="utf-8")
    # the pre-commit form: the hook's options, "--", then the staged names
    options = ("--no-seeds", "--corpus", str(RURITANIA), "--format", "json")
    run = run_cli(*options, "--", "-notes.md", "b.md", cwd=tmp_path)
    assert run.code == 1, run.stderr
    assert sorted((f["path"], f["code"]) for f in run.json()["findings"]) == [
        ("-notes.md", "NL401"),
        ("b.md", "NL401"),
    ]
