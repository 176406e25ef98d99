"""The day an order was made, given after the order's noun: "issued an ultimatum on Tuesday to
all undocumented immigrants", "had issued directions to the Sindh government on February 13,
2025, to begin forced repatriation …", "announced a deadline on Tuesday for …". The date dates
the act of making the order (its object's noun and, between them, the one it was given to),
never a cut-off nor an enforcement start; "on" right after the verb ("announced on October 4")
is read by the cue readers themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.dates_words import (
    ENFORCEMENT_LEMMAS,
    ISSUED_OBJECT_REACH,
    ISSUING_LEMMAS,
    ORDER_NOUN_LEMMAS,
    ORDERING_LEMMAS,
    RECIPIENT_REACH,
    REMAINING_LEMMAS,
    STARTING_LEMMAS,
    STAY_LEMMAS,
)
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import CLAUSE_BREAKS, DEPARTURE_LEMMAS, RELATIVES

if TYPE_CHECKING:
    from spacy.tokens import Span

ACT_LEMMAS = (
    ENFORCEMENT_LEMMAS | STARTING_LEMMAS | REMAINING_LEMMAS | STAY_LEMMAS | DEPARTURE_LEMMAS
) - {"action", "effect", "effective", "mandatory"}
"""Verbs after "to" that make it an infinitive of the order's act ("directions to begin …
on", "an ultimatum to leave on"), not the one the order was given to."""
_STOPS = CLAUSE_BREAKS | RELATIVES | {",", ";", ":", "(", ")", "—", "–", ".", "on", "by"}


def issued_on(clause: Span, span: Span) -> bool:
    """ "<made> <order noun> [to <recipient>] on <date>": the date is the day the order was
    made. Bails out unless "on" stands right before the date and a verb of making an order
    ends the walk back over the noun."""
    doc = clause.doc
    at = span.start - 1
    lowers = doc_lowers(doc)
    if at - 2 < clause.start or lowers[at] != "on":
        return False
    lemmas = lemma_lowers(doc)
    noun = at - 1
    if lemmas[noun] not in ORDER_NOUN_LEMMAS:
        noun = _before_recipient(lowers, lemmas, at, clause.start)
        if noun is None or lemmas[noun] not in ORDER_NOUN_LEMMAS:
            return _ordered_on(lowers, lemmas, at, clause.start)
    for k in range(noun - 1, max(clause.start, noun - 1 - ISSUED_OBJECT_REACH) - 1, -1):
        if lemmas[k] in ISSUING_LEMMAS:
            return True
        if lowers[k] in _STOPS or lowers[k] == "to":
            return False
    return False


def _ordered_on(lowers: list[str], lemmas: list[str], at: int, floor: int) -> bool:
    """ "directed the Sindh government on February 13, 2025, to begin …", "ordered all
    undocumented Afghans on Tuesday to leave": an inflected verb of ordering, its object (no
    act, no clause break) and "on <date>"."""
    for k in range(at - 2, max(floor, at - 1 - RECIPIENT_REACH) - 1, -1):
        lower, lemma = lowers[k], lemmas[k]
        if lemma in ORDERING_LEMMAS and lower != lemma:
            return True
        if lower in _STOPS or lower == "to" or lemma in ACT_LEMMAS or lower in ACT_LEMMAS:
            return False
    return False


def _before_recipient(lowers: list[str], lemmas: list[str], at: int, floor: int) -> int | None:
    """The word before "to <recipient>" that ends before ``at`` ("directions | to the Sindh
    government | on"), when what follows "to" is no act ("directions to begin … on")."""
    for k in range(at - 1, max(floor, at - RECIPIENT_REACH) - 1, -1):
        if lowers[k] in _STOPS:
            return None
        if lowers[k] == "to":
            after = k + 1
            if after >= at or lemmas[after] in ACT_LEMMAS or lowers[after] in ACT_LEMMAS:
                return None
            return k - 1 if k - 1 >= floor else None
    return None
