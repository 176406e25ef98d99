"""The glued-name pre-check of :func:`narrlint.claims.titles_spellings._glued`: a draft's
words are tested once each (the known plain ones skipped by a set difference), and it finds
exactly what a walk of every word finds."""

from __future__ import annotations

from narrlint.claims import titles_spellings
from narrlint.claims.titles_spellings import _GLUED, _glued


def _walk(written: list[str], inside: bytearray) -> list[int]:
    """The reading before the pre-check: every word tested."""
    return [
        k
        for k, w in enumerate(written)
        if not inside[k] and w[:1].isupper() and not w.istitle() and _GLUED.fullmatch(w)
    ]


WORDS = [
    "The",
    "minister",
    "met",
    "SarfrazBugti",
    "and",
    "PoR",
    "holders",
    "in",
    "Quetta",
    ",",
    "said",
    "SarfrazBugti",
]


def test_glued_words_found_as_by_a_walk() -> None:
    inside = bytearray(len(WORDS))
    assert list(_glued(WORDS, inside)) == _walk(WORDS, inside) == [3, 11]
    # asked again, with the plain words now known, the answer is the same
    assert list(_glued(WORDS, inside)) == [3, 11]


def test_inside_an_entity_not_read() -> None:
    inside = bytearray(len(WORDS))
    inside[3] = 1
    assert list(_glued(WORDS, inside)) == _walk(WORDS, inside) == [11]


def test_glued_word_never_kept_as_plain() -> None:
    list(_glued(WORDS, bytearray(len(WORDS))))
    assert "SarfrazBugti" not in titles_spellings._PLAIN
    assert {"minister", "Quetta", "PoR"} <= titles_spellings._PLAIN


def test_plain_draft_yields_nothing() -> None:
    words = [
        "The",
        "Interior",
        "Minister",
        "said",
        "on",
        "Monday",
        "that",
        "PoR",
        "card",
        "holders",
        "may",
        "stay",
    ]
    assert list(_glued(words, bytearray(len(words)))) == _walk(words, bytearray(len(words))) == []
