"""Time left before a cut-off, counted from the text's date: "ten days remaining in the
deadline", "24 hours left in the government's deadline", "the deadline … was left only for a
week", "Only three days remain before the deadline", "the deadline to leave is still ten days
away".

Countdown stories give the cut-off as a length from their own date, so the cut-off they mean is
the text's date plus that length, a day-precise value: a count of days, hours (a whole number
of days) or weeks, never months (28 to 31 days say no day), nor a bound ("less than two
weeks", "nearly a week"). Speakers count loosely and a quoted count may be a day or two older
than the page, so the reader accepts any recorded cut-off within ``LEFT_MARGIN_DAYS`` of it.
The sentence must name a deadline ("deadline", "ultimatum") or what people have the time left for
("Forty-six days remain for illegal foreigners … to depart"), and give no date of its own other
than the cut-off (a day it counts from: "on October 25, with a week left …").
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from narrlint.claims.dates_words import DEADLINE_NOUN_STARTS
from narrlint.nlp.quantities import number_value
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import NEGATIONS, NUMBER_HEDGES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

LEFT_CUE = "left"
"""The cue word of time left before a cut-off (``Cue.word``)."""
AWAY = "away"
"""Time ahead of the cut-off after its length: "the deadline is ten days away" (not a distance:
"three days away from the border")."""
AWAY_REACH = 12
"""Words from the deadline noun to a length "away" ("the deadline for … is still ten days")."""
LEFT_WORDS = frozenset({"left", "remaining", "remain", "remains", "remained", AWAY})
"""Words of time left after its length: "ten days remaining", "24 hours left"."""
LINKS = frozenset({"is", "are", "was", "were", "now", "only", "just"})
"""Words between a length and its word of time left ("three days are left")."""
LEFT_BEFORE = (("left", "for"), ("left", "only", "for"), ("left", "with"), ("left", "with", "only"))
"""Words before a length that say it is left: "the deadline … was left only for a week"."""
DAY_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
"""Units of a day-precise length (months are not)."""
LEFT_MARGIN_DAYS = 2
"""Days a count of time left may miss a recorded cut-off by and still mean it."""
HOURS = frozenset({"hour", "hours"})
NUMBER_REACH = 4
"""Tokens of a number before "hours" ("twenty - four hours")."""
CUT_OFF_WORDS = frozenset({"by", "until", "till"})
"""Words before a date that make it the cut-off a count of time left runs to."""
CUT_OFF_LEAD = 4
"""Words from such a word to its date ("by the end of this month")."""
FOR_TO_REACH = 14
"""Words from "for" to the "to" of what people must do ("remain for illegal foreigners and
Afghan Citizen Card (ACC) holders to depart")."""
LENGTH_HEDGES = (NUMBER_HEDGES - {"an", "to", "at"}) | {"less", "under", "fewer"}
"""Words that make a length a bound ("less than two weeks", "nearly a week"): no day."""


@dataclass(frozen=True)
class Left:
    """A length of time left: its span and the cut-off it puts at the text's date."""

    span: Span
    cut_off: dt.date


def time_left(
    sentence: Span, durations: list[Span], dates: list[Span], day: dt.date | None
) -> Iterator[Left]:
    """The lengths of time left before a deadline in one sentence (see the module). ``dates``
    are the doc's dates sorted by start: a sentence looks only at its own, by bisection."""
    if day is None:
        return
    doc = sentence.doc
    lowers = doc_lowers(doc)
    words = lowers[sentence.start : sentence.end]
    if LEFT_WORDS.isdisjoint(words):
        return  # most sentences: no countdown
    named = not DEADLINE_NOUN_STARTS.isdisjoint(words)
    if any(not _cut_off(doc, s) for s in _own_dates(sentence, dates)):
        return  # a date of its own: the count may start from it
    if not NEGATIONS.isdisjoint(words):
        return  # "no time is left", "not a day remains"
    for span, days in _lengths(sentence, durations):
        hedged = not LENGTH_HEDGES.isdisjoint(
            lowers[max(sentence.start, span.start - 2) : span.start]
        )
        if hedged or not _is_left(doc, sentence, span):
            continue
        if named or _left_for_an_act(doc, sentence, span):
            yield Left(span, day + dt.timedelta(days=days))


def _start(span: Span) -> int:
    return span.start


def _own_dates(sentence: Span, dates: list[Span]) -> Iterator[Span]:
    """The dates that start inside ``sentence``, found by bisection in the start-sorted
    ``dates``: asking for each sentence of a long draft stays linear in its dates."""
    for k in range(bisect_left(dates, sentence.start, key=_start), len(dates)):
        if dates[k].start >= sentence.end:
            return
        yield dates[k]


def _cut_off(doc: Doc, date: Span) -> bool:
    """A date the sentence gives as the cut-off itself ("… to leave by the end of this month",
    "until March 31"), not a day a count may start from ("on October 25, with a week left")."""
    lowers = doc_lowers(doc)
    for k in range(date.start - 1, max(-1, date.start - 1 - CUT_OFF_LEAD), -1):
        if lowers[k] in CUT_OFF_WORDS:
            return True
        if lowers[k] not in ("the", "end", "of"):
            return False
    return False


def _left_for_an_act(doc: Doc, sentence: Span, span: Span) -> bool:
    """Time left "for" people "to" do something, with no deadline noun: "Forty-six days remain
    for illegal foreigners and ACC holders to depart from Pakistan" (what they must do decides,
    as for any cut-off, which order it is)."""
    lowers = doc_lowers(doc)
    k = span.end
    while k < sentence.end and lowers[k] in LINKS:
        k += 1
    if k + 1 >= sentence.end or lowers[k] not in LEFT_WORDS or lowers[k + 1] != "for":
        return False
    for j in range(k + 2, min(sentence.end - 1, k + 2 + FOR_TO_REACH)):
        if lowers[j] in (",", ";", ":", "."):
            return False
        if lowers[j] == "to":
            return doc[j + 1].is_alpha and doc[j + 1].is_lower
    return False


def _lengths(sentence: Span, durations: list[Span]) -> Iterator[tuple[Span, int]]:
    """Day-precise lengths in the sentence: the reader's durations in days or weeks, and a
    number of hours that is whole days ("24 hours", "forty-eight hours")."""
    for span in durations:
        if sentence.start <= span.start and span.end <= sentence.end:
            unit = span[-1].lower_
            if unit in DAY_UNITS and span._.days:
                yield span, int(span._.days)
    doc = sentence.doc
    lowers = doc_lowers(doc)
    for i in range(sentence.start + 1, sentence.end):
        if lowers[i] not in HOURS:
            continue
        for first in range(max(sentence.start, i - NUMBER_REACH), i):
            value = number_value(list(doc[first:i]))
            if value and value % 24 == 0:
                yield doc[first : i + 1], int(value // 24)
                break


def _is_left(doc: Doc, sentence: Span, span: Span) -> bool:
    """The length is time left: a word of it follows ("ten days remaining", "three days are
    left", "ten days away") or comes before ("was left only for a week")."""
    lowers = doc_lowers(doc)
    k = span.end
    while k < sentence.end and lowers[k] in LINKS:
        k += 1
    if k < sentence.end and lowers[k] in LEFT_WORDS:
        return lowers[k] != AWAY or _deadline_away(doc, sentence, span, k)
    for words in LEFT_BEFORE:
        first = span.start - len(words)
        if first >= sentence.start and tuple(lowers[first : span.start]) == words:
            return True
    return False


def _deadline_away(doc: Doc, sentence: Span, span: Span, away: int) -> bool:
    """ "the deadline to leave is still ten days away": the deadline is what is that far, named
    just before the length with no mark between; not a distance ("three days away from the
    border", "villages two days away rushed to meet the deadline")."""
    lowers = doc_lowers(doc)
    if away + 1 < sentence.end and lowers[away + 1] == "from":
        return False
    for k in range(span.start - 1, max(sentence.start, span.start - AWAY_REACH) - 1, -1):
        if doc[k].is_punct:
            return False
        if lowers[k] in DEADLINE_NOUN_STARTS:
            return True
    return False
