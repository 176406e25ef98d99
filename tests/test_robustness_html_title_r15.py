"""A page's ``<title>`` is the name of its tab, not its text, with or without a ``<head>``.

A page saved from a CMS, or written by hand, often leaves out ``<html>`` and ``<head>`` and
starts with its ``<title>``: a browser still puts the title in the head and never draws it in
the page, but narrlint hid a title only inside a ``<head>``, so a stale title in the tab's
name was reported as if the page said it (robustness probe r15). ``title`` is now a hidden
element, as ``head`` and ``script`` are, in an HTML draft and in a Markdown draft's HTML.
"""

from __future__ import annotations

import pytest

from narrlint.text.html_prose import html_page_prose
from narrlint.text.prose import markdown_prose

from .conftest import lint_text

HEAD = "---\ndate: 2023-01-01\n---\n"
STALE = "Interim Finance Minister Anna Vogel says the deficit is falling."
"""Stale on 1 January 2023 in the Ruritania fixture (NL401)."""


@pytest.mark.parametrize(
    ("path", "page"),
    [
        ("d.html", "<title>{}</title>\n<h1>Budget day</h1>\n<p>The vote is on Monday.</p>\n"),
        ("d.html", "<!DOCTYPE html>\n<title>{}</title>\n<p>The vote is on Monday.</p>\n"),
        ("d.md", "<title>{}</title>\n\nThe vote is on Monday.\n"),
    ],
    ids=["no head", "doctype, no head", "markdown"],
)
def test_a_stale_title_in_the_tab_name_is_not_the_pages_text(ruritania, path, page):
    assert not lint_text(ruritania, HEAD + page.format(STALE), path=path)


@pytest.mark.parametrize("path", ["d.html", "d.md"])
def test_the_same_words_in_the_page_are_still_read(ruritania, path):
    page = "<title>Budget day</title>\n\n<p>" + STALE + "</p>\n"
    assert [f.code for f in lint_text(ruritania, HEAD + page, path=path)] == ["NL401"]


def test_only_the_title_is_hidden():
    assert html_page_prose("<title>Tab</title><p>Body.</p>\n").text == "Body."
    assert markdown_prose("Body <title>tab</title> more.\n").text == "Body more."
