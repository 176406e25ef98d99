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


def test_a_plain_text_draft_reads_the_same_with_or_without_its_last_newline() -> None:
    """The empty "line" after a final newline counted as a blank line, so a short hard-wrapped
    draft was not seen as wrapped: each line became a block and a title cut by a wrap
    ("Interim Finance" / "Minister Anna Vogel") was lost, only when the file ended in a
    newline, as nearly every file does."""
    from narrlint.text.prose_plain import plain_prose

    text = (
        "Talks went on. Interim Finance\nMinister Anna Vogel says the deficit is falling.\n"
        "\nThe budget was\npresented on Monday.\n"
    )
    for ending in ("\n", "\r\n"):
        with_newline = plain_prose(text.replace("\n", ending)).text
        assert with_newline == plain_prose(text.replace("\n", ending).rstrip()).text
        assert "Interim Finance Minister Anna Vogel" in with_newline


def test_the_cli_finds_a_title_cut_by_a_wrap_in_a_short_plain_draft(tmp_path) -> None:
    draft = tmp_path / "story.txt"
    draft.write_text(
        "Talks went on. Interim Finance\nMinister Anna Vogel says the deficit is falling.\n"
        "\nThe budget was\npresented on Monday.\n",
        "utf-8",
    )
    run = run_cli(*CORPUS, "--date", "2023-01-01", "--format", "json", str(draft))
    assert run.code == 1, run.stderr
    assert [f["code"] for f in json.loads(run.stdout)["findings"]] == ["NL401"]
