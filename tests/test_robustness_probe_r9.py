"""Robustness probe r9: what an editor integration or a script meets, fixed class by class."""

from __future__ import annotations

import json

from .conftest import RURITANIA, run_cli

STALE = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says it is falling.\n"
CORPUS = ("--no-seeds", "--corpus", str(RURITANIA))


def test_stdin_filename_without_a_path_reads_stdin(tmp_path) -> None:
    """``narrlint --stdin-filename story.md`` (how editor plugins call ruff) stopped with a
    usage error; with no path it reads stdin, as ``-`` does."""
    run = run_cli(*CORPUS, "--format", "json", "--stdin-filename", "desk/story.md", stdin=STALE)
    assert run.code == 1, run.stderr
    (finding,) = json.loads(run.stdout)["findings"]
    assert (finding["path"], finding["code"], finding["line"]) == ("desk/story.md", "NL401", 4)
    fix = run_cli(*CORPUS, "--fix", "--stdin-filename", "story.md", stdin=STALE)
    assert fix.code == 2 and "--fix cannot rewrite stdin" in fix.stderr
