"""``narrlint claims`` prints for a terminal as the lint report does.

Robustness round 19 (the ``claims`` subcommand on bad input). Its text output wrote a draft's
sentence, its claims' words and file names as they were, so an ``ESC`` sequence in a pasted
draft (or a file name) recoloured, cleared or retitled the terminal, where the lint report
shows it escaped (``\\x1b``). And a folder holding no draft said only "no claims read" with
exit 0, where the lint command warns that the folder holds no draft.
"""

from __future__ import annotations

from .conftest import RURITANIA, run_cli

CORPUS = ("--no-seeds", "--no-cache", "--corpus", str(RURITANIA))
HEAD = "---\ndate: 2023-01-01\n---\n"


def test_control_characters_in_a_draft_are_shown_escaped(tmp_path):
    draft = tmp_path / "story.md"
    draft.write_text(
        HEAD + "Interim Finance Minister Anna Vogel says \x1b[2J\x1b]0;owned\x07 it is so.\n",
        encoding="utf-8",
    )
    run = run_cli("claims", *CORPUS, str(draft))
    assert run.code == 0, run.stderr
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout
    assert "\\x1b[2J\\x1b]0;owned\\x07" in run.stdout
    assert '"Interim Finance Minister Anna Vogel"' in run.stdout
    # JSON carries the exact text (its own escaping is safe)
    data = run_cli("claims", *CORPUS, "--format", "json", str(draft)).json()
    assert "\x1b[2J" in data["claims"][0]["sentence"]


def test_a_plain_draft_prints_as_it_is(tmp_path):
    draft = tmp_path / "story.md"
    draft.write_text(HEAD + "Interim Finance Minister Anna Vogel says so.\n", encoding="utf-8")
    run = run_cli("claims", *CORPUS, str(draft))
    assert run.stdout.splitlines()[0] == (
        f"{draft}:4: Interim Finance Minister Anna Vogel says so."
    )


def test_a_control_character_in_a_missing_file_name_is_escaped(tmp_path):
    run = run_cli("claims", *CORPUS, "gone\x1b[2J.md", cwd=tmp_path)
    assert run.code == 2
    assert "\x1b" not in run.stderr
    assert "gone\\x1b[2J.md" in run.stderr


def test_a_folder_without_drafts_is_warned_about(tmp_path):
    empty = tmp_path / "pdfs"
    empty.mkdir()
    (empty / "scan.pdf").write_bytes(b"%PDF-1.4")
    run = run_cli("claims", *CORPUS, str(empty))
    assert run.code == 0
    assert f"{empty}: no drafts" in run.stderr
    with_draft = tmp_path / "drafts"
    with_draft.mkdir()
    (with_draft / "a.md").write_text(HEAD + "Nothing here.\n", encoding="utf-8")
    run = run_cli("claims", *CORPUS, str(with_draft))
    assert "no drafts" not in run.stderr
