"""The last day of a window whose length stands right before it: "granted an extension in the
stay of registered refugees … for a further period of six months till <date>", "extended the
cards for six months (from <date> to <date>)". The date ends the window the length measures, so
a verb or noun of extension that governs the length governs the date too, however far before the
length it stands (the usual reach is counted from the date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.dates_words import EXTENSION_LEMMAS, EXTENSION_PREPOSITIONS, WINDOW_NOUNS
from narrlint.claims.groups_words import QUOTES
from narrlint.nlp.tokens import lemma_lowers, spans_of
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import NEGATIONS

if TYPE_CHECKING:
    from spacy.tokens import Span

WINDOW_LINKS = frozenset({"(", ",", "from", "-", "–"})
"""Words between a window's length and the span it spans ("six months (from July 1 to …")."""
LINK_REACH = 8
"""Tokens a window's length may stand before the end of its span, its start date included."""
LENGTH_REACH = 14
"""Tokens before the length's phrase a verb or noun of extension governs it from (as from a
date)."""
LENGTH_LEAD_INS = frozenset(
    {"for", "a", "an", "the", "of", "period", "further", "another", "additional", "more"}
)
"""Words of the length's own phrase before its number ("for a further period of six months")."""


def window_end_extended(clause: Span, span: Span) -> bool:
    """Whether ``span`` (after "to", "till", "until") ends a window whose length, right before
    it (only a start date, "from", a bracket or a comma between), an extension governs."""
    length = _length_ending_at(clause, span)
    if length is None:
        return False
    doc = clause.doc
    lowers = doc_lowers(doc)
    opening = length.start
    while opening - 1 > clause.start and lowers[opening - 1] in LENGTH_LEAD_INS:
        opening -= 1
    first = max(clause.start, opening - LENGTH_REACH)
    if EXTENSION_LEMMAS.isdisjoint(lemma_lowers(doc)[first:opening]):
        return False
    return NEGATIONS.isdisjoint(lowers[clause.start : span.start])


def _length_ending_at(clause: Span, span: Span) -> Span | None:
    """The window length whose window ``span`` ends: ``span`` follows "to", "till" or "until"
    and the length stands right before that word (:func:`_length_before`); None otherwise."""
    at = span.start - 1
    if at <= clause.start or doc_lowers(clause.doc)[at] not in EXTENSION_PREPOSITIONS:
        return None
    return _length_before(clause, at)


def _length_before(clause: Span, at: int) -> Span | None:
    """The window length ending within ``LINK_REACH`` tokens before ``at`` with nothing but a
    start date and linking words between; None when there is none."""
    doc = clause.doc
    lowers = doc_lowers(doc)
    dates = [s for s in spans_of(doc, "dates") if clause.start <= s.start and s.end <= at]
    for length in reversed(spans_of(doc, "durations")):
        if length.end > at or length.start < clause.start:
            continue
        if at - length.end > LINK_REACH:
            return None
        covered = {i for s in dates if s.start >= length.end for i in range(s.start, s.end)}
        between = [i for i in range(length.end, at) if i not in covered]
        if all(lowers[i] in WINDOW_LINKS for i in between):
            return length
        return None
    return None


def window_end_of_notice(clause: Span, span: Span) -> bool:
    """Whether ``span`` (after "to", "till", "until") ends a window whose length, right before
    it, is the length of a notice or grace period ("a “grace period” of 25 days, from <date>
    to <date>"): the last day of the time given, a cut-off as "until <date>" is."""
    length = _length_ending_at(clause, span)
    if length is None:
        return False
    lowers = doc_lowers(clause.doc)
    k = length.start - 1
    if k <= clause.start or lowers[k] != "of":
        return False
    k -= 1
    while k > clause.start and lowers[k] in QUOTES:
        k -= 1
    if lowers[k] not in WINDOW_NOUNS:
        return False
    return NEGATIONS.isdisjoint(lowers[clause.start : span.start])
