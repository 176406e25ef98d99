"""A ``<`` or ``>`` inside a quoted attribute value is part of the value, as a browser reads it.

A CMS writes tooltips, captions and settings into attributes: ``title="Turnout < 40%"``,
``data-rule='count > 0'``. narrlint took a tag to end at the first ``<``, so such a tag was
no tag at all: its attribute text (``<div title="a<b">``) was read as prose, words a reader
never sees, and findings could stand on them; a page's ``<meta>`` date tag holding a ``<`` in
another attribute was not read, so the page was dated today (robustness probe r17). A value
quoted after ``=`` now runs to its closing quote; a ``<`` outside a quoted value is still
text ("if a <b then"), and the scan stays linear whatever the mix of quotes and ``<``.
"""

from __future__ import annotations

import pytest

from narrlint.text import html_prose
from narrlint.text.prose import markdown_prose

from .test_robustness_html_blocks_r9 import DATE, KILLED
from .test_robustness_html_date_r16 import IN_OFFICE, _lint, _page
from .test_robustness_html_text_r7 import _spans

OPENINGS = {
    "a lt in double quotes": '<div title="turnout <40%">',
    "a lt in single quotes": "<p data-note='if a<b then'>",
    "a tag in a value": '<div data-html="<b>bold</b>">',
    "a gt in a value": "<p data-rule='count > 0'>",
    "spaces around the equals sign": '<p title = "x<y" class=lead>',
    "an apostrophe in a name": "<p don't>",
}


@pytest.mark.parametrize("opening", OPENINGS.values(), ids=OPENINGS.keys())
def test_attribute_text_is_no_prose(opening: str) -> None:
    assert markdown_prose(f"{opening}{KILLED}</p>\n").text == KILLED


@pytest.mark.parametrize("opening", list(OPENINGS.values())[:3], ids=list(OPENINGS)[:3])
def test_a_toll_after_such_a_tag_keeps_its_characters(seed_corpus, opening: str) -> None:
    plain = _spans(seed_corpus, KILLED + "\n", DATE)
    assert plain
    assert _spans(seed_corpus, f"{opening}{KILLED}</div>\n", DATE) == plain


LOOK_ALIKES = {
    "a lt before a letter in text": ("<p>if a <b then c</p>\n", "if a <b then c"),
    "a number after a lt": ("<p>turnout <40% in the north</p>\n", "turnout <40% in the north"),
    "an unclosed quote": ('<p>x <a title="y z</p>\n', 'x <a title="y z'),
}


@pytest.mark.parametrize(("original", "shown"), LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_a_lt_that_opens_no_tag_is_still_text(original: str, shown: str) -> None:
    assert markdown_prose(original).text == shown


def test_a_meta_date_beside_an_attribute_holding_a_lt_dates_the_page(ruritania):
    head = f'<meta name="date" data-note="a<b" content="{IN_OFFICE}">'
    result = _lint(ruritania, _page(head))
    assert result.error is None
    assert not [f for f in result.findings if f.code == "NL401"]


class _Counting:
    """``html_prose._UNQUOTED`` counting the characters its matches scan."""

    def __init__(self, pattern) -> None:
        self.pattern = pattern
        self.scanned = 0

    def match(self, text: str, position: int):
        found = self.pattern.match(text, position)
        self.scanned += found.end() - position + 1
        return found


UNITS = {
    "unclosed quotes": '<a x="',
    "a lt in each quote": "<a x=\"<b x='",
    "nested quotes": "<a y=\"<b x='<c x=''\" ",
    "no closing gt": "<a x=\"1\" y='2' ",
    # each failed tag's quote opens where the next tag's closes: without the record of dead
    # quotes every later tag rescanned the rest of the text (work ~ n squared)
    "quotes opened where others close": "<a \"'x  '=\"",
}


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
def test_failed_tags_cost_linear_work(monkeypatch, unit: str) -> None:
    counting = _Counting(html_prose._UNQUOTED)
    monkeypatch.setattr(html_prose, "_UNQUOTED", counting)
    text = "<p>" + unit * 5000 + "</p>\n"
    html_prose.html_page_prose(text)
    assert counting.scanned <= 3 * len(text)
