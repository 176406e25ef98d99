"""A weekday given for a cut-off ("the deadline … ended on Friday", "expires on Monday"), as the
calendar day it means in a text of a known date.

Reports name the days of the week around their own date: a verb in a past form puts the day in
the week up to the text's date (the latest such weekday on or before it), a verb of the present
or future ("expires", "will end") in the week from it (the first on or after it). A weekday with
no tense to read, or one written with its own date ("Friday, March 28"), is left alone. A
weekday a copula joins to a deadline noun ("Friday is the deadline for …", "The last day to
leave was Tuesday") takes the copula's tense.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from narrlint.claims.dates_words import (
    COPULA_NOUN_REACH,
    COPULA_TENSES,
    DEADLINE_NOUNS,
    DETERMINERS,
    ENDING_LEMMAS,
    EXPIRY_LEMMAS,
    FUTURE_MARKERS,
    PAST_MARKERS,
    TENSE_REACH,
    WEEKDAY_PREPOSITIONS,
)
from narrlint.nlp.quantities import DateValue, day_of, month_of_text
from narrlint.nlp.tokens import lemma_lowers, new_span, sentence_bounds, where_lower
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import WEEKDAY_ORDER, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

ENDS = frozenset(EXPIRY_LEMMAS | ENDING_LEMMAS)
"""Verbs a weekday may follow bare, in wire style ("the deadline expired Monday")."""


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
        if not doc[i].is_title or _dated(doc, i):
            continue  # "on Friday, March 28": the date is read itself
        past = _copula_tense(doc, i)  # "Friday is the deadline", "the deadline is Friday"
        after_day_word = i > 0 and (lowers[i - 1] in WEEKDAY_PREPOSITIONS or lemmas[i - 1] in ENDS)
        if past is None and after_day_word:  # "ended on Friday", "expired Monday" (wire style)
            past = _tense(doc, i)
        if past is None:
            continue
        weekday = WEEKDAY_ORDER.index(lowers[i])
        shift = (today.weekday() - weekday) % 7
        try:
            day = today - dt.timedelta(days=shift) if past else today + dt.timedelta(-shift % 7)
        except OverflowError:
            continue  # a text dated at the calendar's edge: no such day
        span = new_span(doc, i, i + 1, label="DATE")
        span._.date = DateValue(day.month, day.day, day.year)
        found.append(span)
    return found


def _copula_tense(doc: Doc, i: int) -> bool | None:
    """The tense of a copula that joins the weekday at ``i`` to a deadline noun: after it
    ("Friday is the deadline", "Tuesday was the last day", "Monday will be the final day") or
    before it, the noun earlier in the sentence ("The deadline for … to leave is Friday");
    None when there is no such copula."""
    lowers = doc_lowers(doc)
    start, end = sentence_bounds(doc, i)
    copula = lowers[i + 1] if i + 1 < end else ""
    if copula in COPULA_TENSES:
        k = i + 2 + (copula == "will" and i + 2 < end and lowers[i + 2] == "be")
        while k < end and lowers[k] in DETERMINERS:
            k += 1
        if any(tuple(lowers[k : k + len(noun)]) == noun for noun in DEADLINE_NOUNS):
            return COPULA_TENSES[copula]
    copula = lowers[i - 1] if i - 1 >= start else ""
    if copula not in COPULA_TENSES or copula == "will":
        return None
    for k in range(i - 2, max(start, i - 1 - COPULA_NOUN_REACH) - 1, -1):
        if any(tuple(lowers[k : k + len(noun)]) == noun for noun in DEADLINE_NOUNS):
            return COPULA_TENSES[copula]
    return None


def _dated(doc: Doc, i: int) -> bool:
    """A month or a day number within the two words after the weekday (read on the per-doc
    texts: a Token is built only for a word that starts with a digit)."""
    written = doc_texts(doc)
    for k in range(i + 1, min(len(doc), i + 4)):
        text = written[k]
        if month_of_text(text) is not None or (text[:1].isdigit() and day_of(doc[k])):
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
