"""Robustness probe r6 D4: ``--fix`` keeps the Markdown inside the words it replaces.

A rule's fix replaces the span of its finding, and that span covers any markup between the
words: "until **December 1**, 2023" was fixed to "until **November 1, 2023" (the emphasis
left open to the end of the paragraph, the draft's rendering broken), and a date across two
block-quoted lines lost the line break and its ``>``. Only the words change now.
"""

from __future__ import annotations

import pytest

from .conftest import run_cli

HEAD = "---\ndate: 2024-07-01\n---\n"
REST = " to leave the country or face deportation."
WHO = "Pakistan gave undocumented foreigners until "


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (WHO + "**December 1**, 2023" + REST, WHO + "**November 1**, 2023" + REST),
        (WHO + "_December 1, 2023_" + REST, WHO + "_November 1, 2023_" + REST),
        ("> " + WHO + "December\n> 1, 2023" + REST, "> " + WHO + "November\n> 1, 2023" + REST),
        (
            "- " + WHO + "*December\n  1, 2023*" + REST,
            "- " + WHO + "*November\n  1, 2023*" + REST,
        ),
        (WHO + "December 1, 2023" + REST, WHO + "November 1, 2023" + REST),
        # an entity that reads as a space is the date's space: it stays, none is added
        (WHO + "December&nbsp;1, 2023" + REST, WHO + "November&nbsp;1, 2023" + REST),
        (WHO + "December&#160;1, 2023" + REST, WHO + "November&#160;1, 2023" + REST),
        (WHO + "**December**&nbsp;1, 2023" + REST, WHO + "**November**&nbsp;1, 2023" + REST),
    ],
    ids=[
        "bold-inside",
        "emphasis-around",
        "quote-lines",
        "list-emphasis-lines",
        "plain",
        "nbsp-entity",
        "numeric-entity",
        "bold-then-entity",
    ],
)
def test_fix_changes_the_words_and_keeps_the_markup(tmp_path, before, after):
    draft = tmp_path / "draft.md"
    draft.write_text(HEAD + before + "\n", encoding="utf-8")
    run = run_cli("-j", "1", "--fix", "--output-format", "concise", "draft.md", cwd=tmp_path)
    assert "Traceback" not in run.stderr, run.stderr
    assert draft.read_text(encoding="utf-8") == HEAD + after + "\n"
    assert "NL101" not in run.stdout, run.stdout  # the fixed draft no longer has it


def test_diff_shows_the_same_markup_safe_change(tmp_path):
    draft = tmp_path / "draft.md"
    text = HEAD + WHO + "**December 1**, 2023" + REST + "\n"
    draft.write_text(text, encoding="utf-8")
    run = run_cli("-j", "1", "--diff", "draft.md", cwd=tmp_path)
    assert "+" + WHO + "**November 1**, 2023" + REST in run.stdout.splitlines()
    assert draft.read_text(encoding="utf-8") == text  # --diff changes nothing


def test_a_plain_text_draft_is_fixed_as_the_rule_says(tmp_path):
    """Asterisks in a .txt draft are text, not markup: the span is replaced whole."""
    draft = tmp_path / "draft.txt"
    draft.write_text(HEAD + WHO + "December 1, 2023" + REST + "\n", encoding="utf-8")
    run_cli("-j", "1", "--fix", "draft.txt", cwd=tmp_path)
    assert draft.read_text(encoding="utf-8") == HEAD + WHO + "November 1, 2023" + REST + "\n"


def test_a_code_action_changes_the_words_and_keeps_the_markup():
    """The language server's quick fix and "fix all" edits are cut the same way."""
    from narrlint.frontends.lsp import Linted, _workspace_edit
    from narrlint.frontends.lsp_positions import PositionMap
    from narrlint.model import Edit

    from .test_workflow_lsp import apply_utf16_edits

    text = "> 🎉 " + WHO + "**December\n> 1**, 2023" + REST + "\n"
    start = text.index("December")
    rule_edit = Edit(start, text.index(", 2023") + len(", 2023"), "November 1, 2023")
    linted = Linted(1, text, [], [], PositionMap(text), "markdown")
    edit = _workspace_edit("file:///d.md", linted, [rule_edit])
    fixed = apply_utf16_edits(text, edit.changes["file:///d.md"])
    assert fixed == "> 🎉 " + WHO + "**November\n> 1**, 2023" + REST + "\n"
    plain = Linted(1, text, [], [], PositionMap(text), "text")
    edit = _workspace_edit("file:///d.txt", plain, [rule_edit])
    # plain text: "> " and "**" are words of the text, replaced as the rule says; only the
    # line break stays, so a hard-wrapped line is not joined (robustness probe r10)
    assert apply_utf16_edits(text, edit.changes["file:///d.txt"]) == text.replace(
        "December\n> 1**, 2023", "November\n1, 2023"
    )
