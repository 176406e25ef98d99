"""Lone paragraphs made without markdown-it's block rules: the same block tokens as stock.

``markdown_parser._lone_paragraph`` makes a plain line followed by a blank line (or the end) a
paragraph without trying ``table``, ``lheading`` and ``paragraph``; every block token (and so
every later rule's view of the state) must equal what stock markdown-it makes of the draft.
"""

from __future__ import annotations

import itertools

import pytest
from markdown_it import MarkdownIt

from narrlint.text.markdown_parser import markdown_parser

LINES = (
    "Officials said on Monday.",
    "",
    "  Indented two spaces.",
    "    indented as code",
    "\tA tab first",
    "- a list item",
    "Setext title",
    "===",
    "---",
    "| a | b |",
    "|---|---|",
    "> a quote",
    "“Quoted” words",
    "\u00a0a no-break space first",
    "Ends with a next-line control\x85",  # whitespace to Python, not to CommonMark
)


def _stock() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.disable("text_join")
    return md


def _blocks(md: MarkdownIt, text: str) -> list[tuple]:
    return [
        (t.type, t.tag, t.nesting, t.map, t.level, t.content, t.markup, t.info, t.block)
        for t in md.parse(text)
    ]


@pytest.mark.parametrize("size", [1, 2, 3, 4])
def test_block_tokens_equal_stock_markdown_it(size: int) -> None:
    ours, stock = markdown_parser(), _stock()
    for lines in itertools.product(LINES, repeat=size):
        for ending in ("", "\n"):
            text = "\n".join(lines) + ending
            assert _blocks(ours, text) == _blocks(stock, text), repr(text)


def test_a_paragraph_after_a_lone_one_still_interrupts_as_stock() -> None:
    """``lheading`` leaves ``parentType`` at "paragraph"; the shortcut keeps that state."""
    text = "One line.\n\n- item\n  continued\n\nTwo\n---\n\nThree.\n"
    assert _blocks(markdown_parser(), text) == _blocks(_stock(), text)
