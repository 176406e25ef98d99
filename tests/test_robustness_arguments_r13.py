"""Path arguments: an empty one is a usage error naming the argument; stdin is read once (round 13).

``Path("")`` is ``Path(".")``. ``narrlint "$DRAFT"`` with the variable unset said
``narrlint: error: : No such file or directory``; ``--corpus ""`` read the current folder,
drafts included, as published articles and exited 0; ``--config ""``, ``--baseline ""``,
``--write-baseline ""`` and ``--output-file ""`` named ``.`` as a folder that could not be read
or written; ``--stdin-filename ""`` said to give a file to lint. Each is now refused before any
linting, as every other bad option is, by every command that takes a path.
"""

from __future__ import annotations

import pytest

from narrlint.config import Config
from narrlint.errors import EMPTY_PATH
from narrlint.input.discover import iter_files

from .conftest import RURITANIA, run_cli

CASES = [
    (("",), "narrlint", "PATH"),
    (("story.md", ""), "narrlint", "PATH"),
    (("--stdin-filename", "", "-"), "narrlint", "--stdin-filename"),
    (("--corpus", "", "story.md"), "narrlint", "--corpus"),
    (("--config", "", "story.md"), "narrlint", "--config"),
    (("--baseline", "", "story.md"), "narrlint", "--baseline"),
    (("--write-baseline", "", "story.md"), "narrlint", "--write-baseline"),
    (("--output-file", "", "story.md"), "narrlint", "--output-file"),
    (("claims", ""), "narrlint claims", "PATH"),
    (("claims", "--corpus", "", "story.md"), "narrlint claims", "--corpus"),
    (("ledger", "check", ""), "narrlint ledger check", "PATH"),
    (("ledger", "show", "--ledger", "", "x"), "narrlint ledger show", "--ledger"),
    (("ledger", "new", ""), "narrlint ledger new", "FILE"),
    (("corpus", "status", "--corpus", ""), "narrlint corpus", "--corpus"),
    (("corpus", "status", "--config", ""), "narrlint corpus", "--config"),
    (("init", ""), "narrlint init", "folder"),
]


@pytest.mark.parametrize(("args", "prog", "argument"), CASES, ids=lambda v: repr(v))
def test_an_empty_path_argument_is_a_usage_error(tmp_path, args, prog, argument):
    (tmp_path / "story.md").write_text("The ministry spoke on Monday.\n", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_cli(*args, cwd=tmp_path, stdin="Text.\n")
    assert result.code == 2, result.stdout + result.stderr
    assert f"{prog}: error: argument {argument}: {EMPTY_PATH}" in result.stderr
    assert result.stdout == ""  # nothing linted, nothing reported
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written


def test_an_empty_path_to_lint_is_an_error_in_the_api_too():
    """``Session.lint_paths([""])`` from a plugin or editor: the error, not a walk of '.'."""
    (empty, error), stdin = iter_files(["", "-"], Config())
    assert (empty, error.message) == ("", EMPTY_PATH)
    assert stdin == ("-", None)


def test_stdin_named_twice_is_one_draft(tmp_path):
    """``narrlint - -`` read stdin, then its empty end as a second draft: '2 files'."""
    draft = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel spoke.\n"
    args = ("--no-seeds", "--corpus", str(RURITANIA), "-j", "1", "--format", "json", "-", "-")
    result = run_cli(*args, cwd=tmp_path, stdin=draft)
    assert result.json()["files"] == 1
    assert [f["code"] for f in result.json()["findings"]] == ["NL401"]


@pytest.mark.parametrize(
    "args",
    [("claims", "--no-seeds", "--corpus", str(RURITANIA), "a.md"), ("ledger", "check")],
    ids=["claims", "ledger check"],
)
def test_config_option_of_claims_and_ledger_is_read(tmp_path, args):
    """'--config FILE' reached load_config as a str: 'internal error … AttributeError'."""
    (tmp_path / "desk.yaml").write_text("select: [NL4]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("The ministry spoke.\n", encoding="utf-8")
    result = run_cli(*args, "--config", "desk.yaml", cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert "internal error" not in result.stderr
