"""``per-file-ignores`` match the file a path names, not the way it is spelled.

Robustness round 19. A pattern's ``*`` crosses ``/`` in :func:`fnmatch.fnmatch`, and the path
was matched as written, so ``narrlint wire/../desk.md`` (a script joining a folder and a
relative name, an editor's URI with ``..``) had ``'wire/*.md'`` match ``desk.md`` and silenced
its findings, which ``narrlint desk.md`` reports. The path is normalised before matching; the
spellings of a file the pattern does cover keep matching.
"""

from __future__ import annotations

import os

import pytest

from narrlint.config import load_config
from narrlint.output.filters import ignored_codes

from .conftest import RURITANIA, run_cli

TEXT = "---\ndate: 2023-01-01\n---\n\nInterim Finance Minister Anna Vogel says so.\n"


@pytest.fixture
def config(tmp_path):
    path = tmp_path / ".narrlint.yaml"
    path.write_text('per-file-ignores:\n  "wire/*.md": [NL401]\n', encoding="utf-8")
    return load_config(path)


@pytest.mark.parametrize(
    "spelled", ["wire/../desk.md", "./wire/../desk.md", "wire/sub/../../desk.md"]
)
def test_a_path_leaving_the_folder_is_not_matched(config, spelled, tmp_path):
    assert ignored_codes(config, spelled) == []
    assert ignored_codes(config, os.path.join(tmp_path, spelled)) == []


@pytest.mark.parametrize("spelled", ["wire/story.md", "./wire/story.md", "wire/../wire/story.md"])
def test_the_spellings_of_a_covered_file_match(config, spelled, tmp_path):
    assert ignored_codes(config, spelled) == ["NL401"]
    assert ignored_codes(config, os.path.join(tmp_path, spelled)) == ["NL401"]


def test_the_command_line_reports_a_draft_named_through_dot_dot(tmp_path):
    (tmp_path / ".narrlint.yaml").write_text(
        'per-file-ignores:\n  "wire/*.md": [NL401]\n', encoding="utf-8"
    )
    (tmp_path / "wire").mkdir()
    (tmp_path / "desk.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "wire" / "story.md").write_text(TEXT, encoding="utf-8")
    corpus = ("--no-seeds", "--no-cache", "--corpus", str(RURITANIA), "--format", "json")
    run = run_cli(*corpus, "wire/../desk.md", "wire/../wire/story.md", cwd=tmp_path)
    assert [(f["path"], f["code"]) for f in run.json()["findings"]] == [
        ("wire/../desk.md", "NL401")
    ]
