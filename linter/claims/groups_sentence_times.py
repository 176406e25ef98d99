"""The time a sentence sets what it tells in: a month with its year ("in October 2023, ..."),
a year ("In 2023, ..."), a phase as of its deadline ("in the first phase, ..."), a period back
from the text's date ("last year's total"). NL301 judges a group's name as of that time (a
status that lapsed later was still the group's then); the figure readers date a count by it.

Split from :mod:`narrlint.claims.groups_figures`, which reads the figures.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from narrlint.claims.groups_clauses import phases_in
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_times import in_a_beginning, last_period_end
from narrlint.claims.groups_words import TIME_SETTING
from narrlint.nlp.quantities import month_end
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_at, spans_within

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def sentence_time(
    doc: Doc, lex: Lexicon, index: int, today: dt.date | None = None
) -> dt.date | None:
    """The earliest time the sentence of ``doc[index]`` sets what it tells in: a month it
    names ("in October 2023, ..."), or a phase it names, as of that phase's deadline ("in the
    first phase, the government had deported ..."), or, given the text's date (``today``), a
    period it names back from it ("last year's total when ...")."""
    sentence = sentence_at(doc, index)
    # asked once per group claim, and each answer reads the whole sentence: a sentence of
    # thousands of group phrases was quadratic (robustness r23); the answer is kept per doc
    memo = doc.user_data.get(_MEMO)
    if memo is None or memo[0] != len(doc):
        memo = doc.user_data[_MEMO] = (len(doc), {})
    key = (sentence.start, sentence.end, id(lex), today)
    if key not in memo[1]:
        memo[1][key] = _sentence_time(doc, lex, sentence, today)
    return memo[1][key]


_MEMO = "narrlint.claims.groups_sentence_times:sentence_time"


def _sentence_time(doc: Doc, lex: Lexicon, sentence: Span, today: dt.date | None) -> dt.date | None:
    times = [day for day in (month_as_of(doc, sentence), _year_set(doc, sentence)) if day]
    if today is not None:
        times += [day for day in (last_period_end(doc, sentence, today),) if day]
    times += [
        lex.phase_days[number]
        for _, number in phases_in(doc, sentence.start, sentence.end)
        if number in lex.phase_days
    ]
    return min(times, default=None)


def _year_set(doc: Doc, sentence: Span) -> dt.date | None:
    """The last day of a year the sentence is set in ("In 2023, Pakistan announced ...")."""
    lowers = doc_lowers(doc)
    years = [
        int(lowers[k + 1])
        for k in range(sentence.start, sentence.end - 1)
        if lowers[k] in TIME_SETTING
        and len(lowers[k + 1]) == 4
        and lowers[k + 1].isdigit()
        and YEARS[0] <= int(lowers[k + 1]) <= YEARS[1]
    ]
    return dt.date(min(years), 12, 31) if years else None


YEARS = (1970, 2100)
"""The years a four-digit number after "in" may name."""


def month_as_of(doc: Doc, sentence: Span) -> dt.date | None:
    """The latest month with a year its sentence sets things in ("in August 2021", "as of
    June 2023", "at the end of March 2024"), as that month's last day; a date after another
    preposition ("by November 1, 2023", "since June 2021") says when something is due or
    began, not the time of a count, as is a month in a clause of an earlier event ("since the
    Taliban came to power in August 2021")."""
    found = None
    for span in spans_within(doc, "dates", sentence.start, sentence.end):
        value = span._.date
        if value is None or value.year is None or span.start == 0:
            continue
        if doc[span.start - 1].lower_ not in TIME_SETTING:
            continue
        if in_a_beginning(doc_lowers(doc), span.start - 1, sentence.start):
            continue  # "since the Taliban came to power in August 2021"
        last = month_end(dt.date(value.year, value.month, 1))
        found = last if found is None or last > found else found
    return found
