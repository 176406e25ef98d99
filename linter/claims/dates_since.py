"""A tally of deportations "since" a day: "Pakistan has deported 944 families since April 1",
"expelling 6,700 people since March 15", "Since April 1, 47,756 undocumented Afghans have been
deported". The day the deportations have run from is a reported start of enforcement, held to
its event's record as :mod:`narrlint.claims.dates_starts` holds "deportations began on …"
(within its tolerance of days, any national order that records it keeps it silent).

Only the campaign's own verbs in a form that reports them ("deported", "expelling"), not
returns, repatriations, arrests or detentions (people left, were sent home or were held from
many days that start nothing); not one place's operation ("from Khyber", "the Punjab
government"), another country's, a negated verb or a later round.

A campaign in force "since" a time is its start too (:func:`campaign_since`): the plan by its
name ("the Illegal Foreigners Repatriation Programme active since …", "its ongoing … (IFRP)
that has been implemented since …") or a campaign noun right before "since" ("has been carrying
out a deportation campaign since …"), with a day, a month with its year ("since January 2024",
"since October last year") or a year ("since 2023"): held to its event's record in that
precision, as "the campaign began in …" is. Not a tally of deportations or returns since a month
(people counted from any day), a campaign compared with earlier ones ("the largest crackdown
since 2016"), a time wholly before the event's first record (operations ran before the order
was made), a month without its year, another country's campaign or a later round.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from narrlint.claims.dates_clues import clues_of
from narrlint.claims.dates_lexicon import Lexicon, Profile
from narrlint.claims.dates_starts import (
    Start,
    after_record,
    day_at,
    start_events,
    year_named,
)
from narrlint.claims.dates_starts_what import CLAUSE_ENDS, foreign_agent, plan_by_name
from narrlint.claims.dates_words import (
    CAMPAIGN_LEMMAS,
    DETERMINERS,
    DRIVE_MODIFIERS,
    DRIVE_NOUNS,
    FRESH_WORDS,
    ROUND_WORDS,
)
from narrlint.nlp.quantities import DateValue, month_end, month_of
from narrlint.nlp.tokens import lemma_lowers, spans_of
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import NEGATIONS

if TYPE_CHECKING:
    from spacy.tokens import Span

SINCE = frozenset({"since"})
"""The word before the day a tally runs from."""
TALLY_VERBS = frozenset({"deport", "expel"})
"""The campaign's verbs a tally since a day reports ("deported", "expelling")."""
TALLY_REACH = 14
"""Words between the verb and "since" either way ("has deported 944 Afghan families — totalling
around 6,700 individuals — since …")."""
NEGATION_REACH = 6
"""Words before the verb a negation may stand ("no ACC holder has been deported since …")."""
STATEMENT_BREAKS = frozenset({";", ":"})
"""Marks past which a verb belongs to another statement."""
IN_FORCE_WORDS = frozenset(
    {"active", "underway", "ongoing", "implemented", "enforced", "operational", "running",
     "effective", "in", "place", "force", "effect", "under", "way", "been", "being", "has",
     "have", "had", "is", "was", "are", "were", "that", "which", "carried", "out", "conducted",
     "intensified", "escalated", "accelerated", "ramped", "stepped", "up"}
)  # fmt: skip
"""Words between a campaign and its "since" that say it has run from then ("active since",
"that has been implemented since", "in force since") or been stepped up since then (a phase's
start: "which has intensified since …")."""
IN_FORCE_REACH = 6
"""How many of those words may stand between them."""
ASIDE_REACH = 4
"""Words of a parenthesis after a plan's name ("(IFRP)") a look back steps over."""
CRACKDOWN = frozenset({"crackdown"})
"""A campaign noun that names no act: a crackdown is the orders' only on their people."""
CAMPAIGN_HEADS = frozenset({*CRACKDOWN, "campaign", "drive"})
"""Nouns of a campaign that has run since a time ("a deportation campaign since …")."""
COMPARED_WORDS = frozenset({"first", "most", "worst", "best", "only", "biggest", "largest"})
"""Words of a campaign compared with earlier ones ("the largest crackdown since 2016"): the time
is of those, not its start."""
TARGET_WORDS = frozenset({"on", "against"})
"""Words between a campaign noun and whom it targets ("a crackdown on …")."""
TARGET_REACH = 5
"""Words of whom a campaign targets before "since"."""
NAME_REACH = 8
"""Words of a plan's name before "since"."""
EARLIEST_YEAR = 1990
"""A year before this after "since" is no campaign's start the ledger may hold."""


def since_starts(sentence: Span, lexicon: Lexicon, day: dt.date | None) -> Iterator[Start]:
    """The days deportations are tallied from in one sentence (see the module's docstring)."""
    if day is None:
        return
    doc = sentence.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for k in range(sentence.start, sentence.end - 1):
        if lowers[k] not in SINCE:
            continue
        found = day_at(doc, k + 1, k + 1, day, SINCE)
        verb = None if found is None else _tally_verb(sentence, k, found[0].end, lowers, lemmas)
        if verb is None:
            yield from campaign_since(sentence, k, found, lexicon, day)
            continue
        span, date, _ = found
        if foreign_agent(doc, sentence.start, min(verb, k), lexicon):
            continue
        window = range(max(sentence.start, min(verb, k) - 3), min(sentence.end, span.end + 3))
        if any(lowers[j] in FRESH_WORDS for j in window):
            continue  # "a new wave of deportations since …"
        events = start_events(sentence, window, lexicon)
        if events is None:
            continue
        event, others = events
        if event.first_known is not None and day < event.first_known:
            continue
        if after_record(span, date, event):
            yield Start(span, date, False, _latest_begun(event, others, day), others)


def _latest_begun(event: Profile, others: tuple[Profile, ...], day: dt.date) -> Profile:
    """A tally runs up to the text's date: of the orders it may mean, the one whose
    enforcement began last by then is the one to name (the campaign's first order is not, for
    a tally of this spring's deportations)."""
    begun = [
        p
        for p in (event, *others)
        if p.deadline.enforcement_from is not None and p.deadline.enforcement_from <= day
    ]
    return max(begun, key=lambda p: p.deadline.enforcement_from, default=event)


def _tally_verb(
    sentence: Span, since: int, end: int, lowers: list[str], lemmas: list[str]
) -> int | None:
    """The campaign's verb, in a form that reports it, near "since" in its statement, and not
    negated."""
    first = max(sentence.start, since - TALLY_REACH)
    last = min(sentence.end, end + TALLY_REACH)
    for j in [*range(since - 1, first - 1, -1), *range(end, last)]:
        if lowers[j] in STATEMENT_BREAKS:
            if j < since:
                break
            return None
        if lemmas[j] in TALLY_VERBS and lowers[j] != lemmas[j]:
            if any(w in NEGATIONS for w in lowers[max(sentence.start, j - NEGATION_REACH) : j]):
                return None  # "have not been deported since …", "no ACC holder has been …"
            return j
    return None


def campaign_since(
    sentence: Span,
    since: int,
    found: tuple[Span, DateValue, bool] | None,
    lexicon: Lexicon,
    day: dt.date,
) -> Iterator[Start]:
    """The start of a campaign in force "since" a time (see the module's docstring): ``found``
    is the day after "since" when there is one, else a month with its year or a year is read."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    time = found or _month_or_year(doc, since + 1, day)
    if time is None:
        return
    span, date, year_only = time
    named = _campaign_before(sentence, since, lexicon)
    if named is None:
        return
    first, plan = named
    if foreign_agent(doc, sentence.start, first, lexicon):
        return  # "Iran's deportation campaign since …"
    words = lowers[max(sentence.start, first - 3) : since]
    if not (FRESH_WORDS.isdisjoint(words) and COMPARED_WORDS.isdisjoint(words)):
        return  # "a new crackdown since …", "the largest crackdown since 2016"
    if not ROUND_WORDS.isdisjoint(words):
        return  # "the second phase, active since …": a round's own time
    window = range(first, min(sentence.end, span.end + 3))
    end = next((j for j in range(span.end, sentence.end) if lowers[j] in CLAUSE_ENDS), None)
    clause = doc[sentence.start : sentence.end if end is None else end]
    acts = CAMPAIGN_LEMMAS - CRACKDOWN  # "a deportation crackdown" names its act
    if not (plan or not acts.isdisjoint(lemma_lowers(doc)[first:since])) and not (
        _names_orders_people(clause, lexicon)
    ):
        return  # "Pakistan's tax crackdown since January": a crackdown on something else
    events = start_events(sentence, window, lexicon, plan, clause)
    if events is None:
        return
    event, others = events
    if event.first_known is not None and day < event.first_known:
        return
    if _earlier_campaign(date, year_only, event):
        return  # "the crackdown since 2016": an earlier operation, not this campaign's start
    if after_record(span, date, event):
        yield Start(span, date, year_only, event, others)


def _earlier_campaign(date: DateValue, year_only: bool, event: Profile) -> bool:
    """The whole time "since" (its day, month or year) lies before the event's first record: a
    crackdown that ran before the order was made ("since August" before an October order;
    police operations preceded it), or an earlier operation ("since 2016"), not this
    campaign's start told wrong."""
    if event.first_known is None:
        return False
    if date.day is not None:
        last = dt.date(date.year, date.month, date.day)
    elif year_only:
        last = dt.date(date.year, 12, 31)
    else:
        last = month_end(dt.date(date.year, date.month, 1))
    return last < event.first_known


def _names_orders_people(clause: Span, lexicon: Lexicon) -> bool:
    """The clause names the orders' people: a ledger group, or the nationality they share
    ("a crackdown on undocumented foreigners", "on Afghans")."""
    if not lexicon.nationality.isdisjoint(doc_lowers(clause.doc)[clause.start : clause.end]):
        return True
    return bool(clues_of(clause, lexicon).categories)


def _month_or_year(doc, k: int, day: dt.date) -> tuple[Span, DateValue, bool] | None:
    """A month with its year ("January 2024", "October last year") or a year ("2023") at ``k``,
    no later than the text's date; a month without its year is the writer's and not read."""
    if k >= len(doc):
        return None
    span = next((s for s in spans_of(doc, "dates") if s.start == k), None)
    if span is not None:
        date = span._.date
        if date is None or date.day is not None or date.year is None or date.end_day:
            return None
        if (date.year, date.month) > (day.year, day.month):
            return None
        return span, DateValue(date.month, None, date.year), False
    lowers = doc_lowers(doc)
    word = lowers[k]
    month = month_of(doc[k])
    if month is not None:  # "October last year", "March of this year"
        j = k + 1 + (k + 1 < len(doc) and lowers[k + 1] == "of")
        named = year_named(lowers, j, day)
        if named is None or named[1] != 2 or (named[0], month) > (day.year, day.month):
            return None
        return doc[k : j + 2], DateValue(month, None, named[0]), False
    if len(word) == 4 and word.isdigit() and EARLIEST_YEAR <= int(word) <= day.year:
        return doc[k : k + 1], DateValue(1, None, int(word)), True
    return None


def _campaign_before(sentence: Span, since: int, lexicon: Lexicon) -> tuple[int, bool] | None:
    """Where the campaign that has run since the time starts, and whether it is the plan by its
    name: back from "since" over a few words that say it is in force ("active", "that has been
    implemented") and a parenthesis after a name ("(IFRP)"), the plan's capitalized name or a
    campaign noun ("a deportation campaign", "the crackdown")."""
    doc = sentence.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    end = since
    floor = max(sentence.start, since - IN_FORCE_REACH - 1)
    while end > floor and lowers[end - 1] in IN_FORCE_WORDS:
        end -= 1
    if end > sentence.start and lowers[end - 1] == ",":
        end -= 1  # "the IFRP, which has been in force since …"
    if end > sentence.start and lowers[end - 1] == ")":
        opening = next(
            (j for j in range(end - 2, max(sentence.start, end - ASIDE_REACH - 2) - 1, -1)
             if lowers[j] == "("),
            None,
        )  # fmt: skip
        if opening is None:
            return None
        end = opening
    if end <= sentence.start:
        return None
    if lemmas[end - 1] in CAMPAIGN_HEADS:
        return _campaign_noun(doc, end - 1, sentence.start)
    target = _target_before(doc, end, sentence.start)
    if target is not None:  # "a crackdown on undocumented Afghans since …"
        return _campaign_noun(doc, target, sentence.start)
    start = end
    while (
        start > max(sentence.start, end - NAME_REACH)
        and (doc[start - 1].is_title or doc[start - 1].is_upper)
        and doc[start - 1].is_alpha
    ):
        start -= 1
    if start == end:
        return None
    if start > sentence.start and lowers[start - 1] in DETERMINERS:
        start -= 1  # "the IFRP"
    return (start, True) if plan_by_name(doc[start:end], lexicon) else None


def _target_before(doc, end: int, floor: int) -> int | None:
    """The campaign noun before "on" or "against" and the few words of whom it targets, ending
    at ``end`` ("a crackdown on undocumented Afghans", "a campaign against illegal
    foreigners"): the noun's index, or None."""
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for k in range(end - 2, max(floor, end - TARGET_REACH - 2), -1):
        if not doc[k].is_alpha:
            return None
        if lowers[k] in TARGET_WORDS:
            return k - 1 if k - 1 >= floor and lemmas[k - 1] in CAMPAIGN_HEADS else None
    return None


def _campaign_noun(doc, head: int, floor: int) -> tuple[int, bool] | None:
    """A campaign noun and its modifiers ("a controversial deportation campaign"): "crackdown",
    or a drive or campaign of deportation or repatriation; not a bare plural of the act
    ("deportations since January": a tally)."""
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    start = head
    while start > floor and doc[start - 1].is_alpha and lowers[start - 1] not in DETERMINERS:
        if doc[start - 1].is_stop:
            break
        start -= 1
    modifiers = set(lemmas[start:head]) | set(lowers[start:head])
    if lemmas[head] == "crackdown" or (
        lemmas[head] in DRIVE_NOUNS
        and not (modifiers.isdisjoint(CAMPAIGN_LEMMAS | DRIVE_MODIFIERS))
    ):
        while start > floor and lowers[start - 1] in DETERMINERS:
            start -= 1
        return start, False
    return None
