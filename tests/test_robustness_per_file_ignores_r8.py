"""Robustness probe r8: ``per-file-ignores`` patterns hold from any working directory.

Patterns are written relative to the config file, as ``exclude`` is. They were matched against
the path as typed, so ``'wire/*.md': [NL401]`` silenced the wire copy when narrlint ran at the
repository root and not when a reporter ran it inside ``wire/`` (``narrlint story.md``): the
same file passed CI and failed on the desk. Now the path relative to the config's folder is
matched too; a file elsewhere with the same name stays reported.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from narrlint.config import Config
from narrlint.output.filters import ignored_codes

from .conftest import RURITANIA, run_cli

PATTERNS = {"wire/*.md": ["NL401"], "archive/2023/**": ["NL201"]}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    for folder in ("wire/sub", "archive/2023/may", "desk"):
        (tmp_path / folder).mkdir(parents=True)
    return tmp_path


# (working directory inside the repo, path as typed, codes ignored)
CASES = [
    ("", "wire/story.md", ["NL401"]),
    ("wire", "story.md", ["NL401"]),
    ("wire", "./story.md", ["NL401"]),
    ("wire/sub", "../story.md", ["NL401"]),
    ("desk", "../wire/story.md", ["NL401"]),
    ("archive/2023/may", "x.md", ["NL201"]),
    ("archive", "2023/may/x.md", ["NL201"]),
    # look-alikes: the same names elsewhere stay reported
    ("desk", "story.md", []),
    ("", "story.md", []),
    ("archive", "x.md", []),
]


@pytest.mark.parametrize(("cwd", "path", "codes"), CASES)
def test_patterns_are_relative_to_the_config(repo: Path, monkeypatch, cwd, path, codes) -> None:
    monkeypatch.chdir(repo / cwd)
    config = Config(per_file_ignores=PATTERNS, root=repo)
    assert ignored_codes(config, path) == codes
    assert ignored_codes(config, os.path.abspath(path)) == codes


def test_a_file_outside_the_config_folder_or_stdin(repo: Path, monkeypatch) -> None:
    monkeypatch.chdir(repo)
    config = Config(per_file_ignores=PATTERNS, root=repo / "desk")
    assert ignored_codes(config, "wire/story.md") == ["NL401"]  # as typed, as before
    assert ignored_codes(config, "../outside.md") == []
    assert ignored_codes(config, "-") == []


def test_the_cli_ignores_the_wire_copy_from_inside_its_folder(repo: Path) -> None:
    corpus = os.path.relpath(RURITANIA, repo)
    (repo / ".narrlint.yaml").write_text(
        f"seeds: false\ncorpus: [{corpus}]\nper-file-ignores:\n  'wire/*.md': [NL401]\n", "utf-8"
    )
    draft = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says so.\n"
    (repo / "wire" / "story.md").write_text(draft, "utf-8")
    (repo / "desk" / "story.md").write_text(draft, "utf-8")
    for cwd, path in ((repo, "wire/story.md"), (repo / "wire", "story.md")):
        run = run_cli("-j", "1", path, cwd=cwd)
        assert run.code == 0 and "NL401" not in run.stdout, (cwd, run.stdout, run.stderr)
    run = run_cli("-j", "1", "story.md", cwd=repo / "desk")
    assert run.code == 1 and "story.md:4:1: NL401" in run.stdout
