"""The publication date an HTML draft gives in its head's ``<meta>`` tags.

A CMS export or a saved news page has no front matter: its date is in the head, as
``<meta property="article:published_time" content="2023-10-05T09:00:00+05:00">`` (Open Graph),
``<meta itemprop="datePublished" …>`` (schema.org) or ``<meta name="date" …>``. Read only
from front matter, such a page was dated today, so every title it gave was judged against
today's office holders and every figure against today's records, without a word (robustness
probe r16). A tag in the body (a related story's card) is not the page's date.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from narrlint.input.frontmatter import parse_date
from narrlint.text.html_prose import tag_end
from narrlint.text.positions import LineIndex

PUBLISHED_META = (
    "article:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.date",
    "dc.date",
    "date",
)
"""``name``, ``property`` or ``itemprop`` values (any case) that give the page's publication
date, most specific first: the first of them the head holds is the draft's date (a page's
``date`` may be its last change where ``article:published_time`` is also given)."""

_HEAD_PARTS = re.compile(
    r"<!--.*?(?:-->|\Z)"  # a comment: a tag inside it is no tag
    r"|<body\b"  # the head ends where the body starts
    r"|<meta\b",  # a meta tag's opening: html_prose.tag_end finds where it ends
    re.IGNORECASE | re.DOTALL,
)
_ATTRIBUTE = re.compile(
    r"([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+))"
)


def html_date(text: str, path: str, lines: LineIndex, skip: int = 0) -> tuple[dt.date, int] | None:
    """The date of the page ``text`` (after ``skip``, its front matter; ``lines``, its line
    index) and the line of its tag, or ``None`` when its head gives none. A named date that
    is no date is an :class:`~narrlint.errors.InputError` naming the file and line, as in
    front matter: never a silent fall back to today."""
    found: dict[str, tuple[str, int]] = {}  # label: content, offset of the tag
    dead: set[int] = set()
    for part in _HEAD_PARTS.finditer(text, skip):
        if part.group()[1] == "!":
            continue
        if part.group()[1] in "bB":
            break
        end = tag_end(text, part.end(), dead)
        if end is None:
            continue
        tag = text[part.start() : end]
        attributes = {
            match.group(1).lower(): html.unescape(_value(match))
            for match in _ATTRIBUTE.finditer(tag)
        }
        content = attributes.get("content", "").strip()
        if not content:  # a template's blank field gives no date
            continue
        for key in ("property", "name", "itemprop"):
            label = attributes.get(key, "").strip().lower()
            if label in PUBLISHED_META and label not in found:
                found[label] = (content, part.start())
    for label in PUBLISHED_META:
        if label in found:
            content, offset = found[label]
            line = lines.position(offset).line
            return parse_date(content, path, line), line
    return None


def _value(attribute: re.Match[str]) -> str:
    """An attribute's value, however it is quoted."""
    return next(group for group in attribute.groups()[1:] if group is not None)
