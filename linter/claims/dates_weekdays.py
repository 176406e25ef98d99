"""A weekday given for a cut-off ("the deadline … ended on Friday", "expires on Monday"), as the
calendar day it means in a text of a known date.

Reports name the days of the week around their own date: a verb in a past form puts the day in
the week up to the text's date (the latest such weekday on or before it), a verb of the present
or future ("expires", "will end") in the week from it (the first on or after it). A weekday with
no tense to read, or one written with its own date ("Friday, March 28"), is left alone.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from narrlint.claims.dates_words import (
    ENDING_LEMMAS,
    EXPIRY_LEMMAS,
    FUTURE_MARKERS,
    PAST_MARKERS,
    TENSE_REACH,
    WEEKDAY_PREPOSITIONS,
)
from narrlint.nlp.quantities import DateValue, day_of, month_of
from narrlint.nlp.tokens import lemma_lowers, sentence_bounds, where_lower
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import WEEKDAYS

ENDS = frozenset(EXPIRY_LEMMAS | ENDING_LEMMAS)
"""Verbs a weekday may follow bare, in wire style ("the deadline expired Monday")."""
_ORDER = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_spans(doc: Doc, today: dt.date | None) -> list[Span]:
    """The weekdays after a preposition of a day ("on Friday", "by Monday") whose tense says
    which week, each with ``_.date`` set to the calendar day it means."""
    if today is None:
        return []
    hits = where_lower(doc, WEEKDAYS)
    if not hits:
        return []  # most texts name no weekday
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    found = []
    for i in hits:
        if i == 0 or not doc[i].is_title:
            continue
        if lowers[i - 1] not in WEEKDAY_PREPOSITIONS and lemmas[i - 1] not in ENDS:
            continue  # "ended on Friday", "expired Monday" (wire style)
        if _dated(doc, i):
            continue  # "on Friday, March 28": the date is read itself
        past = _tense(doc, i)
        if past is None:
            continue
        weekday = _ORDER.index(lowers[i])
        shift = (today.weekday() - weekday) % 7
        try:
            day = today - dt.timedelta(days=shift) if past else today + dt.timedelta(-shift % 7)
        except OverflowError:
            continue  # a text dated at the calendar's edge: no such day
        span = Span(doc, i, i + 1, label="DATE")
        span._.date = DateValue(day.month, day.day, day.year)
        found.append(span)
    return found


def _dated(doc: Doc, i: int) -> bool:
    """A month or a day number within the two words after the weekday."""
    for k in range(i + 1, min(len(doc), i + 4)):
        if month_of(doc[k]) is not None or (day_of(doc[k]) and doc[k].text[:1].isdigit()):
            return True
    return False


def _tense(doc: Doc, i: int) -> bool | None:
    """True for a past form before the weekday ("ended on Friday"), False for a present or
    future one ("expires on Friday", "will end on"), None when there is neither or both."""
    start, _ = sentence_bounds(doc, i)
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    past = future = False
    for k in range(max(start, i - TENSE_REACH), i):
        word = lowers[k]
        if word in FUTURE_MARKERS:
            future = True
        elif word in PAST_MARKERS or (word.endswith("ed") and lemmas[k] != word):
            past = True
    return past if past != future else None
