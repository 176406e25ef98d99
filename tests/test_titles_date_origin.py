"""A stale title's details say where the draft's date came from, in words a writer reads:
an HTML page dated by its head's ``<meta>`` tags says so, as a Markdown draft dated by its
front matter does (not the engine's key, "page metadata")."""

from __future__ import annotations

from narrlint.engine.linter import Linter
from narrlint.input.source import SourceText

from .conftest import _registry

STORY = "<p>Interim Finance Minister Anna Vogel says the deficit is falling.</p>\n"
"""Stale (NL401) after Anna Vogel left the post (2021-06-30 in the Ruritania fixture)."""


def _details(ruritania, text: str, path: str) -> str:
    rules = [rule for _, rule in sorted(_registry().rules.items())]
    result = Linter(rules, ruritania).lint(SourceText(text), path)
    (finding,) = [f for f in result.findings if f.code == "NL401"]
    return finding.details


def test_a_page_dated_by_its_meta_tags_says_so(ruritania):
    page = (
        '<html><head><meta property="article:published_time" content="2024-05-02">'
        f"</head><body>{STORY}</body></html>\n"
    )
    details = _details(ruritania, page, "page.html")
    assert "dated 2 May 2024 (from the page's <meta> date)" in details
    assert "page metadata" not in details


def test_a_markdown_draft_dated_by_front_matter_says_so(ruritania):
    details = _details(ruritania, f"---\ndate: 2024-05-02\n---\n{STORY}", "draft.md")
    assert "dated 2 May 2024 (from its front matter)" in details
