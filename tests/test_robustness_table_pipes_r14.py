"""Robustness r14 hole 1: a table cell holding an escaped pipe (``x \\| y``) is prose.

markdown-it drops the backslash of every ``\\|`` in a table row before it splits the row into
cells, so the cell's content (``x | y``) is found nowhere on the original line. The cell was
dropped, and since a later cell of a row is sought only after the one before it, a first cell
with an escaped pipe dropped the whole row: a stale title or an unsourced toll in the next
cell was never reported. Each piece of such a cell is placed at its own characters, the
backslash left out.
"""

from __future__ import annotations

import pytest

from narrlint.text.prose import markdown_prose

from .test_robustness_html_text_r7 import _spans

TITLE = "Caretaker Foreign Minister Jalil Abbas Jilani says Pakistan will keep pressing Kabul."
DATE = "2024-07-01"
HEAD = "| Desk | Note |\n|---|---|\n"

ROWS = {
    "escaped-pipe-in-the-first-cell": "| Kabul \\| Islamabad | {s} |\n",
    "escaped-pipe-in-a-code-span-before": "| `a \\| b` | {s} |\n",
    "escaped-pipe-in-the-same-cell": "| Kabul \\| {s} |\n",
    "escaped-backslash-before-a-pipe": "| path \\\\| {s} |\n",
}


@pytest.mark.parametrize("row", ROWS.values(), ids=ROWS.keys())
def test_a_row_with_an_escaped_pipe_keeps_its_findings_on_their_characters(
    seed_corpus, row
) -> None:
    plain = _spans(seed_corpus, f"| Note |\n|---|\n| {TITLE} |\n", DATE)
    assert plain
    assert _spans(seed_corpus, HEAD + row.format(s=TITLE), DATE) == plain


@pytest.mark.parametrize(
    ("original", "prose"),
    [
        (HEAD + "| Kabul \\| Islamabad | twelve |\n", "Kabul | Islamabad"),
        ("| a |\n|---|\n| x \\| y \\| *z* |\n", "x | y | z"),
        ("| a |\n|---|\n| one\\|two |\n", "one|two"),
    ],
)
def test_each_character_of_an_escaped_cell_is_its_own_original(original, prose) -> None:
    text = markdown_prose(original)
    start = text.text.index(prose)
    for offset in range(start, start + len(prose)):
        char = text.text[offset]
        if not char.isspace():
            assert original[text.to_original(offset)] == char, (offset, char)
    assert "\\" not in text.text


def test_a_cell_after_an_escaped_cell_is_still_read() -> None:
    original = HEAD + "| a \\| b | twelve people |\n"
    assert markdown_prose(original).text.endswith("a | b\n\ntwelve people")
