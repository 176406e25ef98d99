"""Robustness fix r8b: a report kept in the folder it lints (``--output-file report.md .``) is
not a draft of the next run.

The first run wrote report.md; from the second on, the folder walk found it and the run
stopped ("--output-file would overwrite a draft it is asked to lint", exit 2): a CI job that
keeps its report in the checkout failed on every run after the first. The run's own report is
now left out of the walk when the file there is a narrlint report in any format; a real draft
in its place, or named on the command line, is still refused and left as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrlint.config import Config
from narrlint.frontends.cli_output import looks_like_report
from narrlint.input.discover import iter_files, leaving_out

from .conftest import RURITANIA, run_cli

STALE = (
    "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says the deficit is falling.\n"
)
CLEAN = "---\ndate: 2023-01-01\n---\nFinance Minister Karl Brandt says the deficit is falling.\n"
ARGS = ["--no-seeds", "--no-cache", "--corpus", str(RURITANIA), "-j1"]

# (options, report name): every report narrlint writes, under a draft's suffix
FORMATS = [
    ([], "report.md"),
    (["--output-format", "concise"], "report.txt"),
    (["--statistics"], "report.md"),
    (["-q"], "report.md"),
    (["--format", "github"], "report.txt"),
    (["--format", "json"], "report.txt"),
    (["--format", "sarif"], "report.md"),
]


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "stale.md").write_text(STALE, "utf-8")
    (tmp_path / "clean.md").write_text(CLEAN, "utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("options", "name"), FORMATS, ids=[" ".join(f[0]) or "text" for f in FORMATS]
)
def test_a_report_kept_in_the_linted_folder_is_not_linted_next_time(desk, options, name):
    first = run_cli(*ARGS, *options, "--output-file", name, ".", cwd=desk)
    again = run_cli(*ARGS, *options, "--output-file", name, ".", cwd=desk)
    assert (first.code, again.code) == (1, 1), again.stderr
    assert again.stderr == first.stderr == ""
    report = (desk / name).read_text("utf-8")
    assert "stale.md" in report and f"{name}:" not in report and f'"{name}"' not in report
    assert looks_like_report(desk / name)


def test_the_walk_leaves_out_only_the_files_it_is_told(tmp_path: Path):
    for name in ("a.md", "report.md", "sub/report.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("Text.\n", "utf-8")
    with leaving_out([tmp_path / "report.md"]):
        walked = [p for p, _ in iter_files([str(tmp_path)], Config())]
        named = [p for p, _ in iter_files([str(tmp_path / "report.md")], Config())]
    assert sorted(Path(p).relative_to(tmp_path).as_posix() for p in walked) == [
        "a.md",
        "sub/report.md",
    ]
    assert named == [str(tmp_path / "report.md")]
    everything = [p for p, _ in iter_files([str(tmp_path)], Config())]
    assert len(everything) == 3  # outside the block nothing is left out


def test_a_real_draft_in_the_report_s_place_is_refused_and_kept(desk):
    inside = run_cli(*ARGS, "--output-file", "stale.md", ".", cwd=desk)
    assert inside.code == 2
    assert "stale.md: --output-file would overwrite a draft in a folder it is asked to lint" in (
        inside.stderr
    )
    assert "write the report elsewhere" in inside.stderr
    named = run_cli(*ARGS, "--output-file", "stale.md", "stale.md", cwd=desk)
    assert named.code == 2 and "; write the report elsewhere" in named.stderr
    assert (desk / "stale.md").read_text("utf-8") == STALE


def test_a_previous_report_named_as_a_draft_is_still_refused(desk):
    assert run_cli(*ARGS, "--output-file", "report.md", ".", cwd=desk).code == 1
    named = run_cli(*ARGS, "--output-file", "report.md", "report.md", cwd=desk)
    assert named.code == 2 and "would overwrite a draft it is asked to lint" in named.stderr


@pytest.mark.parametrize(
    "text",
    [
        "3 findings in 2 files were published by the auditor on Monday.\nThe minister said.\n",
        "    indented: a code block first\n",
        "Interim Finance Minister Anna Vogel says.\nstale.md:4:1: NL401 error: x [stale-title]\n",
        '{"title": "a JSON note", "narrlint": "not at the top"}\n',
        "::error is how the style guide spells a warning\nThen prose.\n",
    ],
)
def test_drafts_that_open_like_a_report_are_not_taken_for_one(tmp_path: Path, text: str):
    path = tmp_path / "draft.md"
    path.write_text(text, "utf-8")
    assert not looks_like_report(path)
