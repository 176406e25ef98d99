"""Robustness r14 hole 4: ``--output-file`` and ``--write-baseline`` never replace what the run
reads as its knowledge.

Both options refused a draft of the run, but not the config file in use nor a file of a corpus
given with ``--corpus``: ``narrlint --corpus newsroom --output-file newsroom/ledger.yaml``
(a path completed one folder too far) replaced the newsroom's sourced fact ledger with the
report (an empty one for a clean draft), exit 0. Such a target is now refused before any
linting, exit 2, naming the file, and the file is left as it was.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import RURITANIA, run_cli

STALE = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says it is falling.\n"


def _workspace(tmp_path: Path) -> Path:
    shutil.copytree(RURITANIA, tmp_path / "newsroom")
    (tmp_path / "story.md").write_text(STALE, "utf-8")
    (tmp_path / ".narrlint.yaml").write_text("seeds: false\ncorpus: [newsroom]\n", "utf-8")
    return tmp_path


@pytest.mark.parametrize("option", ["--output-file", "--write-baseline"])
@pytest.mark.parametrize(
    ("target", "kind"),
    [
        ("newsroom/ledger.yaml", "a corpus ledger"),
        ("newsroom/manifest.yaml", "a corpus manifest"),
        (".narrlint.yaml", "the config file"),
    ],
)
def test_a_file_the_run_reads_is_refused_and_kept(tmp_path, option, target, kind) -> None:
    root = _workspace(tmp_path)
    before = (root / target).read_bytes()
    run = run_cli(option, target, "story.md", cwd=root)
    assert run.code == 2, (run.stdout, run.stderr)
    assert f"{target}: {option} would overwrite {kind}" in run.stderr
    assert (root / target).read_bytes() == before


def test_a_corpus_article_given_on_the_command_line_is_refused(tmp_path) -> None:
    root = _workspace(tmp_path)
    before = (root / "newsroom" / "budget.txt").read_bytes()
    run = run_cli(
        "--corpus", "newsroom", "--output-file", "newsroom/budget.txt", "story.md", cwd=root
    )
    assert run.code == 2 and "would overwrite a corpus article" in run.stderr, run.stderr
    assert (root / "newsroom" / "budget.txt").read_bytes() == before


def test_a_report_beside_the_corpus_is_written(tmp_path) -> None:
    root = _workspace(tmp_path)
    run = run_cli("--output-file", "report.txt", "story.md", cwd=root)
    assert run.code == 1, run.stderr
    assert "NL401" in (root / "report.txt").read_text("utf-8")
