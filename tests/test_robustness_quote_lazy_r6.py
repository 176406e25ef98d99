"""A wrapped quote whose unmarked (lazy) line starts with a number and a full stop.

``> … accepted until December`` / ``31.``: CommonMark reads the second line as the quoted
paragraph's lazy continuation (an ordered list interrupts a paragraph only at 1, and never
empty), but markdown-it started an empty list there, so the quote's date lost its day and
its finding (robustness probe r6 D7).
"""

from __future__ import annotations

import pytest

from narrlint.text.prose import markdown_prose

from .conftest import lint_text


def test_a_lazy_day_keeps_the_quoted_deadline(seed_corpus):
    head = "---\ndate: 2023-10-05\n---\n"
    one_line = "> Undocumented foreigners have until November 30 to leave Pakistan.\n"
    lazy = "> Undocumented foreigners have until November\n30. They must leave Pakistan.\n"
    plain = [f.code for f in lint_text(seed_corpus, head + one_line)]
    assert plain
    found = lint_text(seed_corpus, head + lazy)
    assert [f.code for f in found] == plain
    assert (found[0].end.line, found[0].end.column) == (5, 3)


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("> accepted until December\n31.", "accepted until December 31."),
        ("> accepted until December\n31. and more", "accepted until December 31. and more"),
        # look-alikes: where a list may start, it still does
        ("> accepted until December\n1. item", "accepted until December\n\nitem"),
        ("> accepted until December\n- item", "accepted until December\n\nitem"),
        ("> accepted\n\n31. item", "accepted\n\nitem"),
        ("> a\n> 1. x\n2. y", "a\n\nx\n\ny"),  # the next item of a quoted list
        ("> - a\n31. b", "a\n\nb"),
    ],
)
def test_lazy_lines_after_a_quoted_paragraph(text, prose):
    assert markdown_prose(text).text == prose
