"""Readings that set aside part of what a clause or the text before says: a long-ended
order's cut-off given as the one just set, a validity's past end told as holding now, and a
participle phrase after a sentence's main clause.

A long-ended order's cut-off given as the one just set: "Pakistan has established a
November 1 deadline for deporting all foreigners illegally residing in the country" in March
2025 gives the first order's day (2023) as the deadline now in force; so does a cut-off told as
still ahead ("it will proceed with the plan to expel … from November 1"). A date without its year
is accepted by any order that recorded it; told in the present perfect of setting an order
("has set", "have established"), it means the order in force, so an order whose record ended
more than :data:`STALE_DAYS` before the text's date is no reading of it while an order the
clause may mean is in force.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from narrlint.claims.dates_ahead_end import end_told_ahead
from narrlint.claims.dates_lexicon import Profile
from narrlint.claims.dates_model import Value
from narrlint.claims.dates_record import calendar_day, latest_link, link_in_force
from narrlint.claims.dates_values import MONTH_PARTS
from narrlint.claims.dates_words import (
    AHEAD_AUXILIARIES,
    EXPIRY_LEMMAS,
    EXTENSION_LEMMAS,
    HISTORY_LEMMAS,
    IN_FORCE_DAYS,
    PAST_PERIODS,
    PAST_TENSE_WORDS,
    PERFECT_PRESENT,
    PRESENT_PERMISSIONS,
)
from narrlint.nlp.quantities import MONTHS, month_end
from narrlint.nlp.tokens import lemma_lowers, sentence_bounds, spans_within
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import NEGATIONS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Span

LATER_LINK_DAYS = 60
"""How long before a validity link's announcement a text may give its end: news reports an
extension being prepared weeks ahead (a summary moved, a cabinet meeting due), not months."""
STALE_DAYS = 365
"""How long after an order's last record its cut-off is no longer the one "just set"."""

SETTING_LEMMAS = frozenset(HISTORY_LEMMAS | {"establish", "impose"})
"""Verbs of setting an order, told in the present perfect ("has established a … deadline")."""

PRESENT_PERFECT = frozenset({"has", "have"})


def set_now(clause: Span, span: Span) -> bool:
    """The clause sets the order in the present perfect before the date ("Pakistan has
    established a November 1 deadline", "the government has set …"; not "had set", its
    history, nor a passive, "has been extended"), or tells it as still ahead with a future
    auxiliary ("it will proceed with the plan to expel … from November 1"; not "would", which
    may report an old plan)."""
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    for k in range(clause.start, span.start - 1):
        if lowers[k] in PRESENT_PERFECT and lemmas[k + 1] in SETTING_LEMMAS:
            return lowers[k + 1] != lemmas[k + 1] or lowers[k + 1] == "set"
    return any(lowers[k] in AHEAD_AUXILIARIES for k in range(clause.start, span.start))


def drop_stale(
    in_scope: list[tuple[Profile, tuple[int, ...]]],
    accepting: list[Profile],
    day: dt.date | None,
) -> list[tuple[Profile, tuple[int, ...]]]:
    """The candidates less those whose record ended :data:`STALE_DAYS` before ``day`` when
    they alone accept the value and another candidate is still in its record's time."""
    if day is None or not accepting:
        return in_scope
    stale = {
        p.id
        for p, _ in in_scope
        if p.last_known is not None and (day - p.last_known).days > STALE_DAYS
    }
    live = [c for c in in_scope if c[0].id not in stale]
    if not live or len(live) == len(in_scope) or any(p.id not in stale for p in accepting):
        return in_scope
    return live


def past_end_told_now(
    clause: Span, span: Span, profile: Profile, value: Value, day: dt.date | None
) -> bool:
    """ "Under this decision, refugees with PoR cards can remain in Pakistan until June 30,
    2024" in a text of July 2024, after the cards were extended to June 2025: a stay or a
    validity told as holding now ("can remain until", "are valid until", "have been extended
    until") or as an end still to come ("will expire on", "will come to an end on":
    :func:`~narrlint.claims.dates_ahead_end.end_told_ahead`), dated with its year before the
    text's date while the validity chain's link in force then runs past it, is the end the
    last extension replaced, not a date the record accepts. Only a date with its year: "can
    remain until June 30" means the next one."""
    if day is None or not profile.deadline.steps or not value.is_date:
        return False
    date = value.date
    if date.year is None or date.day is None or dt.date(date.year, date.month, date.day) >= day:
        return False
    link = link_in_force(profile, day)
    if link is None or link[1] <= day:
        return False
    lowers = set(doc_lowers(clause.doc)[clause.start : span.start])
    now = not lowers.isdisjoint(PRESENT_PERMISSIONS) or _extended_now(clause, span, lowers)
    ahead = end_told_ahead(clause, span)
    return (now or ahead) and lowers.isdisjoint(PAST_TENSE_WORDS | NEGATIONS)


def _extended_now(clause: Span, span: Span, lowers: set[str]) -> bool:
    """ "the cards have been extended until …": a perfect of extending, a state holding now;
    not one of expiring ("their cards have been expired on …" tells a past end). The verb is
    read after the last "been" ("cards that expired in 2015 have been extended until …")."""
    if "been" not in lowers or lowers.isdisjoint(PERFECT_PRESENT):
        return False
    words = doc_lowers(clause.doc)[clause.start : span.start]
    been = clause.start + len(words) - 1 - words[::-1].index("been")
    lemmas = set(lemma_lowers(clause.doc)[been + 1 : span.start])
    return not lemmas.isdisjoint(EXTENSION_LEMMAS) and lemmas.isdisjoint(EXPIRY_LEMMAS)


def end_set_later(
    profile: Profile, value: Value, placed: dt.date | None, day: dt.date | None
) -> bool:
    """ "a stay on deportation till March 31 of those whose PoR cards expired this year" in a
    text of November 2023, when the cards had just been extended to December 31: a validity
    chain records March 31 only as the end of a link announced months after the text, which
    the text cannot have meant. A date the chain accepts only as the end of links announced
    more than :data:`LATER_LINK_DAYS` after the text's date is not accepted."""
    if day is None or not profile.deadline.steps or not value.is_date or value.date.day is None:
        return False
    date = value.date
    when = dt.date(date.year, date.month, date.day) if date.year is not None else placed
    if when is None:
        return False
    late = day + dt.timedelta(days=LATER_LINK_DAYS)
    ends = [
        (link.announced or link.origin.source_date, end)
        for link in profile.deadline.chain()
        for end in (link.date, link.previous)
        if end is not None
    ]
    matched = [known for known, end in ends if end == when]
    return bool(matched) and all(known is not None and known > late for known in matched)


REPLACED_MARGIN_DAYS = 3
"""A time the sentence gives this many days before a link's announcement still tells of it
(the cabinet met a day or two before the notification was reported)."""


def end_replaced(
    sentence: Span, span: Span, profile: Profile, value: Value, placed: dt.date | None, day
) -> bool:
    """ "UNHCR on Friday welcomed the cabinet's decision to extend the PoR cards until June 30,
    2019", the day after the cabinet extended them from 30 June 2019 to 30 June 2020: a new end
    given for a chain's extension that is the end its link in force replaced. The link meant is
    the one in force at the text's date when the sentence gives no time of its own (within
    :data:`IN_FORCE_DAYS` of the link's announcement, not told as past: "had", "earlier"), or
    when every time it gives ("on July 22, 2024", "In July's first week", "Friday") falls on or
    after the link's announcement; a time before it ("In October the cabinet extended …") tells
    an older link's history, which the record accepts."""
    if day is None or not profile.deadline.steps or not value.is_date or value.date.day is None:
        return False
    link = latest_link(profile, day)
    date = value.date
    when = dt.date(date.year, date.month, date.day) if date.year is not None else placed
    if link is None or when is None or when != link[0] or when == link[1]:
        return False
    times = _times(sentence, span, day)
    if times:
        margin = dt.timedelta(days=REPLACED_MARGIN_DAYS)
        return all(last >= link[2] - margin and first <= day for first, last in times)
    told_past = not PAST_TENSE_WORDS.isdisjoint(doc_lowers(span.doc)[sentence.start : span.start])
    return (day - link[2]).days <= IN_FORCE_DAYS and not told_past


PREVIOUS_WORDS = frozenset({"previous", "former", "old"})
"""Words that name a cut-off as the one an extension replaced ("the previous, Dec. 31
deadline", "the old deadline of June 30")."""
PREVIOUS_REACH = 4
"""Words read back from a date for such a word ("the previous deadline of")."""


def previous_mistold(
    span: Span, profile: Profile, value: Value, placed: dt.date | None, day
) -> bool:
    """ "… forcing Afghans to go back even before the expiration of the previous, June 30
    deadline" in a report of the extension announced that week from 31 December: a cut-off
    named as the previous one, in a text written within :data:`IN_FORCE_DAYS` of the chain's
    latest link, is the end that link replaced; another day the chain records (an older link's
    end) is not it."""
    if day is None or not profile.deadline.steps or not value.is_date or value.date.day is None:
        return False
    lowers = doc_lowers(span.doc)
    start = max(sentence_bounds(span.doc, span.start)[0], span.start - PREVIOUS_REACH)
    if PREVIOUS_WORDS.isdisjoint(lowers[start : span.start]):
        return False
    link = latest_link(profile, day)
    date = value.date
    when = dt.date(date.year, date.month, date.day) if date.year is not None else placed
    if link is None or when is None or (day - link[2]).days > IN_FORCE_DAYS:
        return False
    return when != link[0]


def _times(sentence: Span, span: Span, day: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The times the sentence gives besides ``span``, each as its first and last day: its other
    dates, a weekday (the text's week), a month named alone ("In July's first week", in the
    latest year not after the text's date)."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    found, taken = [], set(range(span.start, span.end))
    for other in spans_within(doc, "dates", sentence.start, sentence.end):
        taken.update(range(other.start, other.end))
        when = calendar_day(other._.date, day) if other.start != span.start else None
        if when is not None:
            last = when if other._.date.day is not None else month_end(when)
            found.append((when, last))
    for k in range(sentence.start, sentence.end):
        if k in taken or not doc[k].is_title:
            continue
        if lowers[k] in WEEKDAYS:
            found.append((day - dt.timedelta(days=6), day))
        elif lowers[k] in MONTHS and lowers[k] != "may":  # not "May the cabinet …"
            month = MONTHS[lowers[k]]
            first = dt.date(day.year if month <= day.month else day.year - 1, month, 1)
            found.append((first, month_end(first)))
    return found + _months_told(sentence, day)


def _months_told(sentence: Span, day: dt.date) -> list[tuple[dt.date, dt.date]]:
    """ "this month", "last month", "at the beginning of this month", "early last month": the
    month (or the part of it) the words place a time in, counted from the text's date."""
    lowers = doc_lowers(sentence.doc)
    found = []
    for k in range(sentence.start + 1, sentence.end):
        if lowers[k] != "month" or lowers[k - 1] not in PAST_PERIODS:
            continue
        first = day.replace(day=1)
        if PAST_PERIODS[lowers[k - 1]] < 0:
            first = (first - dt.timedelta(days=1)).replace(day=1)
        last = min(month_end(first), day)
        part = next(
            (p for p in lowers[max(sentence.start, k - 4) : k - 1] if p in MONTH_PARTS), None
        )
        if part is not None:  # "the beginning of this month": its first ten days
            low, high = MONTH_PARTS[part]
            first, last = first.replace(day=low), min(last, first.replace(day=min(high, 28)))
        found.append((first, last))
    return found


def told_link(sentence: Span, span: Span, profile: Profile, day) -> tuple[dt.date, dt.date] | None:
    """The link of a chain a sentence tells of by the time it gives ("only extended for 60 days
    at the beginning of this month", in a text written the day the next link was announced):
    when every time it gives ends before the latest link's announcement, the latest link
    announced within one of them; None when the sentence gives no such time."""
    latest = latest_link(profile, day) if day is not None else None
    if latest is None:
        return None
    times = _times(sentence, span, day)
    margin = dt.timedelta(days=REPLACED_MARGIN_DAYS)
    if not times or any(last >= latest[2] - margin for _, last in times):
        return None
    found = None
    for link in profile.deadline.chain():
        known = link.announced or link.origin.source_date
        if link.date is None or link.previous is None or known is None:
            continue
        if any(first <= known <= last for first, last in times):
            found = (link.previous, link.date)
    return found


SIDE_ADVERBS = frozenset({"even", "thus", "further", "also", "potentially", "effectively"})
"""Adverbs that may open a participle phrase set off after a sentence's main clause."""
LISTING_PARTICIPLES = frozenset({"including", "excluding", "affecting", "targeting"})
"""Participles whose phrase names the main clause's own people ("…, including ACC holders")."""


def main_part(span: Span) -> Span:
    """A sentence before a deadline, less a participle phrase set off by a comma at its end
    ("… threatens ACC holders and undocumented refugees with deportation, even jeopardising
    those awaiting resettlement in third countries"): the people such a phrase names are a
    consequence, not whom the order the next sentence's "the deadline" is for."""
    doc = span.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for k in range(span.start + 1, span.end - 1):
        if lowers[k] != ",":
            continue
        j = k + 1 + (lowers[k + 1] in SIDE_ADVERBS)
        if j < span.end and _participle(lowers[j], lemmas[j]):
            return doc[span.start : k]
    return span


def _participle(lower: str, lemma: str) -> bool:
    """A verb's "-ing" form (its lemma differs: "jeopardising"), not one of a listing."""
    return lower.endswith("ing") and lemma != lower and lower not in LISTING_PARTICIPLES


def covers_all(profile: Profile, groups: frozenset[str], day: dt.date | None) -> bool:
    """The order is for every group the text before names, as a target or a group it also
    covers on ``day`` ("ACC holders and undocumented refugees": the 2025 order for ACC holders
    also covered the undocumented), when it names more than one."""
    deadline = profile.deadline
    return len(groups) > 1 and all(
        g in profile.targets or deadline.also_covers(g, day) for g in groups
    )
