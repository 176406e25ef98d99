"""When a predicate about a group's status holds: "will be considered illegal", "were
undocumented when they arrived", "illegal from April 1" put it at another time (later,
earlier) or in a condition, and documents lapse at a group's own deadline, so such a
predicate is no conflation (:attr:`narrlint.claims.groups_model.GroupPredicate.later`).

Split from :mod:`narrlint.claims.groups_predicates`, which reads the predicates.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from narrlint.claims.dates_words import DAY_WORDS
from narrlint.claims.groups_predicates import CLOSING_MARKS, MAIN_VERB_WORDS, TIME_FILLERS
from narrlint.claims.groups_words import FUTURE, PLACE_OR_TIME, TIME_ADVERBS
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_at, spans_within
from narrlint.nlp.vocabulary import CLAUSE_BREAKS, LAST_PERIODS, POSSESSIVE_CLITICS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

TIME_REACH = 3
"""Words after "from" within which the time it opens begins ("from 1 April", "from the first
of April")."""


def later_status(doc: Doc, start: int, end: int) -> bool:
    """A predicate about a later status ("will be considered illegal", "... after the
    deadline"): documents lapse at a group's own deadline, so this is not a conflation.
    A time word inside the predicate counts; after it, only one that opens a phrase of the
    predicate's own ("undocumented when they arrived", "illegal from April 1"), not the main
    clause's verb that follows ("refugees without documents will be deported", "... have
    until November 1 to leave") nor anything past a closing mark ("refugees, who live here
    illegally, will be deported"). A word that opens a place as well as a time ("from")
    counts only before a time: "arrested from different areas of Quetta for residing without
    documents" says nothing of another time."""
    lowers = doc_lowers(doc)
    if any(_time_word(doc, lowers, k) for k in range(start, min(end, len(doc)))):
        return True
    stop = min(len(doc), end + 2, sentence_at(doc, start).end if start < len(doc) else end)
    for k in range(end, stop):
        lower = lowers[k]
        if lower in CLOSING_MARKS or lower in MAIN_VERB_WORDS:
            return False
        if _time_word(doc, lowers, k):
            return True
        if lower not in TIME_FILLERS:
            return False
    return False


def _time_word(doc: Doc, lowers: list[str], k: int) -> bool:
    lower = lowers[k]
    if lower not in FUTURE:
        return False
    if lower not in PLACE_OR_TIME:
        return True
    after = lowers[k + 1] if k + 1 < len(lowers) else ""
    if after in DAY_WORDS or after in TIME_ADVERBS or after in FUTURE:
        return True  # "from now on", "from today", "from before 2021"
    last = sentence_at(doc, k).end
    return any(s.start <= k + TIME_REACH for s in spans_within(doc, "dates", k + 1, last))


def last_period_end(doc: Doc, sentence: Span, today: dt.date) -> dt.date | None:
    """The last day of a period the sentence names back from the text's date where it sets
    the sentence ("Last year, ...", "last year's total when both countries set deadlines for
    ..."), as "In 2024, ..." sets it in that year; a period told of one thing only ("the
    deadline that expired last month") sets nothing else."""
    lowers = doc_lowers(doc)
    found = None
    for k in range(sentence.start, sentence.end - 1):
        if lowers[k] != "last" or lowers[k + 1] not in LAST_PERIODS:
            continue
        opening = k == sentence.start and k + 2 < sentence.end and lowers[k + 2] == ","
        owning = k + 2 < sentence.end and lowers[k + 2] in POSSESSIVE_CLITICS
        if not (opening or owning):
            continue
        if lowers[k + 1] == "year":
            end = dt.date(today.year - 1, 12, 31)
        else:
            end = today.replace(day=1) - dt.timedelta(days=1)
        found = end if found is None or end < found else found
    return found


BEGINNING_OPENERS = frozenset({"since"})
"""Words opening a clause of an earlier event ("since the Taliban came to power in August
2021"): a month inside it is when something began, not when a count is set ("after" is not
one: "This comes after the government in October 2023 asked ..." sets the time told of)."""
BEGINNING_REACH = 8
"""Words back from a month within which such an opener stands."""


def in_a_beginning(lowers: list[str], start: int, first: int) -> bool:
    """Does the month at ``start`` stand in a clause opened by "since" (within
    :data:`BEGINNING_REACH` words, no comma or clause break between, not before ``first``)?
    "More than 600,000 Afghans have fled since the Taliban came to power in August 2021,
    bringing the number to 3.7 million": the count is the draft's own time."""
    for k in range(start - 1, max(first, start - BEGINNING_REACH) - 1, -1):
        lower = lowers[k]
        if lower in BEGINNING_OPENERS:
            return True
        if lower == "," or lower in CLOSING_MARKS or lower in CLAUSE_BREAKS:
            return False
    return False
