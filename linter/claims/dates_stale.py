"""A long-ended order's cut-off given as the one just set: "Pakistan has established a
November 1 deadline for deporting all foreigners illegally residing in the country" in March
2025 gives the first order's day (2023) as the deadline now in force. A date without its year
is accepted by any order that recorded it; told in the present perfect of setting an order
("has set", "have established"), it means the order in force, so an order whose record ended
more than :data:`STALE_DAYS` before the text's date is no reading of it while an order the
clause may mean is in force.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from narrlint.claims.dates_lexicon import Profile
from narrlint.claims.dates_words import HISTORY_LEMMAS
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span

STALE_DAYS = 365
"""How long after an order's last record its cut-off is no longer the one "just set"."""

SETTING_LEMMAS = frozenset(HISTORY_LEMMAS | {"establish", "impose"})
"""Verbs of setting an order, told in the present perfect ("has established a … deadline")."""

PRESENT_PERFECT = frozenset({"has", "have"})


def set_now(clause: Span, span: Span) -> bool:
    """The clause sets the order in the present perfect before the date ("Pakistan has
    established a November 1 deadline", "the government has set …"); not "had set" (its
    history) nor a passive ("has been extended")."""
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    for k in range(clause.start, span.start - 1):
        if lowers[k] in PRESENT_PERFECT and lemmas[k + 1] in SETTING_LEMMAS:
            return lowers[k + 1] != lemmas[k + 1] or lowers[k + 1] == "set"
    return False


def drop_stale(
    in_scope: list[tuple[Profile, tuple[int, ...]]],
    accepting: list[Profile],
    day: dt.date | None,
) -> list[tuple[Profile, tuple[int, ...]]]:
    """The candidates less those whose record ended :data:`STALE_DAYS` before ``day`` when
    they alone accept the value and another candidate is still in its record's time."""
    if day is None or not accepting:
        return in_scope
    stale = {
        p.id
        for p, _ in in_scope
        if p.last_known is not None and (day - p.last_known).days > STALE_DAYS
    }
    live = [c for c in in_scope if c[0].id not in stale]
    if not live or len(live) == len(in_scope) or any(p.id not in stale for p in accepting):
        return in_scope
    return live
