"""Robustness fix r8b: options may come between paths, as ruff and flake8 take them.

``narrlint a.md --fix b.md`` stopped with "unrecognized arguments: b.md" (exit 2): argparse
gave the positional PATHs only the run before the first option. The lint command now reads
its arguments intermixed; an unknown option is still refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import RURITANIA, run_cli

STALE = (
    "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says the deficit is falling.\n"
)
ARGS = ["--no-seeds", "--no-cache", "--corpus", str(RURITANIA), "-j1"]


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    for name in ("a.md", "b.md", "-c.md"):
        (tmp_path / name).write_text(STALE, "utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "middle",
    [["--output-format", "concise"], ["--report-unused-suppressions"], ["--select", "NL401"]],
)
def test_an_option_between_paths_lints_every_path(desk, middle):
    run = run_cli(*ARGS, "a.md", *middle, "b.md", cwd=desk)
    assert run.code == 1, run.stderr
    assert "a.md:4:1: NL401" in run.stdout and "b.md:4:1: NL401" in run.stdout


def test_fix_between_paths_fixes_both(desk):
    run = run_cli(*ARGS, "a.md", "--fix", "b.md", "--", "-c.md", cwd=desk)
    assert run.code == 0, run.stderr
    for name in ("a.md", "b.md", "-c.md"):
        assert "Former interim Finance Minister" in (desk / name).read_text("utf-8"), name


def test_an_unknown_option_between_paths_is_still_refused(desk):
    run = run_cli(*ARGS, "a.md", "--fixx", "b.md", cwd=desk)
    assert run.code == 2 and "unrecognized arguments: --fixx" in run.stderr
    assert (desk / "a.md").read_text("utf-8") == STALE
