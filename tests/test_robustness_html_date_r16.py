"""An HTML draft is dated by its head's ``<meta>`` tags, as a Markdown draft by front matter.

A CMS export or a saved news page gives its date as ``<meta property="article:published_time"
…>``, ``<meta itemprop="datePublished" …>`` or ``<meta name="date" …>``, never as front
matter. Read from front matter only, such a page was dated today: a title right on the page's
day was reported stale and a figure of that day judged against later records, with no word
that the date was guessed (robustness probe r16). A tag in the body (a related story's card),
in a comment, or naming the page's last change is not its date; a named date that is no date
is an error naming the file and line, as in front matter.
"""

from __future__ import annotations

import pytest

from narrlint.engine.linter import Linter
from narrlint.input.source import SourceText

from .conftest import _registry

STORY = "<p>Interim Finance Minister Anna Vogel says the deficit is falling.</p>\n"
"""Right while Anna Vogel held the post (2020-01-10 to 2021-06-30 in the Ruritania fixture),
stale (NL401) on any later day, today among them."""
IN_OFFICE = "2020-06-01"


def _page(head: str, body: str = "") -> str:
    return f"<!DOCTYPE html>\n<html><head>\n{head}\n</head><body>\n{body}{STORY}</body></html>\n"


def _lint(ruritania, text: str, path: str = "page.html"):
    rules = [rule for _, rule in sorted(_registry().rules.items())]
    return Linter(rules, ruritania).lint(SourceText(text), path)


DATED = {
    "Open Graph": f'<meta property="article:published_time" content="{IN_OFFICE}T09:30+02:00">',
    "schema.org": f"<meta itemprop='datePublished' content='{IN_OFFICE}'>",
    "name date": f"<META NAME=Date CONTENT={IN_OFFICE}>",
    "Dublin Core": f'<meta name="DC.date.issued" content="{IN_OFFICE}" />',
    "published before a later date": (
        f'<meta name="date" content="2024-01-01">\n'
        f'<meta property="article:published_time" content="{IN_OFFICE}">'
    ),
}


@pytest.mark.parametrize("head", DATED.values(), ids=DATED.keys())
def test_a_page_is_dated_by_its_meta_tags(ruritania, head):
    result = _lint(ruritania, _page(head))
    assert result.error is None
    assert not [f for f in result.findings if f.code == "NL401"]


def test_the_meta_date_is_the_drafts_date_with_its_origin(ruritania):
    import spacy

    from narrlint.engine.draft import parse_draft

    head = f'\n\n<meta property="article:published_time" content="{IN_OFFICE}">'
    draft = parse_draft(SourceText(_page(head)), "page.html", spacy.blank("en"))
    assert (str(draft.date), draft.date_origin) == (IN_OFFICE, "page metadata")


UNDATED = {
    "a card in the body": ("", f'<div><meta itemprop="datePublished" content="{IN_OFFICE}"></div>'),
    "in a comment": (f'<!-- <meta name="date" content="{IN_OFFICE}"> -->', ""),
    "the last change": (f'<meta property="article:modified_time" content="{IN_OFFICE}">', ""),
    "no content": ('<meta name="date">', ""),
    "a blank content": ('<meta property="article:published_time" content=" ">', ""),
}


@pytest.mark.parametrize(("head", "body"), UNDATED.values(), ids=UNDATED.keys())
def test_other_dates_on_the_page_do_not_date_it(ruritania, head, body):
    result = _lint(ruritania, _page(head, body))
    assert [f.code for f in result.findings if f.code == "NL401"] == ["NL401"]  # dated today


def test_a_markdown_draft_is_not_dated_by_a_meta_tag(ruritania):
    text = f'<meta name="date" content="{IN_OFFICE}">\n\n{STORY}'
    result = _lint(ruritania, text, "draft.md")
    assert [f.code for f in result.findings if f.code == "NL401"] == ["NL401"]


def test_front_matter_comes_before_the_meta_tags(ruritania):
    text = "---\ndate: 2023-01-01\n---\n" + _page(f'<meta name="date" content="{IN_OFFICE}">')
    result = _lint(ruritania, text)
    assert [f.code for f in result.findings if f.code == "NL401"] == ["NL401"]


def test_a_meta_date_that_is_no_date_is_an_error_naming_its_line(ruritania):
    result = _lint(ruritania, _page('\n<meta name="date" content="last Tuesday">'))
    assert result.error is not None
    assert (result.error.path, result.error.line) == ("page.html", 4)
    assert "last Tuesday" in result.error.message
    assert not result.findings


def test_thousands_of_unclosed_meta_tags_are_read_to_the_end(ruritania):
    head = '<meta "x ' * 20_000 + f'<meta name="date" content="{IN_OFFICE}">'
    result = _lint(ruritania, _page(head))
    assert result.error is None
    assert not [f for f in result.findings if f.code == "NL401"]
