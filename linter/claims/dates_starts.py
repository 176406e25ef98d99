"""When deportations began, as a report tells it: "the first round of deportations began in
November 2023", "Pakistani authorities began expelling Afghan refugees last year", "the process
of deporting Afghans started in 2023".

The time is a month and year ("in November 2024", "in December of last year"), a year ("in
2024", "in late 2024"), a year relative to the text's date ("last year", "this year"), or a day
after "on", "from" or "as of" ("began expelling …, mostly Afghans, on Oct. 1"). Reports of the
first arrests differ by place and by a few days, so a day is held to its event's recorded starts
within :data:`START_TOLERANCE_DAYS` (the wrong starts news gives are weeks off); a month without
its year, "last month" or a weekday is left to the writer (a local operation is often what began
then), and so is a report of one place's operation ("deportations from Balochistan began …").

The event is the phase the sentence names ("the first round", "phase two"), else the order of
the group it names, else the campaign's first order: each is the ledger's national order with a
recorded enforcement start. The value is held to every date the event records (its
announcement, cut-off, equivalent dates, extensions and enforcement start) in the time's own
precision, and to those of every national order the sentence may mean: any that fits keeps it
silent ("a new wave of deportations began in April 2025").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import repeat
from typing import TYPE_CHECKING

from narrlint.claims.dates_clues import clues_of
from narrlint.claims.dates_generic import elsewhere
from narrlint.claims.dates_lexicon import Lexicon, Profile
from narrlint.claims.dates_starts_what import (
    CLAUSE_ENDS,
    REACH,
    campaign_started,
    plan_by_name,
    subject_of_verb,
)
from narrlint.claims.dates_words import (
    AUXILIARY_VERBS,
    FRESH_WORDS,
    PAST_PERIODS,
    ROUND_NOUNS,
    STARTED_FORMS,
    SUBORDINATORS,
    YEAR_LEAD_INS,
)
from narrlint.nlp.quantities import MONTHS, ORDINALS, DateValue, month_of
from narrlint.nlp.tokens import lemma_lowers, spans_of
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import NEGATIONS, RELATIVES, REPORTING_LEMMAS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Span

START_CUE = "began"
"""The cue word of a reported start of enforcement (``Cue.word``)."""
CLAUSE_REACH = 20
"""Words from the verb to a time after a long object, within its clause."""
CLAUSE_OPENERS = {"that", ",", ";", ":", "and", "but"}
"""Words after which a time opens a clause ("said that in 2023 Pakistan had launched …")."""
SUBJECT_REACH = 8
"""Words of a subject between a fronted time and its verb ("In 2023, Pakistan's caretaker
government launched …")."""
START_TOLERANCE_DAYS = 7
"""How far a start told with its day may lie from a day its event records for the start of
enforcement (its start, cut-off, equivalent dates and extensions): the ledger's local and
announced starts lie within two days of the national one (Khyber Pakhtunkhwa's phase 2 on 3
April 2025 for 1 April; "from November 2" announced for 1 November 2023), and the first arrests
are reported for different days by place; the wrong starts news gives are weeks off."""
ANNOUNCED_TOLERANCE_DAYS = 1
"""How far a start told with its day may lie from the day its event was announced ("launched
its plan on October 3"): reports dated the day after."""
DAY_PREPOSITIONS = {"on", "from"}
"""Words before a day that is the start ("began expelling … on Oct. 1", "from November 1");
also "as of"."""
EARLIER_DAYS = 90
"""How long before its event's first record a start told by a day without its year may be
(a start a month before the announcement is the campaign's start wrongly told)."""
TIME_REACH = 4
"""Words a time may run past the reach of its "in" ("… Afghans in | January of last year")."""
APPOSITION_REACH = 5
"""Words of an aside between commas a clause reads past ("…, mostly Afghans, on Oct. 1")."""


_DAY_OR_PERIOD = frozenset({*WEEKDAYS, *PAST_PERIODS})
"""Words of a time :func:`_may_tell_time` tests as a set: a weekday, "last"/"this"."""


@dataclass(frozen=True)
class Start:
    """A reported start: the time's span and value, whether it gives only a year, the event
    it means and the orders whose enforcement start it may also be."""

    span: Span
    date: DateValue
    year_only: bool
    event: Profile
    others: tuple[Profile, ...]


def campaign_starts(sentence: Span, lexicon: Lexicon, day: dt.date | None) -> Iterator[Start]:
    """The reported starts of enforcement in one sentence (see the module's docstring)."""
    if day is None or not _may_tell_time(sentence):
        return  # most sentences with "began" or "launched" tell no time: nothing to hold
    doc = sentence.doc
    lowers = doc_lowers(doc)
    for i in range(sentence.start, sentence.end):
        if lowers[i] not in STARTED_FORMS:
            continue
        if any(w in NEGATIONS for w in lowers[max(sentence.start, i - 3) : i]):
            continue  # "deportations have not begun"
        found = _time_after(doc, i + 1, min(sentence.end, i + REACH), day)
        if found is None and not _day_after(doc, i + 1, min(sentence.end, i + REACH)):
            found = _time_later_in_clause(doc, i + REACH, sentence, i, day) or _time_before(
                sentence, i, day
            )
        if found is None:
            continue  # read first: the tests of what began cost more, and most verbs have no time
        window = range(max(sentence.start, i - REACH), min(sentence.end, i + REACH))
        if not campaign_started(sentence, i, lexicon):
            continue  # "talks on deportation began last year", "Afghans began returning"
        if any(lowers[k] in FRESH_WORDS for k in window):
            continue  # "a new wave of deportations began": not the campaign's start
        span, date, year_only = found
        if lowers[span.start] in PAST_PERIODS and _other_year(sentence, span):
            continue  # "told parliament in March 2024: 'we began … last year'": whose year?
        plan = plan_by_name(subject_of_verb(sentence, i), lexicon)
        events = start_events(sentence, window, lexicon, plan)
        if events is None:
            continue
        event, others = events
        if event.first_known is not None and day < event.first_known:
            continue  # a text written before the campaign the ledger knows: another one
        if not after_record(span, date, event):
            continue  # "started on November 3" in a text of October 20: an earlier operation
        yield Start(span, date, year_only, event, others)


def _may_tell_time(sentence: Span) -> bool:
    """Whether a time :func:`_time_after` reads may stand in the sentence: a figure, a month,
    a weekday, or "last"/"this" ("last year"); a month or year after "in" may run
    :data:`TIME_REACH` words past its end. A cheap test of the words before the per-verb
    reading (which tests what began first, then looks for the time)."""
    lowers = doc_lowers(sentence.doc)
    if not _DAY_OR_PERIOD.isdisjoint(lowers[sentence.start : sentence.end]):
        return True
    reach = lowers[sentence.start : sentence.end + TIME_REACH + 1]
    return any(map(str.isdigit, reach)) or not MONTHS.keys().isdisjoint(
        map(str.rstrip, reach, repeat("."))  # month_of's test ("Oct."), in C
    )


def _day_after(doc, start: int, end: int) -> bool:
    """A day right after the verb ("began on November 20"): a report left alone (see
    :func:`_time_after`), so no time elsewhere in the sentence is read for it."""
    lowers = doc_lowers(doc)
    for k in range(start, end):
        word = lowers[k]
        if (word.isdigit() and len(word) <= 2) or word in WEEKDAYS:
            return True
        if word in MONTHS and month_of(doc[k]) and k + 1 < end and lowers[k + 1].isdigit():
            return len(lowers[k + 1]) <= 2
    return False


def _time_later_in_clause(
    doc, start: int, sentence: Span, verb: int, day: dt.date
) -> tuple[Span, DateValue, bool] | None:
    """The time after a long object, in the verb's own clause: "launched the second phase of
    its Illegal Foreigners Repatriation Plan (IFRP) in April 2024". The clause ends at a comma,
    a relative or a subordinator ("began deporting Afghans who had arrived in 2021")."""
    lowers = doc_lowers(doc)
    end = min(sentence.end, verb + CLAUSE_REACH)
    k = verb + 1
    while k < end:
        if lowers[k] == "," and (close := _aside_end(doc, k, end)) is not None:
            k = close + 1  # "began expelling … foreigners, mostly Afghans, on Oct. 1"
            continue
        if lowers[k] in CLAUSE_ENDS or lowers[k] in RELATIVES or lowers[k] in SUBORDINATORS:
            end = k
            break
        k += 1
    if start >= end:
        return None
    return _time_after(doc, start, end, day)


def _aside_end(doc, comma: int, end: int) -> int | None:
    """The comma closing a short aside opened at ``comma`` (", mostly Afghans,"): a few words
    with no clause in them (no relative, subordinator, verb of saying or conjunction)."""
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for k in range(comma + 1, min(end, comma + APPOSITION_REACH + 1)):
        if lowers[k] == ",":
            return k if k > comma + 1 else None
        if (
            not doc[k].is_alpha
            or lowers[k] in RELATIVES | SUBORDINATORS | {"and", "but", "or", "that"}
            or lemmas[k] in REPORTING_LEMMAS
        ):
            return None
    return None


def _time_before(sentence: Span, verb: int, day: dt.date) -> tuple[Span, DateValue, bool] | None:
    """A time before the verb of its own clause: opening it ("In 2022, Pakistan launched a
    crackdown …", "the UN said that in 2023 Pakistan had launched …") or just before the verb
    ("Pakistan in 2023 launched a crackdown"). Nothing but the subject may stand between an
    opening time and the verb: "In 2024, the UN said deportations began" gives the year of the
    saying."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    for first in range(max(sentence.start, verb - CLAUSE_REACH), verb):
        if lowers[first] not in ("in", *PAST_PERIODS):
            continue
        found = _time_after(doc, first, min(verb, first + 6), day)
        if found is None:
            continue
        end = found[0].end
        if all(lowers[k] in AUXILIARY_VERBS for k in range(end, verb)):
            return found  # "Pakistan in 2023 launched"
        opens = first == sentence.start or lowers[first - 1] in CLAUSE_OPENERS
        subject = end + (lowers[end] == ",")
        if opens and _only_subject(doc, subject, verb):
            return found
    return None


def _only_subject(doc, start: int, end: int) -> bool:
    """Only a subject between a fronted time and the verb: no clause word, comma or verb of
    saying."""
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for k in range(start, end):
        word = lowers[k]
        if word in CLAUSE_ENDS or word in RELATIVES or word in SUBORDINATORS or word == "that":
            return False
        if lemmas[k] in REPORTING_LEMMAS:
            return False  # "In 2024, the UN said …"
    return end - start <= SUBJECT_REACH


def _other_year(sentence: Span, span: Span) -> bool:
    """A year written elsewhere in the sentence: a time relative to the text's date ("last
    year") may then be relative to that one."""
    texts = doc_lowers(sentence.doc)
    return any(
        len(texts[k]) == 4 and texts[k].isdigit()
        for k in range(sentence.start, sentence.end)
        if not span.start <= k < span.end
    )


def _time_after(doc, start: int, end: int, day: dt.date) -> tuple[Span, DateValue, bool] | None:
    """The first time after the verb: "in November 2024", "in (late) 2024", "last year"; none
    when a day comes first ("began on November 20")."""
    lowers = doc_lowers(doc)
    for k in range(start, end):
        word = lowers[k]
        nxt = lowers[k + 1] if k + 1 < len(lowers) else ""
        if word in PAST_PERIODS and nxt == "year":
            year = day.year + PAST_PERIODS[word]
            return doc[k : k + 2], DateValue(1, None, year), True
        if word == "last" and nxt in MONTHS and month_of(doc[k + 1]):
            month = MONTHS[nxt]  # "initiated last November": the latest before this month
            year = day.year if month < day.month else day.year - 1
            return doc[k : k + 2], DateValue(month, None, year), False
        if word.isdigit() or word in WEEKDAYS or month_of(doc[k]) is not None:
            return day_at(doc, start, k, day)  # "began … on Oct. 1"; a weekday is left alone
        reach = min(len(doc), end + TIME_REACH)  # "in" within reach, its time just past it
        if word != "in" or k + 1 >= reach:
            continue
        j = k + 1
        while j < reach and lowers[j] in YEAR_LEAD_INS:
            j += 1  # "in late 2024", "in the spring of 2024"
        month = month_of(doc[j]) if j < len(doc) else None
        if month is not None:
            after = lowers[j + 1] if j + 1 < len(lowers) else ""
            if len(after) == 4 and after.isdigit():
                return doc[j : j + 2], DateValue(month, None, int(after)), False
            if after == "of":  # "in December of last year", "in November of 2023"
                year_of_month = year_named(lowers, j + 2, day)
                if year_of_month is not None:
                    year, width = year_of_month
                    return doc[j : j + 2 + width], DateValue(month, None, year), False
            return None  # "in November": its year is the writer's, not read
        year = lowers[j] if j < len(lowers) else ""
        if len(year) == 4 and year.isdigit() and 1990 <= int(year) <= day.year:
            return doc[j : j + 1], DateValue(1, None, int(year)), True
    return None


def year_named(lowers: list[str], k: int, day: dt.date) -> tuple[int, int] | None:
    """The year named at ``k`` ("2023", "last year", "this year") and its width in words."""
    word = lowers[k] if k < len(lowers) else ""
    if len(word) == 4 and word.isdigit():
        return int(word), 1
    if word in PAST_PERIODS and k + 1 < len(lowers) and lowers[k + 1] == "year":
        return day.year + PAST_PERIODS[word], 2
    return None


def after_record(span: Span, date: DateValue, event: Profile) -> bool:
    """A day written without its year, placed before the text's date, falls no more than
    :data:`EARLIER_DAYS` before its event was first recorded: earlier, it is the start of an
    operation the ledger does not know."""
    if (
        date.day is None
        or event.first_known is None
        or any(t.like_num and len(t) == 4 for t in span)
    ):
        return True
    told = dt.date(date.year, date.month, date.day)
    return (event.first_known - told).days <= EARLIER_DAYS


def day_at(
    doc, start: int, k: int, day: dt.date, lead_ins: frozenset[str] = frozenset()
) -> tuple[Span, DateValue, bool] | None:
    """A day that is the start, at ``k`` after "on", "from" or "as of" (or one of
    ``lead_ins``): "began expelling … on Oct. 1", "launched … on October 12, 2025". Its year,
    when not written, is that of the latest such day up to the text's date (the verb is past);
    a day after the text's date, or one after a clause's opening word between the verb and it,
    is not read."""
    lowers = doc_lowers(doc)
    before = lowers[k - 1] if k > 0 else ""
    if not (
        before in DAY_PREPOSITIONS
        or before in lead_ins
        or (before == "of" and k > 1 and lowers[k - 2] == "as")
    ):
        return None
    opener = k - 2 if before == "of" else k - 1  # the "as" of "as of" opens no clause
    if any(lowers[j] in RELATIVES or lowers[j] in SUBORDINATORS for j in range(start, opener)):
        return None  # "began deporting Afghans who arrived on …"
    span = next((s for s in spans_of(doc, "dates") if s.start == k), None)
    date = span._.date if span is not None else None
    if date is None or date.day is None or date.end_day is not None:
        return None  # a month, a period ("October 4-5"), a weekday
    year = date.year
    named = year_named(lowers, span.end, day) if year is None else None
    if named is not None and named[1] == 2:  # "on November 20 last year"
        year = named[0]
        span = doc[span.start : span.end + 2]
    if year is None:
        year = day.year if (date.month, date.day) <= (day.month, day.day) else day.year - 1
    try:
        told = dt.date(year, date.month, date.day)
    except ValueError:
        return None
    if told > day:
        return None  # a start ahead of the text: a plan, not a report
    return span, DateValue(date.month, date.day, year), False


def start_events(
    sentence: Span,
    window: range,
    lexicon: Lexicon,
    plan: bool = False,
    words: Span | None = None,
) -> tuple[Profile, tuple[Profile, ...]] | None:
    """The event a reported start means, and every order it may also be. What began is the
    plan by its name (``plan``): its start is the campaign's first order, whatever group or
    later phase the sentence goes on to name ("The IFRP, launched in 2023, …; the second
    phase gives ACC holders until …"), unless a round is named beside the verb. The clues are
    read from ``words`` when given (the start's own clause), else from the whole sentence."""
    doc = sentence.doc
    words = sentence if words is None else words
    clues = clues_of(words, lexicon)
    if clues.other_authority or clues.onward:
        return None  # "Iran began deporting Afghans in 2024"
    if any(p not in lexicon.countries.values() for p in clues.places) or elsewhere(words, lexicon):
        return None  # "deportations from Balochistan began …": one place's operation
    orders = [
        p
        for p in lexicon.profiles
        if p.national and p.deadline.enforcement_from is not None and not p.deadline.steps
    ]
    orders.sort(key=lambda p: p.deadline.enforcement_from)
    if not orders:
        return None
    phases = _rounds(doc, window) | (set() if plan else set(clues.phases))
    if phases:
        mine = [p for p in orders if p.phase in phases]
    elif clues.categories and not plan:
        mine = [p for p in orders if p.targets & clues.categories]
    else:
        mine = orders[:1]  # "began expelling Afghans": the campaign's first order
    if not mine or len({p.deadline.enforcement_from for p in mine}) != 1:
        return None
    return mine[0], tuple(orders if not phases else mine)


def _rounds(doc, window: range) -> set[int]:
    """ "the first round of deportations", "the second wave": an ordinal before a noun of a
    round names that phase."""
    lowers = doc_lowers(doc)
    found = set()
    for k in window:
        before = lowers[k - 1] if k > 0 else ""
        if lowers[k] in ROUND_NOUNS and before in ORDINALS and not before.isdigit():
            found.add(ORDINALS[before])
    return found


def start_accepted(profile: Profile, date: DateValue, year_only: bool) -> bool:
    """The event records a date in the time the report gives (its month, or its year); a start
    told with its day lies near a day of its start (:data:`START_TOLERANCE_DAYS`) or of its
    announcement (:data:`ANNOUNCED_TOLERANCE_DAYS`)."""
    deadline = profile.deadline
    if date.day is not None and date.year is not None:
        told = dt.date(date.year, date.month, date.day)
        starts = set(profile.accepted)
        if deadline.enforcement_from is not None:
            starts.add(deadline.enforcement_from)
        if any(abs((told - d).days) <= START_TOLERANCE_DAYS for d in starts):
            return True
        made = deadline.announced
        return made is not None and abs((told - made).days) <= ANNOUNCED_TOLERANCE_DAYS
    days = set(profile.accepted)
    days |= {d for d in (deadline.announced, deadline.enforcement_from) if d is not None}
    days |= profile.decided  # "launched in September 2023": the plan approved that month
    if year_only:
        return any(d.year == date.year for d in days)
    return any((d.year, d.month) == (date.year, date.month) for d in days)
