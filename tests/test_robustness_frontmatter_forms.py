"""Robustness probe r6 D3: the draft's date in the front matter forms newsrooms write.

A date narrlint does not find is no error: the draft is judged as of today, without a word. So
Hugo's TOML front matter (``+++``) and a ``Date:`` key spelt with capitals must give the date
(or an error naming the file and line), never be passed over: before, "Interim Finance
Minister Anna Vogel" in a draft dated 2020 (when she held the post) was judged as of today.
"""

from __future__ import annotations

import pytest

from .conftest import RURITANIA, run_cli

LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."
"""Right in 2020 (her interim term: 2020-01-10 to 2021-06-30), stale (NL401) today."""


def lint(tmp_path, text: str, name: str = "draft.md"):
    (tmp_path / name).write_bytes(text.encode("utf-8"))
    args = ["--no-seeds", "--corpus", str(RURITANIA), "-j", "1", "--output-format", "concise"]
    return run_cli(*args, name, cwd=tmp_path)


@pytest.mark.parametrize(
    "front",
    [
        "+++\ndate = 2020-06-01\n+++\n",
        '+++\ntitle = "Budget"\ndate = "2020-06-01"\n+++\n',
        "+++\r\ntitle = 'Budget'\r\ndate = 2020-06-01T10:00:00Z\r\n+++\r\n",
        "+++\rdate = 2020-06-01\r+++\r",
        "---\nDate: 2020-06-01\n---\n",
        "---\nDATE: '2020-06-01'\n---\n",
    ],
    ids=["toml", "toml-string", "toml-crlf-datetime", "toml-cr", "yaml-Date", "yaml-DATE"],
)
@pytest.mark.parametrize("name", ["draft.md", "draft.txt"])
def test_the_date_is_read_from_every_form(tmp_path, front, name):
    run = lint(tmp_path, front + LINE + "\n", name)
    assert run.code == 0, run.stdout + run.stderr
    assert "NL401" not in run.stdout


@pytest.mark.parametrize("name", ["draft.md", "draft.txt"])
def test_the_same_draft_undated_is_stale(tmp_path, name):
    """What makes the cases above quiet is the date they give, nothing else."""
    assert "NL401" in lint(tmp_path, LINE + "\n", name).stdout


def test_toml_front_matter_is_not_prose_and_positions_hold(tmp_path):
    text = "+++\ntitle = 'Interim Finance Minister Anna Vogel'\ndate = 2023-01-01\n+++\n" + LINE
    run = lint(tmp_path, text + "\n")
    assert run.code == 1
    # one finding, on the body's line 5, none on the title inside the front matter
    assert run.stdout.splitlines()[0].startswith("draft.md:5:1: NL401")
    assert run.stdout.count("NL401") == 1


@pytest.mark.parametrize(
    ("front", "line", "message"),
    [
        ("+++\ntitle = 'x\ndate = 2020-06-01\n+++\n", 4, "front matter is not valid TOML"),
        ("+++\ntitle = 'x'\ndate = 2020-02-30\n+++\n", 3, "front matter is not valid TOML"),
        ("+++\ntitle = 'x'\ndate = 'soon'\n+++\n", 3, "date 'soon' is not a date"),
        ("+++\ndate = 2020-06-01\ndate = 2020-06-02\n+++\n", 3, "not valid TOML"),
        ("+++\ndate = 2020-06-01\n\n" + LINE + "\n", 1, "opened with '+++' on line 1 is never"),
        ("+++\nn = 1\nbig = " + "9" * 5000 + "\n+++\n", 3, "an integer too long"),
        ("---\ndate: 2020-06-01\nDate: 2020-06-02\n---\n", 3, "gives the date twice"),
    ],
    ids=[
        "toml-syntax",
        "toml-impossible-date",
        "toml-not-a-date",
        "toml-twice",
        "unclosed",
        "long-int",
        "yaml-date-and-Date",
    ],
)
def test_broken_front_matter_is_an_error_with_its_line(tmp_path, front, line, message):
    run = lint(tmp_path, front + LINE + "\n")
    assert run.code == 2, run.stdout + run.stderr
    assert f"draft.md:{line}: " in run.stderr and message in run.stderr, run.stderr
    assert "Traceback" not in run.stderr


def test_a_thematic_break_of_pluses_is_not_front_matter_later_in_the_draft(tmp_path):
    """Only a first line of ``+++`` opens front matter; elsewhere it is text."""
    run = lint(tmp_path, "Intro.\n\n+++\ndate = 2020-06-01\n+++\n\n" + LINE + "\n")
    assert "NL401" in run.stdout
