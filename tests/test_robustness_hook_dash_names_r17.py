"""A staged draft whose name starts with ``-`` is linted when pre-commit runs narrlint.

pre-commit runs a hook as its entry, the user's ``args``, then the staged file names, and
never puts ``--`` before the names (pre-commit/pre-commit#2896, closed as not its problem).
narrlint read a staged ``-notes.md`` as an unknown option: every commit failed with
"unrecognized arguments", whatever ``args`` the user wrote (a hook's default ``args: [--]``
is replaced by the user's own). An argument that argparse would read as an option but that
names an existing file and is no option of narrlint (nor an option's value) is a path; an
exact option stays an option even where a file has its name (robustness probe r17).
"""

from __future__ import annotations

import pytest

from narrlint.frontends.arguments import parse_intermixed
from narrlint.frontends.cli import build_parser

from .conftest import RURITANIA, run_cli
from .test_robustness_double_dash_r16 import STALE


def test_pre_commits_command_lints_a_dash_named_draft(tmp_path):
    (tmp_path / "-notes.md").write_text(STALE, encoding="utf-8")
    (tmp_path / "--draft.md").write_text(STALE, encoding="utf-8")
    (tmp_path / "b.md").write_text(STALE, encoding="utf-8")
    # entry, the user's args, then the staged names as pre-commit passes them
    user_args = ("--no-seeds", "--corpus", str(RURITANIA), "--format", "json")
    run = run_cli(*user_args, "-notes.md", "--draft.md", "b.md", cwd=tmp_path)
    assert run.code == 1, run.stderr
    assert sorted((f["path"], f["code"]) for f in run.json()["findings"]) == [
        ("--draft.md", "NL401"),
        ("-notes.md", "NL401"),
        ("b.md", "NL401"),
    ]


@pytest.mark.parametrize(
    ("argv", "paths", "quiet"),
    [
        (["-q", "a.md"], ["a.md"], True),  # a file named "-q" exists: the option wins
        (["--select", "NL4", "-notes.md"], ["-notes.md"], False),
        (["-notes.md", "--select=NL4", "a.md"], ["a.md", "-notes.md"], False),
    ],
    ids=["an exact option", "after an option's value", "before an option"],
)
def test_which_dash_arguments_are_paths(monkeypatch, tmp_path, argv, paths, quiet):
    monkeypatch.chdir(tmp_path)
    for name in ("-q", "-notes.md", "a.md"):
        (tmp_path / name).write_text(STALE, encoding="utf-8")
    args = parse_intermixed(build_parser(), argv)
    assert (args.paths, args.quiet) == (paths, quiet)


def test_an_option_value_that_names_a_file_is_still_the_options_value(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-x.yaml").write_text("select: [NL4]\n", encoding="utf-8")
    args = parse_intermixed(build_parser(), ["--config=-x.yaml", "a.md"])
    assert (str(args.config), args.paths) == ("-x.yaml", ["a.md"])


def test_a_dash_name_that_is_no_file_is_still_an_unknown_option(tmp_path):
    run = run_cli("--no-seeds", "-nope.md", "b.md", cwd=tmp_path)
    assert run.code == 2
    assert "unrecognized arguments: -nope.md" in run.stderr
