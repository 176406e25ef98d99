"""When deportations began, as a report tells it: "the first round of deportations began in
November 2023", "Pakistani authorities began expelling Afghan refugees last year", "the process
of deporting Afghans started in 2023".

A day-precise report ("deportations began on November 20") is left alone: reports of the first
arrests differ by place and day. A month or a year is what such a sentence gets wrong (the year
of the campaign, "last year" in a story written two years on). The time is a month and year
("in November 2024"), a year ("in 2024", "in late 2024"), or a year relative to the text's date
("last year", "this year"); a month without its year, or "last month", is left to the writer (a
local operation is often what began then), and so is a report of one place's operation
("deportations from Balochistan began …").

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

from spacy.tokens import Span

from narrlint.claims.dates_clues import clues_of
from narrlint.claims.dates_generic import elsewhere
from narrlint.claims.dates_lexicon import Lexicon, Profile
from narrlint.claims.dates_words import (
    AUXILIARY_VERBS,
    CAMPAIGN_LEMMAS,
    DETERMINERS,
    FRESH_WORDS,
    PAST_PERIODS,
    POSSESSIVES,
    PROCESS_NOUNS,
    ROUND_NOUNS,
    STARTED_FORMS,
    SUBORDINATORS,
    YEAR_LEAD_INS,
)
from narrlint.nlp.quantities import MONTHS, ORDINALS, DateValue, month_of
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import NEGATIONS, RELATIVES, REPORTING_LEMMAS, WEEKDAYS

START_CUE = "began"
"""The cue word of a reported start of enforcement (``Cue.word``)."""
REACH = 8
"""Words from the verb of starting to its time ("began expelling Afghan refugees last year")."""
CLAUSE_REACH = 20
"""Words from the verb to a time after a long object, within its clause."""
CLAUSE_ENDS = {",", ";", ":", "—", "–"}
"""Marks that end the verb's clause before a later time."""
CLAUSE_OPENERS = {"that", ",", ";", ":", "and", "but"}
"""Words after which a time opens a clause ("said that in 2023 Pakistan had launched …")."""
SUBJECT_REACH = 8
"""Words of a subject between a fronted time and its verb ("In 2023, Pakistan's caretaker
government launched …")."""
MODIFIER_REACH = 3
"""Words before the head of what began ("launched separate campaigns", "a nationwide crackdown")."""
PLAN_NAME_REACH = 8
"""Words after "the second phase of" that may name the plan."""


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
    if day is None:
        return
    doc = sentence.doc
    lowers = doc_lowers(doc)
    for i in range(sentence.start, sentence.end):
        if lowers[i] not in STARTED_FORMS:
            continue
        if any(w in NEGATIONS for w in lowers[max(sentence.start, i - 3) : i]):
            continue  # "deportations have not begun"
        window = range(max(sentence.start, i - REACH), min(sentence.end, i + REACH))
        if not _campaign_started(sentence, i, lexicon):
            continue  # "talks on deportation began last year", "Afghans began returning"
        if any(lowers[k] in FRESH_WORDS for k in window):
            continue  # "a new wave of deportations began": not the campaign's start
        found = _time_after(doc, i + 1, min(sentence.end, i + REACH), day)
        if found is None and not _day_after(doc, i + 1, min(sentence.end, i + REACH)):
            found = _time_later_in_clause(doc, i + REACH, sentence, i, day) or _time_before(
                sentence, i, day
            )
        if found is None:
            continue
        span, date, year_only = found
        if lowers[span.start] in PAST_PERIODS and _other_year(sentence, span):
            continue  # "told parliament in March 2024: 'we began … last year'": whose year?
        events = _events(sentence, window, lexicon)
        if events is None:
            continue
        event, others = events
        if event.first_known is not None and day < event.first_known:
            continue  # a text written before the campaign the ledger knows: another one
        yield Start(span, date, year_only, event, others)


def _campaign_started(sentence: Span, verb: int, lexicon: Lexicon) -> bool:
    """What began is the campaign: the verb's object ("began expelling", "launched a
    crackdown", "began a campaign of mass deportations"), or its subject's head ("deportations
    began", "the first round of deportations began", "the process of deporting Afghans
    started", "Pakistan's deportation drive began", "the crackdown, which began …", "the
    campaign, launched in …"), not another thing ("talks on deportation began")."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    subject = _subject(sentence, verb)
    start, end = subject.start, subject.end
    if _foreign_agent(doc, start, end, lexicon):
        return False  # "Iran began deporting Afghans"
    if _names_campaign(doc, verb + 1, min(sentence.end, verb + 6)):
        return True
    if _round_of_plan(sentence, verb + 1, lexicon):
        return True
    while start < end and lowers[start] in SUBORDINATORS:
        start += 1  # "Since the deportation drive began …"
    return _names_campaign(doc, start, end)


def _subject(sentence: Span, verb: int) -> Span:
    """The words before the verb of starting in its clause, or the antecedent of its relative
    or participle ("the crackdown, which began …", "the campaign, launched in …")."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    start = verb
    while start > sentence.start and not doc[start - 1].is_punct:
        start -= 1
    end = verb
    while end > start and lowers[end - 1] in AUXILIARY_VERBS | {"were", "been", "had"}:
        end -= 1
    if start + 1 == end and lowers[start] in RELATIVES:
        end = start  # "which began", "that began": the antecedent before it
        while start > sentence.start and not doc[start - 1].is_punct:
            start -= 1
    if start == end and start - 1 > sentence.start and lowers[start - 1] == ",":
        end = start - 1  # "the crackdown, which began …", "the campaign, launched in …"
        start = end
        while start > sentence.start and not doc[start - 1].is_punct:
            start -= 1
    return doc[start:end]


def _plan_ids(words: Span, lexicon: Lexicon) -> frozenset[str]:
    """The national orders the words name by the ledger's name for their plan ("the Illegal
    Foreigners Repatriation Plan", "the repatriation plan"), not by a word of it ("the plan's
    second day")."""
    if len(words) < 2:
        return frozenset()
    named = clues_of(words, lexicon).subjects
    return frozenset(p.id for p in lexicon.profiles if p.national and p.deadline.id in named)


def _names_campaign(doc, start: int, end: int) -> bool:
    """The noun phrase at ``start`` is the campaign: its head after determiners, ordinals and
    a possessor is a word of it ("deportations", "the deportation drive", "Pakistan's
    crackdown"), or a round or process "of" it ("the first round of deportations", "a
    campaign of mass deportations")."""
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    k = start
    while k < end and (
        lowers[k] in DETERMINERS
        or lowers[k] in ORDINALS
        or lowers[k] in POSSESSIVES
        or (doc[k].is_title and k + 1 < end and lowers[k + 1] in POSSESSIVES)
    ):
        k += 1  # "the first", "Pakistan's"
    for j in range(k, min(end, k + MODIFIER_REACH)):  # "separate campaigns", "a nationwide …"
        if lemmas[j] in CAMPAIGN_LEMMAS or lemmas[j] in PROCESS_NOUNS:
            k = j
            break
        if not (doc[j].is_alpha and doc[j].is_lower) or doc[j].is_stop:
            break
    if k >= end:
        return False
    if lemmas[k] in CAMPAIGN_LEMMAS:
        return True
    if lemmas[k] not in PROCESS_NOUNS or k + 1 >= end or lowers[k + 1] not in ("of", "to"):
        return False  # "a campaign of mass deportations", "campaigns to expel foreigners"
    return any(lemmas[j] in CAMPAIGN_LEMMAS for j in range(k + 2, min(end, k + 5)))


def _round_of_plan(sentence: Span, start: int, lexicon: Lexicon) -> bool:
    """The object is a round of a plan the ledger names: "launched the second phase of its
    Illegal Foreigners Repatriation Plan", "began phase two of the IFRP" (the plan's own name,
    not "the second phase of the polio campaign")."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    k = start
    while k < sentence.end and (lowers[k] in DETERMINERS or lowers[k] in ORDINALS):
        k += 1
    if k >= sentence.end or lowers[k] not in ROUND_NOUNS:
        return False
    if k == start or lowers[k - 1] not in ORDINALS:  # "the second phase"
        k += 1  # "phase two"
        if k >= sentence.end or lowers[k] not in ORDINALS:
            return False
    if k + 1 >= sentence.end or lowers[k + 1] != "of":
        return False
    return bool(_plan_ids(doc[k + 2 : min(sentence.end, k + 2 + PLAN_NAME_REACH)], lexicon))


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
    for k in range(verb + 1, end):
        if lowers[k] in CLAUSE_ENDS or lowers[k] in RELATIVES or lowers[k] in SUBORDINATORS:
            end = k
            break
    if start >= end:
        return None
    return _time_after(doc, start, end, day)


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


def _foreign_agent(doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """Before the verb, a name the ledger does not know ("Iran", "Turkish police"): another
    country's campaign. A subject that joins the ledger's country to another ("Iran and
    Pakistan launched separate campaigns …") names the ledger's campaign too."""
    lowers = doc_lowers(doc)
    words = lowers[start:end]
    if "and" in words and any(
        lexicon.countries.get(w) == doc[k].text
        for k, w in zip(range(start, end), words, strict=True)
    ):
        return False
    for k in range(start, end):
        token = doc[k]
        lower = token.lower_
        if not (token.is_title and token.is_alpha and len(lower) >= 3) or token.is_stop:
            continue
        if lower in lexicon.known or month_of(token) is not None:
            continue
        lemma = token.lemma_.lower()
        if lexicon.common is not None and (lower in lexicon.common or lemma in lexicon.common):
            continue  # "Authorities began …"
        if token.lemma_.lower() in CAMPAIGN_LEMMAS or lower in PROCESS_NOUNS:
            continue  # "Deportations began …" opening the sentence
        return True
    return False


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
        if word.isdigit() or word in WEEKDAYS or (word in MONTHS and month_of(doc[k])):
            return None  # "began on November 20", "on Monday": a day, left alone
        if word != "in" or k + 1 >= end:
            continue
        j = k + 1
        while j < end and lowers[j] in YEAR_LEAD_INS:
            j += 1  # "in late 2024", "in the spring of 2024"
        month = month_of(doc[j]) if j < len(doc) else None
        if month is not None:
            after = lowers[j + 1] if j + 1 < len(lowers) else ""
            if len(after) == 4 and after.isdigit():
                return doc[j : j + 2], DateValue(month, None, int(after)), False
            return None  # "in November": its year is the writer's, not read
        year = lowers[j] if j < len(lowers) else ""
        if len(year) == 4 and year.isdigit() and 1990 <= int(year) <= day.year:
            return doc[j : j + 1], DateValue(1, None, int(year)), True
    return None


def _events(
    sentence: Span, window: range, lexicon: Lexicon
) -> tuple[Profile, tuple[Profile, ...]] | None:
    """The event a reported start means, and every order it may also be."""
    doc = sentence.doc
    clues = clues_of(sentence, lexicon)
    if clues.other_authority or clues.onward:
        return None  # "Iran began deporting Afghans in 2024"
    if any(p not in lexicon.countries.values() for p in clues.places) or elsewhere(
        sentence, lexicon
    ):
        return None  # "deportations from Balochistan began …": one place's operation
    orders = [
        p
        for p in lexicon.profiles
        if p.national and p.deadline.enforcement_from is not None and not p.deadline.steps
    ]
    orders.sort(key=lambda p: p.deadline.enforcement_from)
    if not orders:
        return None
    phases = set(clues.phases) | _rounds(doc, window)
    if phases:
        mine = [p for p in orders if p.phase in phases]
    elif clues.categories:
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
    """The event records a date in the time the report gives (its month, or its year)."""
    deadline = profile.deadline
    days = set(profile.accepted)
    days |= {d for d in (deadline.announced, deadline.enforcement_from) if d is not None}
    if year_only:
        return any(d.year == date.year for d in days)
    return any((d.year, d.month) == (date.year, date.month) for d in days)
