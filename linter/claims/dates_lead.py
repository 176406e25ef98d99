"""What stands between a date and its cue, read before the cue itself: a day word the date
restates in apposition ("the cards expire today, June 30") and a participle of a deadline's first
setting that opens its clause ("Initially slated for April 30, the deadline …"), a start the
date is set for ("set November 1 for the start of the expulsions"), and how far back a cue's
words reach past a parenthesis ("Proof of Registration (PoR) cards")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.dates_nouns import deadline_noun_starting_at
from narrlint.claims.dates_words import (
    APPOSITION_MARKS,
    CAMPAIGN_LEMMAS,
    DATELINE_MARKS,
    DEADLINE_NOUN_STARTS,
    DETERMINERS,
    ENDING_NOUNS,
    EXPIRY_LEMMAS,
    NOUN_OF_REACH,
    RESTATED_DAYS,
    SETTING_ADVERBS,
    SLATED_FORMS,
    START_NOUNS,
    START_OF_REACH,
    VALID_LEMMAS,
    WINDOW_NOUNS,
)
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span


def slated_for(clause: Span, span: Span, lowers: list[str]) -> Span | None:
    """The deadline noun a date was first set for, in a participle that opens the clause
    before it ("Initially slated for April 30, the deadline has now been moved …", "Originally
    set for March 31, the deadline for ACC holders …"); ``lowers``: the words before the date,
    nearest first."""
    if lowers[:1] != ["for"] or len(lowers) < 2 or lowers[1] not in SLATED_FORMS:
        return None
    opening = lowers[2:]
    if any(word not in SETTING_ADVERBS for word in opening):
        return None  # only an adverb may stand before the participle
    doc = clause.doc
    k = span.end
    if k < clause.end and doc_lowers(doc)[k] == ",":
        k += 1
    while k < clause.end and doc_lowers(doc)[k] in DETERMINERS:
        k += 1
    return deadline_noun_starting_at(doc, k, clause) if k < clause.end else None


def start_set_for(clause: Span, span: Span) -> bool:
    """The date is set for the start of the campaign: "Pakistan has set November 15 for the
    start of the expulsions", "fixed November 1 as the start date for deportations": the day an
    order starts to be enforced. Only a start "of" or "for" a word of the campaign, before any
    other preposition (not "set March 1 for the start of registration", "the start of talks on
    the expulsions")."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    k = span.end
    if k >= clause.end or lowers[k] not in ("for", "as"):
        return False
    k += 1
    while k < clause.end and lowers[k] in DETERMINERS:
        k += 1
    if k >= clause.end or lowers[k] not in START_NOUNS:
        return False
    k += 1 + (k + 1 < clause.end and lowers[k + 1] == "date")  # "the start date for"
    if k >= clause.end or lowers[k] not in ("of", "for"):
        return False
    for j in range(k + 1, min(clause.end, k + 1 + START_OF_REACH)):
        if lemmas[j] in CAMPAIGN_LEMMAS:
            return True
        if doc[j].is_punct or (doc[j].is_stop and lowers[j] not in DETERMINERS):
            return False  # "the start of talks on the expulsions": talks start
    return False


def restated_day(clause: Span, span: Span) -> int | None:
    """The day word a date restates in apposition ("cards expire today, June 30", "the deadline
    ends today (October 31)", "from Wednesday, November 1"), or None: the date's cue is the
    one before that word."""
    at = span.start - 2
    if at < clause.start:
        return None
    lowers = doc_lowers(span.doc)
    if lowers[at + 1] in APPOSITION_MARKS and lowers[at] in RESTATED_DAYS:
        return at
    return None


def reach_back(clause: Span, end: int, size: int) -> int:
    """The first of the ``size`` tokens before ``end``, a parenthesis counted as one token:
    "the validity of PoR (Proof of Registration) cards of 1.45 million Afghan refugees until"
    is as near its verb as "the validity of PoR cards of … until"."""
    lowers = doc_lowers(clause.doc)
    k, counted, depth = end, 0, 0
    while k > clause.start and counted < size:
        k -= 1
        word = lowers[k]
        if word == ")":
            depth += 1
        elif word == "(" and depth:
            depth -= 1
        if not depth:
            counted += 1
    return k


def ending_noun(clause: Span, span: Span, lowers: list[str]) -> str | None:
    """What a noun of ending dated "on <date>" ends: "the expiry of PoR cards on May 1", "the
    expiration of their visas on …" (``expiry``); "the end of the grace period on …"
    (``window``); None for another noun ("the end of talks on …") and for a deadline noun, read
    by its own cue. ``lowers``: the words before the date, nearest first."""
    if lowers[:1] != ["on"]:
        return None
    doc = clause.doc
    words, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for at in range(span.start - 3, reach_back(clause, span.start, NOUN_OF_REACH) - 1, -1):
        if words[at + 1] != "of":
            continue
        named = set(words[at + 2 : span.start - 1])
        if not named.isdisjoint(DEADLINE_NOUN_STARTS):
            return None  # "the expiration of the deadline on …": the deadline noun's own cue
        if lemmas[at] in EXPIRY_LEMMAS:
            return "expiry"
        if lemmas[at] in ENDING_NOUNS and named & WINDOW_NOUNS:
            return "window"
        if lemmas[at] in ENDING_NOUNS and named & VALID_LEMMAS:
            return "expiry"  # "the end of the validity of PoR cards on …"
    return None


def dateline_length(lowers: list[str], places: frozenset[str] | set[str]) -> int:
    """How many words open a clause as its dateline: places (and commas) before a colon, dash or
    parenthesis ("ISLAMABAD: …", "KABUL, AFGHANISTAN – …", "QUETTA (APP) - …"); 0 if none."""
    mark = next((k for k in range(1, min(len(lowers), 5)) if lowers[k] in DATELINE_MARKS), 0)
    if any(lowers[k] != "," and lowers[k] not in places for k in range(mark)):
        return 0  # "Afghans in Islamabad - …": not a dateline
    return mark
