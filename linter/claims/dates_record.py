"""What a ledger deadline's record accepts, and the calendar day a draft's date means.

The date-claims reader (:mod:`narrlint.claims.dates`) and the deadline rules compare a value
with a deadline's record here: its accepted dates in any recorded form, the link of its chain in
force at a date, and a date without its year placed in the year the text means; and which of
several recorded events a value may be about (within the record's time, not newer than it,
ranked by evidence).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import compress
from typing import TYPE_CHECKING

from narrlint.claims.dates_lexicon import Lexicon, Profile
from narrlint.claims.dates_model import Cue, Value
from narrlint.claims.dates_words import (
    AHEAD_FORMS,
    ANNOUNCEMENT_LEMMAS,
    DEADLINE_NOUN_STARTS,
    DEADLINE_NOUNS,
    EXPIRY_LEMMAS,
    EXTENSION_LEMMAS,
    HISTORY_LEMMAS,
    MONTH_LEAD_INS,
    PAST_FORMS,
    PAST_PERIODS,
    TIME_WORDS,
)
from narrlint.nlp.quantities import MONTHS, DateValue
from narrlint.nlp.tokens import lemma_lowers, sentence_bounds, spans_within
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import LAST_PERIODS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ANNOUNCED_MONTH_REACH = 4
"""Words from an announcement verb to the month it was made in ("announced in early October")."""
PASSED_REACH = 12
"""Words from a deadline noun to the verb that says it ended ("the November 1 deadline for
undocumented foreigners lapsed")."""
CLAUSE_STOPS = {",", ";", ".", "and", "but", "while", "which", "that", "who", "n't", "yet"}
"""Words past which an ending verb is another clause's ("the deadline for those who left …")."""
"""Words from an announcement verb to the month it was made in ("announced in early October")."""

LATER_ORDER_DAYS = 180
"""Days after an event's last record beyond which a past cut-off is another, later order's
("March 31" in a 2025 story against a 2023 order), not a misstatement of its history."""
CURRENT_RECORD_DAYS = 60
"""Days after an event's last record within which the record is still the one in force for a
text that tells of no change: a text weeks after a cut-off that gives its group another date
("set a deadline of 1 December" in late November, against 1 November with no extension)
contradicts the record; months later, an order the ledger has no record of may have followed."""
LENGTH_MARGIN_DAYS = 3
"""A window's length may differ from its link's days by this much ("six months" from 30 June
to 31 December is 184 days; one month is read as 28 to 31)."""


def placed_in_text(span: Span, value: Value, cue: Cue, day: dt.date | None) -> dt.date | None:
    """The day a date without its year means in a text of ``day`` (see ``DateClaim.placed``)."""
    if day is None or not value.is_date or value.date.year is not None or value.date.day is None:
        return None
    doc = span.doc
    year = _year_told(span, day)
    if year is not None:  # "In 2023 Pakistan gave Afghans until November 1 to leave"
        try:
            return dt.date(year, value.date.month, value.date.day)
        except ValueError:
            return None
    before = doc[max(0, span.start - 3) : span.start]
    if (cue.after_last_day and any(_past_form(t) for t in before)) or told_passed(span):
        return _placed_beside(value.date, day, ahead=False)
    if cue.role == "expiry" and _told_ahead(doc[max(0, span.start - AHEAD_REACH) : span.start]):
        return _placed_beside(value.date, day, ahead=True)
    return calendar_day(value.date, day)


AHEAD_REACH = 4
"""Words before the date that may say its tense ("will remain valid until")."""


def _told_ahead(before: Span) -> bool:
    """The words before a document's expiry, in the date's own clause, say it in the present
    or future and never in the past ("are valid till", "will remain valid until"; not "were
    valid till", "had expired on")."""
    words: list[str] = []
    for token in before:
        words = [] if token.is_punct else [*words, token.lower_]  # the date's own clause
    return not PAST_FORMS.intersection(words) and bool(AHEAD_FORMS.intersection(words))


def _placed_beside(date: DateValue, day: dt.date, *, ahead: bool) -> dt.date | None:
    """The first day on or after ``day`` with the date's month and day (``ahead``: an expiry
    still to come, "valid till December 31" in March 2015 is 31 December 2015, not 2014), or
    the last one on or before it (a day told as passed, "expired on June 30")."""
    for year in (day.year, day.year + 1 if ahead else day.year - 1):
        try:
            when = dt.date(year, date.month, date.day)
        except ValueError:
            continue  # "February 29" in a year that has none
        if (when >= day) if ahead else (when <= day):
            return when
    return None


def year_placed(span: Span, value: Value, day: dt.date | None) -> dt.date | None:
    """The day a date without its year means when its sentence opens a frame of the year
    ("Last year, …", "Earlier this year, …"); None when the text's date alone would place it.
    Not "in <year>": that is as often the year of something else the sentence names ("a
    document launched in 2017")."""
    if day is None or not value.is_date or value.date.year is not None or value.date.day is None:
        return None
    year = _year_told(span, day, frames_only=True)
    try:
        return dt.date(year, value.date.month, value.date.day) if year is not None else None
    except ValueError:
        return None


def _year_told(span: Span, day: dt.date, frames_only: bool = False) -> int | None:
    """The year an "in <year>", "in <month> <year>" or "last year" earlier in the sentence puts
    a date without its own year in ("In 2023 Pakistan gave Afghans until November 1", "Last
    year, it warned them to get visas by the end of December"), when it is not after the
    text's."""
    doc = span.doc
    # the sentence's start from the shared per-doc sentences (``span.sent`` walks the tokens)
    first = sentence_bounds(doc, span.start)[0] if doc.has_annotation("SENT_START") else 0
    lowers = doc_lowers(doc)
    dated = False  # a date with its own year stands nearer than a "last year" frame
    for i in range(span.start - 1, first, -1):
        text = lowers[i]
        frame = i - 2 < first or lowers[i - 2] != "of"  # not "the end of this year"
        if text == "year" and lowers[i - 1] in PAST_PERIODS and frame and not dated:
            return day.year + PAST_PERIODS[lowers[i - 1]]  # "Last year, …"
        dated = dated or (len(text) == 4 and text.isdigit())
        month_in = i - 2 >= first and lowers[i - 2] == "in" and lowers[i - 1] in MONTHS
        told = lowers[i - 1] == "in" or month_in
        if len(text) == 4 and text.isdigit() and told and not frames_only:  # "in 2023"
            year = int(text)
            return year if 1990 <= year <= day.year else None
    return None


def told_passed(span: Span) -> bool:
    """The clause says the cut-off has passed: a deadline noun the date names ("the September
    26 deadline", "the deadline of 1 December") is the subject of a verb of ending in a past
    form ("expired", "lapsed", "ended"). Such a cut-off is not one still ahead, whatever the
    date the text gives: never a later deadline the ledger has no record of yet."""
    doc = span.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    k = span.end
    if k < len(doc) and lowers[k] in ("'s", "’s"):
        k += 1
    # a word test first: most dates are followed by no deadline noun, preceded by no "of"
    nouns = (
        [n for n in DEADLINE_NOUNS if tuple(lowers[k : k + len(n)]) == n]
        if k < len(lowers) and lowers[k] in DEADLINE_NOUN_STARTS
        else []
    )
    if nouns:
        k += len(nouns[0])
    elif not (
        lowers[span.start - 1] == "of"
        and any(
            tuple(lowers[span.start - len(n) - 1 : span.start - 1]) == n for n in DEADLINE_NOUNS
        )
    ):
        return False  # "the deadline of 1 December lapsed": the verb follows the date
    for i in range(k, min(len(doc), k + PASSED_REACH)):
        if lowers[i].endswith("ed") and _past_form(doc[i]):  # "expired", not "expires"
            return True
        if lowers[i] in CLAUSE_STOPS or lemmas[i] in ("be", "not", "never"):
            return False  # "was extended", "has not expired": not told as ended
    return False


def _past_form(token: Token) -> bool:
    """ "expired", "lapsed", "ended": a verb of ending in a past form."""
    lemma = token.lemma_.lower()
    return lemma in EXPIRY_LEMMAS | {"end"} and token.lower_ != lemma


def calendar_day(date: DateValue, day: dt.date) -> dt.date | None:
    """The calendar day a date means in a text written on ``day``: its own year, else the
    year that puts it nearest the text's date ("February 29" in December 2023 is in 2024).
    A date without its day counts from the first of the month."""
    years = [date.year] if date.year is not None else [day.year - 1, day.year, day.year + 1]
    placed = []
    for year in years:
        try:
            placed.append(dt.date(year, date.month, date.day or 1))
        except ValueError:
            continue  # "February 29" in a year that has none
    return min(placed, key=lambda d: abs((d - day).days), default=None)


def link_in_force(profile: Profile, day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The old and new cut-off of the event's latest extension announced by ``day``."""
    latest = latest_link(profile, day)
    return None if latest is None else latest[:2]


def latest_link(profile: Profile, day: dt.date) -> tuple[dt.date, dt.date, dt.date] | None:
    """The old and new cut-off of the latest extension announced by ``day``, and its day."""
    latest, when = None, None
    for link in profile.deadline.chain():
        known = link.announced or link.origin.source_date
        if link.date is None or link.previous is None or known is None or known > day:
            continue
        if when is None or known >= when:
            latest, when = (link.previous, link.date, known), known
    return latest


def link_before(profile: Profile, day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The old and new cut-off of the link the latest one announced by ``day`` extended (its
    ``previous`` is that link's new end): "a previous 30-day extension"."""
    latest = latest_link(profile, day)
    if latest is None:
        return None
    for link in profile.deadline.chain():
        if link.date == latest[0] and link.previous is not None and link.kind == "extension":
            return link.previous, link.date
    return None


def extension_length_fits(profile: Profile, value: Value, day: dt.date | None) -> bool:
    """A window is the length of the event's extension in force at ``day`` ("extended by ten
    days" for 31 March to 10 April), or the time it gave from the day it was announced ("a
    two-month deadline" announced on 3 February for 31 March), give or take
    :data:`LENGTH_MARGIN_DAYS`."""
    if value.is_date or day is None:
        return False
    link = latest_link(profile, day)
    if link is None:
        return False
    low, high = value.day_range()
    lengths = ((link[1] - link[0]).days, (link[1] - link[2]).days)
    return any(low - LENGTH_MARGIN_DAYS <= days <= high + LENGTH_MARGIN_DAYS for days in lengths)


def accepts(
    profile: Profile, value: Value, cue: Cue | None = None, placed: dt.date | None = None
) -> bool:
    """Does the ledger's record of ``profile`` accept the value (in any recorded form)? "expired
    on April 1" (``cue.after_last_day``) also accepts the day after a recorded last day, and
    "deported after October 31" (``cue.before_first_day``) the day before a recorded one. A
    chain of validity dates judges a date without its year in the year it is ``placed`` in
    ("expired on March 31" in August 2025 is not the 2024 expiry)."""
    if value.is_date:
        accepted = profile.accepted
        date = value.date
        if placed is not None and profile.deadline.steps and date.year is None:
            date = DateValue(date.month, date.day, placed.year)
        if cue is not None and cue.issued and profile.deadline.announced:
            accepted = accepted | {profile.deadline.announced}  # "the Oct. 3 ultimatum"
        if cue is not None and cue.after_last_day:
            accepted = accepted | {d + dt.timedelta(days=1) for d in accepted}
        if cue is not None and cue.before_first_day:
            accepted = accepted | {d - dt.timedelta(days=1) for d in accepted}
        return _date_accepted(accepted, date)
    if not profile.durations:
        return True
    low, high = value.day_range()
    return any(low <= d <= high for d in profile.durations)


def _date_accepted(accepted: Iterable[dt.date], value: DateValue) -> bool:
    accepted = list(accepted)
    if not accepted:
        return True
    if value.day is None:
        if value.year is None:
            return True
        return any(d.year == value.year and d.month == value.month for d in accepted)
    if value.year is not None:
        return any(
            (d.year, d.month, d.day) == (value.year, value.month, value.day) for d in accepted
        )
    return any((d.month, d.day) == (value.month, value.day) for d in accepted)


def same_value(a: Value, b: Value) -> bool:
    """Two values the draft gives are the same cut-off written two ways."""
    if a.is_date != b.is_date:
        return True  # a date and a window are not comparable
    if a.is_date:
        x, y = a.date, b.date
        if x.day is None or y.day is None:
            return x.month == y.month and (x.year is None or y.year is None or x.year == y.year)
        if x.year is not None and y.year is not None:
            return (x.year, x.month, x.day) == (y.year, y.month, y.day)
        return (x.month, x.day) == (y.month, y.day)
    (a_low, a_high), (b_low, b_high) = a.day_range(), b.day_range()
    return a_low <= b_high and b_low <= a_high


SCOPE_MARGIN_DAYS = 31
"""A deadline may be reported (leaked, trailed) up to a month before its announcement."""


def within_record(
    profile: Profile, day: dt.date | None, value: Value, told: dt.date | None = None
) -> bool:
    """The ledger knows an event only from its first recorded date: a draft written before it,
    or a validity date older than the recorded chain ("extended until June 30, 2020" when the
    chain starts in 2023), speaks of something the ledger does not record; so does a day
    already past in a text written before the order was announced (trailed orders are told
    with cut-offs ahead), and a date the sentence places in a year before the record's first
    (``told``, :func:`year_placed`: "Last year, it warned them to get visas by the end of
    December")."""
    first = profile.first_known
    if first is None:
        return True
    margin = dt.timedelta(days=SCOPE_MARGIN_DAYS)
    if day is not None and day < first - margin:
        return False
    if told is not None and told.year < first.year:
        return False  # a year before the record's; a day of its own year may be a wrong one
    if day is not None and day < first and value.is_date and value.date.day is not None:
        when = calendar_day(value.date, day)
        if when is not None and when < day:
            return False  # a day already past before the order was made is not its cut-off
    if profile.deadline.steps and value.is_date and value.date.year is not None:
        return value.date.year >= first.year
    return True


def newer_than_record(
    profile: Profile,
    day: dt.date | None,
    value: Value,
    cue: Cue,
    placed: dt.date | None = None,
    told: dt.date | None = None,
) -> bool:
    """Which event is in force: a text written after the ledger's last record of an event,
    giving a cut-off still ahead at the text's date ("extended until February 29" weeks after a
    1 November cut-off; "they have until the end of March" in a 2024 story against a 2023
    order), speaks of a later deadline the record does not hold (a new extension, another
    phase), not of that event: not a contradiction of the record, so never compared with it.
    A cut-off already past at the text's date tells the event's history and is compared
    ("gave them until December 1, 2023" in a 2024 story), unless it falls more than
    ``LATER_ORDER_DAYS`` after the record's last day: then it is a later order's. ``told``:
    the month the clause says the order was announced in ("announced in early October that
    …"); one within the record tells the recorded order's history, whatever the date it
    gives."""
    last = profile.last_known
    if last is None or day is None or day <= last or not value.is_date:
        return False
    if told is not None and told <= last:
        return False  # "announced in early October that it would expel … after": its history
    when = placed or calendar_day(value.date, day)
    if when is None or accepts(profile, value, cue, placed):
        return False
    return when >= day or (when - last).days > LATER_ORDER_DAYS


def announcement_told(clause: Span, span: Span, day: dt.date | None) -> dt.date | None:
    """The first day of the month the clause says its order was announced in, before the
    date ("announced in early October that it would expel …", "decided in March to …"), in
    the latest year not after the text's ``day``; None when it names no such month."""
    if day is None:
        return None
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    before = range(clause.start, span.start)
    found = map(ANNOUNCEMENT_LEMMAS.__contains__, lemmas[clause.start : span.start])
    for i in compress(before, found):  # the announcement verbs, picked in C
        for k in range(i + 1, min(span.start, i + 1 + ANNOUNCED_MONTH_REACH)):
            month = MONTHS.get(lowers[k]) if clause.doc[k].is_title else None
            if month is not None:
                year = day.year if month <= day.month else day.year - 1
                return dt.date(year, month, 1)
            if lowers[k] not in MONTH_LEAD_INS:
                break
    return period_told(clause, span, day)


def period_told(clause: Span, span: Span, day: dt.date) -> dt.date | None:
    """The first day of the past period the clause places its order in, before the date ("the
    government set … last month", "it was announced early last month that …", "ordered last
    year to leave by …"); None in a clause that tells of a change ("extended last month
    until …": a new cut-off, perhaps one the ledger has no record of yet)."""
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    if not EXTENSION_LEMMAS.isdisjoint(lemmas[clause.start : clause.end]):
        return None
    for k in range(clause.start, span.start - 1):
        if lowers[k] != "last" or lowers[k + 1] not in LAST_PERIODS:
            continue
        if lowers[k + 1] == "year":
            return dt.date(day.year - 1, 1, 1)
        return (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    return None


def history_told(clause: Span, span: Span, day: dt.date | None) -> bool:
    """The clause tells the order's history, given before the text's date, not a new
    deadline: it opens with the month the order was given ("In October, the government asked
    all undocumented foreigners to leave by …", "In October 2023, …": that month, or a year,
    not after the record's last day is checked by the caller through :func:`fronted_month`),
    with "Earlier," ("Earlier, the government asked the immigrants … to leave before …"), or
    gives it in the past perfect ("Pakistan had set April 30 as the deadline", "had given them
    a deadline to leave by …"). Never a clause that tells of a change ("had extended …")."""
    if day is None:
        return False
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    if not EXTENSION_LEMMAS.isdisjoint(lemmas[clause.start : clause.end]):
        return False
    opening = [w for w in lowers[clause.start : min(span.start, clause.start + 2)] if w != '"']
    if opening[:2] == ["earlier", ","]:
        return True
    for k in range(clause.start, span.start - 1):
        if lowers[k] != "had":
            continue
        nxt = k + 1 + (lowers[k + 1] == "been")  # "April 30 had been set as the deadline"
        if nxt < span.start and lemmas[nxt] in HISTORY_LEMMAS:
            return True
    return False


def fronted_month(clause: Span, span: Span, day: dt.date | None) -> dt.date | None:
    """The first day of the month a clause opens with ("In October, the government asked …",
    "In October 2023, …"), in the latest year not after the text's ``day`` unless a year is
    written; None when it opens otherwise or tells of a change ("In November, the deadline
    was extended to …")."""
    if day is None:
        return None
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    k = clause.start + (lowers[clause.start] in (",", ";", "and", "but"))
    if k + 1 >= span.start or lowers[k] != "in" or not doc[k + 1].is_title:
        return None
    month = MONTHS.get(lowers[k + 1])
    if month is None or not EXTENSION_LEMMAS.isdisjoint(lemmas[clause.start : clause.end]):
        return None
    year_word = lowers[k + 2] if k + 2 < span.start else ""
    if len(year_word) == 4 and year_word.isdigit():
        return dt.date(int(year_word), month, 1)
    return dt.date(day.year if month <= day.month else day.year - 1, month, 1)


def anchored_on(
    clause: Span, span: Span, day: dt.date | None, profiles: Iterable[Profile]
) -> tuple[dt.date, tuple[Profile, ...]] | None:
    """ "The apex committee, in a meeting on October 3, … gave a deadline … until …": a full
    date earlier in the clause that is the day one of the ``profiles`` was announced names
    that order, and the value is its history (the day, and the orders announced on it)."""
    if day is None:
        return None
    wanted = {p.deadline.announced: p for p in profiles if p.deadline.announced is not None}
    if not wanted:
        return None
    for other in spans_within(clause.doc, "dates", clause.start, span.start):
        date = other._.date
        if date is None or date.day is None:
            continue
        when = calendar_day(date, day)
        if when is not None and when <= day and when in wanted:
            return when, tuple(p for p in profiles if p.deadline.announced == when)
    return None


def lagging(
    candidates: list[tuple[Profile, tuple]], lexicon: Lexicon, day: dt.date | None
) -> tuple[Profile, ...]:
    """The candidates whose record the ledger may be behind on at ``day``: none of their
    groups has a later event on record by then (when one has, the ledger has caught up with
    the group, and a value it does not hold is not a missing extension of the older event).
    A chain a later chain follows (``until``) is not lagging: its gap is known, not news."""
    return tuple(
        p
        for p, _ in candidates
        if p.until is None
        and not any(
            q.targets & p.targets
            and q.first_known is not None
            and p.last_known is not None
            and p.last_known < q.first_known <= (day or q.first_known)
            for q in lexicon.profiles
        )
    )


def later_order(
    profile: Profile, day: dt.date | None, value: Value, placed: dt.date | None
) -> bool:
    """A date still ahead at the text's date, in a text written more than
    :data:`CURRENT_RECORD_DAYS` after the event's last record: whatever tense tells it ("had
    set March 31 as the last day" months after the record ended), an order the ledger has no
    record of, not the event's history."""
    last = profile.last_known
    if day is None or last is None or not value.is_date:
        return False
    when = placed or calendar_day(value.date, day)
    return when is not None and when >= day and (day - last).days > CURRENT_RECORD_DAYS


def other_time(sentence: Span, span: Span) -> bool:
    """The sentence gives a time besides the value, outside brackets (a dateline's "(APP - 2nd
    Nov, 2023)" is the text's): "On October 4, …", "announced on Monday", "last week", "two
    months ago". It may tell when a later order was given, so the record in force is unsure."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    for other in spans_within(doc, "dates", sentence.start, sentence.end):
        apart = other.end <= span.start or other.start >= span.end
        if apart and not _bracketed(lowers, sentence.start, other.start):
            return True
    return any(
        lowers[k] in TIME_WORDS or lowers[k] in WEEKDAYS
        for k in range(sentence.start, sentence.end)
        if not span.start <= k < span.end
    )


def _bracketed(lowers: list[str], start: int, k: int) -> bool:
    """An opening bracket before ``k`` in its sentence that is not closed by then."""
    depth = 0
    for word in lowers[start:k]:
        depth += (word == "(") - (word == ")")
    return depth > 0


def current_record(profile: Profile, lexicon: Lexicon, day: dt.date | None) -> bool:
    """The ledger's record of the event is the latest for its groups at ``day`` (see
    :func:`lagging`) and ended at most :data:`CURRENT_RECORD_DAYS` before it: a value it does
    not hold, in a text that tells of no change or new order, contradicts it."""
    last = profile.last_known
    if day is None or last is None or (day - last).days > CURRENT_RECORD_DAYS:
        return False
    return bool(lagging([(profile, ())], lexicon, day))


def strongest(
    candidates: list[tuple[Profile, tuple]], day: dt.date | None, named: bool = True
) -> list:
    """Candidates ranked best first, without those far weaker than the best: "phase one of
    the repatriation plan … undocumented aliens" is not about a relocation order that merely
    shares the target group. ``named``: the clause names a group."""
    ranked = sorted(candidates, key=lambda c: candidate_rank(c, day, named), reverse=True)
    top = sum(ranked[0][1])
    return [c for c in ranked if sum(c[1]) >= top - 1]


def candidate_rank(
    candidate: tuple[Profile, tuple], day: dt.date | None, named: bool = True
) -> tuple:
    """Best evidence first; among equals, the most specific deadline (fewest target groups)
    when the clause names a group, else the broadest; then the one nearest the draft's
    date."""
    profile = candidate[0]
    nearness = 0
    if day is not None and profile.accepted:
        nearness = -min(abs((d - day).days) for d in profile.accepted)
    return (*evidence_rank(candidate, named), nearness)


def evidence_rank(candidate: tuple[Profile, tuple], named: bool = True) -> tuple:
    """A clause that names a group means the order most specific to it; one that names none
    ("those in the twin cities must relocate by …") the order for everyone there, not the
    one for a group it does not name."""
    profile, score = candidate
    return (*score, -len(profile.targets) if named else len(profile.targets))


def holds(
    profile: Profile, value: Value, cue: Cue, day: dt.date | None, placed: dt.date | None
) -> bool:
    """The record holds the value: an extension's length is judged by the link in force
    when the record has one (a record of no window says nothing of other windows)."""
    if not value.is_date and cue.role == "extension":  # not the order's first window
        if day is not None and link_in_force(profile, day) is not None:
            return extension_length_fits(profile, value, day)
        return True
    return accepts(profile, value, cue, placed)


def either_holds(
    p: Profile, value: Value, cue: Cue, day: dt.date | None, placed: dt.date | None
) -> bool:
    """The record of another group the text may mean holds the value, as a cut-off or as the
    length of its link in force."""
    fits = extension_length_fits(p, value, day)
    return within_record(p, day, value) and (fits or holds(p, value, cue, day, placed))


def any_group_may(
    lexicon: Lexicon,
    groups: frozenset[str],
    value: Value,
    cue: Cue,
    day: dt.date | None,
    placed: dt.date | None,
) -> bool:
    """Whether the value may be one named group's: a record of one holds it, or a group has
    no record at the text's date to judge by. A value that every named group's record
    contradicts is wrong whichever group is meant ("Afghans, including PoR and ACC holders,
    must leave by <a date neither order gives>")."""
    for group in groups:
        mine = [
            p
            for p in lexicon.profiles
            if (group in p.targets or p.deadline.also_covers(group, day))
            and within_record(p, day, value)
        ]
        if not mine or any(either_holds(p, value, cue, day, placed) for p in mine):
            return True
    return False
