"""Robustness fix r8b: a folder walk, the pre-commit hook and a file named on the command line
agree on which files are drafts.

A folder of ``.mdx`` drafts gave "0 findings in 0 files" and exit 0 while the same file named
directly was linted (the engine reads ``.mdx`` as Markdown, the walk had its own shorter list),
and the pre-commit hook's ``types_or: [markdown, plain-text]`` left ``.mdx``, ``.mdown``,
``.mkd`` and ``.text`` out. One list now decides (``DRAFT_SUFFIXES``), and a run whose folders
hold no draft at all says so on stderr.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from narrlint.config import Config
from narrlint.input.discover import DRAFT_SUFFIXES, iter_files

from .conftest import ROOT, RURITANIA, run_cli

STALE = (
    "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says the deficit is falling.\n"
)
NOT_DRAFTS = ["notes.rst", "story.mdx.bak", "mdx", "ledger.yaml", "page.html", "story.md~"]


def _found(folder: Path) -> list[str]:
    return sorted(Path(path).name for path, error in iter_files([str(folder)], Config()))


@pytest.mark.parametrize("suffix", DRAFT_SUFFIXES)
def test_a_folder_walk_finds_each_draft_suffix_in_any_case(tmp_path: Path, suffix: str):
    names = [f"a{suffix}", f"b{suffix.upper()}", f"c{suffix[:2]}{suffix[2:].upper()}"]
    for name in [*names, *NOT_DRAFTS]:
        (tmp_path / name).write_text("Text.\n", "utf-8")
    assert _found(tmp_path) == sorted(names)


def _hook() -> dict:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    return hook


@pytest.mark.parametrize("suffix", DRAFT_SUFFIXES)
def test_the_pre_commit_hook_selects_each_draft_suffix(suffix: str):
    hook = _hook()
    assert "types_or" not in hook and "types" not in hook  # identify has no tag for .mkd, .text
    pattern = re.compile(hook["files"])
    for name in (f"story{suffix}", f"desk/story{suffix.upper()}"):
        assert pattern.search(name), name


@pytest.mark.parametrize("name", NOT_DRAFTS)
def test_the_pre_commit_hook_leaves_other_files_alone(name: str):
    assert not re.compile(_hook()["files"]).search(f"desk/{name}")


def test_a_folder_of_mdx_drafts_is_linted_as_the_named_file_is(tmp_path: Path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "story.mdx").write_text(STALE, "utf-8")
    args = ["--no-seeds", "--no-cache", "--corpus", str(RURITANIA), "-j1"]
    walked = run_cli(*args, "d", cwd=tmp_path)
    named = run_cli(*args, "d/story.mdx", cwd=tmp_path)
    assert walked.code == named.code == 1
    assert "d/story.mdx:4:1: NL401" in walked.stdout
    assert walked.stdout == named.stdout


def test_folders_with_no_draft_are_named_on_stderr(tmp_path: Path):
    for folder in ("d", "e"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "notes.rst").write_text(STALE, "utf-8")
    run = run_cli("--no-seeds", "--no-cache", "-j1", "d", "e", cwd=tmp_path)
    assert run.code == 0
    assert "narrlint: warning: d, e: no drafts (.md, " in run.stderr
    assert ".mdx" in run.stderr and ".txt" in run.stderr


def test_a_folder_with_a_draft_gives_no_such_warning(tmp_path: Path):
    (tmp_path / "d").mkdir()
    (tmp_path / "e").mkdir()
    (tmp_path / "d" / "clean.md").write_text("---\ndate: 2023-01-01\n---\nText.\n", "utf-8")
    run = run_cli("--no-seeds", "--no-cache", "-j1", "d", "e", cwd=tmp_path)
    assert run.code == 0
    assert "no drafts" not in run.stderr
