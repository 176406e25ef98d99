"""The time frame a sentence puts its titles in (for :mod:`narrlint.claims.titles`).

"Caretaker Foreign Minister Jalil Abbas Jilani says …" speaks of now; "In October 2023,
caretaker Foreign Minister …" of a past month; "…, at the time, …" of whenever the events
were; "Bugti stepped down on Friday" reports a tenure's end. :func:`read_frame` reads these
once per sentence; :meth:`TimeFrame.past_framed` compares them with tenures.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING

from narrlint.claims.titles_calendar import (
    WEEKDAY_NUMBERS,
    Period,
    ago,
    earlier_in,
    latest_year,
    weekday,
    written_period,
)
from narrlint.claims.titles_ends import (
    MOVE_LEMMAS,
    MOVE_WORDS,
    POSSESSIVE_LEADS,
    RANK_CHANGE_LEMMAS,
    RANK_CHANGE_PREFIXES,
    TENURE_END_PREFIXES,
    ends_tenure,
    promotion,
    reports_rank_change,
)
from narrlint.claims.titles_tense import CLAUSE_VERBS
from narrlint.nlp.pipeline_data import PERSON, TITLE
from narrlint.nlp.quantities import MONTHS
from narrlint.nlp.tokens import ents, lemma_lowers, lowers, sentence_bounds, spans_within, texts
from narrlint.nlp.vocabulary import LAST_PERIODS, POSSESSIVE_CLITICS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = [
    "Period",
    "TimeFrame",
    "may_end_tenure",
    "own_end",
    "read_frame",
    "reports_rank_change",
    "sentence_bounds",
]

# ---------------------------------------------------------------------------------------------
# Words (language only; countries come from the ledger, passed in by the reader)

PAST_PHRASES = (("at", "the", "time"), ("back", "then"), ("was", "then"), ("at", "that", "time"))
"""Phrases placing a sentence at the time of what it tells, whenever that was."""
_PHRASE_STARTS = frozenset(phrase[0] for phrase in PAST_PHRASES)

THEN = "then"
THEN_MARKS = frozenset({"(", "the"})
"""Before "then", marks that make it a title's "then" ("Lt Gen X (then Quarter Master
General)", "the then interior minister"), as a hyphen glued after it does ("then-caretaker
PM"): not the "then" of a sequence ("and then Foreign Minister X spoke"), nor one in brackets
before a stop word ("(then under Taliban control)")."""

BEFORE_WORDS = frozenset({"before", "prior"})
CHANGE_NOUNS = frozenset({"appointment", "promotion", "elevation", "nomination", "election"})
CHANGE_VERBS = frozenset({"becoming", "taking"})
"""What follows "before" (or "prior to") to place a sentence before a change of the person's
post or rank: "Before becoming army chief, Lt Gen X headed the ISI", "prior to his
appointment as …", "before taking over as …", "before being promoted …" (a participle of
:data:`MOVE_LEMMAS` or :data:`RANK_CHANGE_LEMMAS` after "being"). The title then is the one
held before the change, right at that time ("before leaving for Kabul" changes no post)."""

FRAMING = frozenset(
    {
        "", "on", "in", "during", "at", "until", "till", "before", "after", "from", "between",
        "through", "late", "early", "mid", "mid-", ",", "(", "—", "–",
    }
)  # fmt: skip
"""Words before a date that place what the sentence tells in that time ("On November 1, 2023,
…", "in October 2023", a date opening the sentence), unlike a deadline ("leave by November 1")
or a date naming a thing ("the November 1 deadline")."""

BOUNDS = frozenset({"from", "after", "until", "till", "before"})
FUTURE_MODALS = frozenset({"will", "shall"})
"""A date after one of :data:`BOUNDS` in a sentence that speaks of what will be ("from
January 31, no Afghan will be allowed to stay") is a cut-off ahead, not the time the sentence
tells of: its titles are the draft's date's."""

FUTURE_LEADS = frozenset({"expected", "scheduled", "slated", "set", "likely"})
"""Words that, between "is"/"are" and "to", make a sentence speak of what is to come ("is
expected to visit …", "are scheduled to meet …"), as :data:`FUTURE_MODALS` do."""
FUTURE_BE = frozenset({"is", "are"})


def _future_before(words: list[str], first: int, at: int) -> bool:
    """Whether the sentence from ``first`` speaks of what is to come before ``at`` (a date):
    a word of :data:`FUTURE_MODALS`, or "is"/"are" + :data:`FUTURE_LEADS` + "to" ("Former
    President X is expected to visit on September 18"). Not a cue after the date: "On
    September 18, X said he will …" tells of that day."""
    for i in range(first, at):
        if words[i] in FUTURE_MODALS:
            return True
        if (
            words[i] in FUTURE_LEADS
            and i > first
            and words[i - 1] in FUTURE_BE
            and i + 1 < at
            and words[i + 1] == "to"
        ):
            return True
    return False


DATED_EVENTS = frozenset(
    {
        "statement", "statements", "speech", "interview", "remarks", "address", "briefing",
        "letter", "meeting", "conference", "notification", "announcement", "post", "tweet",
    }
)  # fmt: skip
"""Nouns of something said or held on a day, whose date after "of" or "dated" places what the
sentence tells of it then ("in his statement of 3 October 2023", "a letter dated 5 November"),
as "on 3 October 2023" does; not "the deadline of 1 November"."""

MONTH_FRAMING = frozenset({"in", "during", "early", "late", "mid", "mid-"})
"""Words before a capitalised month alone that place the sentence in it ("In May, …",
"during March")."""

YEAR_FRAMING = frozenset({"in", "during", "of", "until", "late", "early", "mid", "mid-"})
"""Words before a bare year that place the sentence in it ("in 2023", "in late 2023"; "since
2023" reaches to now, so it does not)."""

SINCE = "since"
"""Before a date or year, the start of a history the sentence tells ("underway since November
2023"): read apart from the times that place the sentence (it reaches to now)."""

YEAR_EVENTS = DATED_EVENTS | {
    "visit", "trip", "tour", "talks", "summit", "remark", "decision", "order", "directive",
}  # fmt: skip
"""Events a year before which, after a possessive, places what the sentence tells of them in
that year ("Prime Minister X's 2020 visit to Kabul", "the minister's 2019 remarks", "X's 2019
directive"), as "during his 2020 visit" does."""


def _possessed_event(words: list[str], i: int, first: int, last: int) -> bool:
    """Whether the year at ``i`` stands between a possessive and one of :data:`YEAR_EVENTS`."""
    return (
        i > first
        and words[i - 1] in POSSESSIVE_CLITICS
        and i + 1 < last
        and words[i + 1] in YEAR_EVENTS
    )


YEAR_DETERMINERS = frozenset({"a", "an", "his", "her", "its", "their"})


def _determined_event(words: list[str], i: int, first: int, last: int) -> bool:
    """Whether the year at ``i`` stands in a source's phrase, "to", "from" or "of", a
    determiner and one of :data:`YEAR_EVENTS` ("according to a 2023 statement by …", "quoted
    from a 2023 interview"): the event, and whoever the sentence names with it, is of that
    year, as after a possessive. Not a year event that is a verb's object ("X said a 2023
    statement would stand")."""
    return (
        i > first + 1
        and words[i - 1] in YEAR_DETERMINERS
        and words[i - 2] in SOURCE_LEADS
        and i + 1 < last
        and words[i + 1] in YEAR_EVENTS
    )


SOURCE_LEADS = frozenset({"to", "from", "of"})
"""Words before a determiner and a dated event that make it the source of what the sentence
tells ("according to a 2023 statement")."""

AUTHOR_LEADS = frozenset({"of", "by"})
"""Words after "the <year> <event>" that name its author ("the 2019 order of Minister X", "the
2019 decision by Minister X"): the author acted in that year."""


def _authored_event(words: list[str], i: int, first: int, last: int) -> bool:
    """Whether the year at ``i`` stands between "the" and one of :data:`YEAR_EVENTS` followed
    by :data:`AUTHOR_LEADS` ("the 2019 decision of Minister X was reversed"): the act, and its
    author's title, are of that year. Not "the 2019 decision" alone, a name for an act that
    whoever the sentence names may speak of now ("X says the 2019 decision stands")."""
    return (
        i > first
        and words[i - 1] == "the"
        and i + 2 < last
        and words[i + 1] in YEAR_EVENTS
        and words[i + 2] in AUTHOR_LEADS
    )


EVENT_FRAMING = frozenset({"in", "during", "at", "on"})
"""A year naming an event the sentence is told in ("In a 2023 interview, …", "during his 2023
visit"): a preposition of time, a determiner, the year."""


PRESENT_WORDS = frozenset(
    {
        "is", "are", "has", "have", "will", "remains", "remain", "continues", "says", "insists",
        "wants", "plans", "signals", "believes", "maintains", "seeks", "faces", "holds", "leads",
    }
)  # fmt: skip
"""Verb forms that put a sentence in the present (or the future seen from now)."""

NOT_S_VERBS = frozenset({"as", "was"})
"""Words in "-s" that the lemma table gives another form ("as" -> "a", "was" -> "be") but
that are no verb in the present: "took over as the new chief", "was the chief"."""

VERB_FOLLOWERS = frozenset(
    {
        "a", "an", "the", "that", "it", "its", "his", "her", "their", "this", "these", "those",
        "to", "on", "in", "for", "with", "no", "not", "up", "out",
    }
)  # fmt: skip
"""Words that follow a present-tense verb in "-s" ("signals a", "urges the"); a country the
ledger names (first word of an office's or government's country) counts too."""

NOUN_CUES = frozenset(
    {"a", "an", "the", "its", "his", "her", "their", "our", "these", "those", "two", "'s", "’s"}
)
"""Words before a word in "-s" that make it a noun ("the talks", "two visits", "the
minister's remarks on …"), not a verb."""


(
    _PHRASE, _YEAR, _MONTH, _AGO, _LAST, _EARLIER, _PRESENT, _S_VERB, _TENURE, _RANK, _WEEKDAY,
    _BEFORE, _THEN,
) = (1 << bit for bit in range(13))  # fmt: skip
"""What a word may be to :func:`read_frame` (bits of :class:`_MayMatter`'s value)."""


class _MayMatter(dict[str, int]):
    """What a word can be that :func:`read_frame` looks for at its own index (a phrase's
    first word, a year, a month, "ago", "last", "earlier", a present-tense word or verb in
    "-s", a tenure's end or a promotion), as bits decided once per distinct word: the frame's
    loop visits only the words with some (most words of a sentence have none), in text order
    as before, and tests each only for what it may be (no prefix list per word and sentence).
    """

    def __missing__(self, lower: str) -> int:
        value = self[lower] = (
            _PHRASE * (lower in _PHRASE_STARTS)
            | _YEAR * (_YEAR_FORM.match(lower) is not None)
            | _MONTH * (lower in MONTHS)
            | _AGO * (lower == "ago")
            | _LAST * (lower == "last")
            | _EARLIER * (lower == "earlier")
            | _PRESENT * (lower in PRESENT_WORDS)
            | _S_VERB
            * (lower.endswith("s") and not lower.endswith("ss") and lower not in NOT_S_VERBS)
            | _TENURE * lower.startswith(TENURE_END_PREFIXES)
            | _RANK * lower.startswith(RANK_CHANGE_PREFIXES)
            | _WEEKDAY * (lower in WEEKDAYS or lower in DAYS_BACK)
            | _BEFORE * (lower in BEFORE_WORDS)
            | _THEN * (lower == THEN)
        )
        return value


_MAY_MATTER = _MayMatter()

_YEAR_FORM = re.compile(r"(?:(mid|early|late)-|-)?(\d{4})$")
"""A year as the tokenizer leaves it: alone ("2024"), fused to a part of it ("mid-2024",
"early-2024", which place the sentence in the year by themselves) or to a hyphen after a
part written apart ("mid -2024")."""


def _year(lower: str) -> tuple[int, bool]:
    """The year of a word :data:`_YEAR_FORM` matches, and whether a part of the year is
    fused to it ("mid-2024")."""
    found = _YEAR_FORM.match(lower)
    if found is None:
        return 0, False
    return int(found.group(2)), found.group(1) is not None


# ---------------------------------------------------------------------------------------------
# The frame


@dataclass(frozen=True, slots=True)
class TimeFrame:
    """The time a sentence puts its titles in."""

    then: bool
    """A phrase placing it at the time of the events: "at the time", "back then", a title's
    "then" ("(then …)", "the then …", "then-…")."""
    periods: tuple[Period, ...]
    """Dates the sentence places what it tells in ("On November 1, 2023, …")."""
    years: tuple[int, ...]
    """Bare years it places what it tells in ("in 2023", a year opening the sentence)."""
    present: bool
    """A present-tense verb ("says", "is", "will")."""
    tenure_end: bool
    """It reports a tenure's end ("resigned", "stepped down", "was replaced", "handed over
    command")."""
    rank_change: bool = False
    """It reports a promotion ("was promoted to Field Marshal from General")."""
    named_days: tuple[dt.date, ...] = ()
    """The days its weekdays and "yesterday"/"today" name in a report of the past ("… on
    Saturday declined", "last Tuesday"): the latest such weekday up to the draft's date (a
    story dated Saturday that tells what happened "on Saturday" tells that day's events).
    Read for every sentence, but a weekday in a sentence about the future ("will meet on
    Monday") names a day after the draft's: only a sentence with no present or future verb
    may be dated so."""
    moved_only: bool = False
    """Its tenure's end is read only from a move to something else ("has been appointed
    ambassador", "was sworn in as senator", "took oath as …", "was elevated to …"), not from
    an end itself ("resigned", "was replaced", "retired"): it may tell of a later change than
    the end of the tenure its title names."""

    ends: tuple[int, ...] = ()
    """Where the words reporting a tenure's end or a move stand (doc token indices):
    :func:`own_end` keeps the report for a title of the clause it is told of."""

    since: tuple[Period, ...] = ()
    """Times a history it tells began ("has been underway since November 2023", "since
    2023"): not the time of the sentence, but a reference to whoever acted then (a
    government's generic name) may be to that time's."""

    def began_within(self, start: dt.date | None, end: dt.date | None) -> bool:
        """Whether a history the sentence tells began between ``start`` and ``end`` (a
        tenure; ``None`` = open)."""
        return any(
            (start is None or p.last >= start) and (end is None or p.first < end)
            for p in self.since
        )

    def placed_after(self, end: dt.date) -> bool:
        """Whether the sentence dates what it tells (a date or a weekday it places it on) and
        every such day is after ``end``, the first day a tenure was no longer held: its
        events cannot be those of the tenure's last days."""
        days = [p.first for p in self.periods] + list(self.named_days)
        return bool(days) and not self.years and all(d > end for d in days)

    def past_framed(self, tenures: Iterable[tuple[dt.date | None, dt.date | None]]) -> bool:
        """Whether the sentence is placed in a past period that lies inside one of the tenures
        (``(start, end)``, ``None`` = open), or "at the time" of whatever it tells. A day
        placed on a tenure's recorded end (the first day it was no longer held) is inside it:
        that day's events are told under either title ("on November 24 appointed Lt Gen X as
        army chief", the day of his promotion), as :func:`.titles_record.ended_before`
        reads a draft of that day. A weekday of a report of the past (:attr:`named_days`, in a
        sentence with no present verb) places it as a date does ("X on Friday took over as
        …", the day X's old rank ended)."""
        if self.then:
            return True
        tenures = list(tenures)
        # a weekday of a report of the past ("on Friday took over …") places it on that day
        days = () if self.present else self.named_days
        for period in (*self.periods, *(Period(d, d, d.isoformat()) for d in days)):
            for start, end in tenures:
                if (start is None or period.last >= start) and (end is None or period.first <= end):
                    return True
        for year in self.years:
            for start, end in tenures:
                if (start is None or start.year <= year) and (
                    end is None or year < end.year or (year == end.year and end.month > 1)
                ):
                    return True
        return False

    def label(self) -> str | None:
        """The frame in one word for ``narrlint claims``: ``then``, ``tenure_end``, the first
        date (ISO), ``present``, or ``None`` when the sentence does not place its titles (they
        are then read as of the draft's date)."""
        if self.then:
            return "then"
        if self.tenure_end:
            return "tenure_end"
        if self.periods:
            return self.periods[0].label
        if self.years:
            return str(self.years[0])
        if self.present:
            return "present"
        return None

    def dates(self) -> list[str]:
        return [p.label for p in self.periods] + [str(y) for y in self.years]


def read_frame(doc: Doc, sentence: Span, day: dt.date, countries: frozenset[str]) -> TimeFrame:
    """The time frame of ``sentence``, in one pass over its words. ``day``: the draft's date
    there (a date without a year is the latest one not after it); ``countries``: words that
    may follow a verb like an object does ("urges Pakistan"), from the ledger."""
    words = lowers(doc)
    first, last = sentence.start, sentence.end
    periods = []
    since: list[Period] = []
    future = None  # whether the sentence speaks of what will be, read once where needed
    for span in spans_within(doc, "dates", first, last):
        before = words[span.start - 1] if span.start > first else ""
        if before not in FRAMING and before != SINCE and not _event_dated(words, span.start, first):
            continue  # "the November 1 deadline", "leave by November 1": not the story's time
        if before in BOUNDS:
            if future is None:
                future = any(w in FUTURE_MODALS for w in words[first:last])
            if future:
                continue  # "from January 31, no one will be allowed …": a cut-off ahead
        value = span._.date
        # "is expected to visit on September 18", in July: the coming one, not last year's
        ahead = bool(value.day) and not value.year and _future_before(words, first, span.start)
        period = written_period(value, day, ahead)
        if period is not None:
            (since if before == SINCE else periods).append(period)
    years = []
    then = present = tenure_end = rank_change = moved = False
    named_days: list[dt.date] = []
    ends: list[int] = []
    followers = _followers(countries)
    kinds = list(map(_MAY_MATTER.__getitem__, words[first:last]))
    for i in compress(range(first, last), kinds):
        lower, kind = words[i], kinds[i - first]
        if kind & _PHRASE and not then:
            then = any(
                tuple(words[i : i + len(phrase)]) == phrase and i + len(phrase) <= last
                for phrase in PAST_PHRASES
            )
        if kind & _BEFORE and not then:
            then = _before_change(doc, words, i, last)
        if kind & _THEN and not then:
            then = _then_title(doc, words, i, first, last)
        year, part = _year(lower) if kind & _YEAR else (0, False)
        if kind & _YEAR and i > first and words[i - 1] == SINCE:
            since.append(Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year)))
        elif kind & _YEAR and (
            i == first
            or part  # "in mid-2024", "decided early-2024 to …"
            or (i > 0 and words[i - 1] in YEAR_FRAMING)
            or (i > 1 and words[i - 1] in YEAR_DETERMINERS and words[i - 2] in EVENT_FRAMING)
            or _determined_event(words, i, first, last)
            or _possessed_event(words, i, first, last)
            or _authored_event(words, i, first, last)
        ):
            years.append(year)
        if (
            kind & _MONTH
            and i > first
            and words[i - 1] in MONTH_FRAMING
            and doc[i].is_title
            and not (i + 1 < last and (words[i + 1].isdecimal() or doc[i + 1].like_num))
        ):
            month = MONTHS[lower]
            year = latest_year(month, None, day)
            periods.append(
                Period(dt.date(year, month, 1), dt.date(year, month, 28), f"{year:04d}-{month:02d}")
            )
        if kind & _AGO and i - 2 >= first:
            period = ago(words[i - 2], words[i - 1], day)
            if period is not None:
                periods.append(period)
        if kind & _LAST:
            # "since the drive began last year": when a history began, not the sentence's time
            into = since if _after_since(words, i, first) else periods
            if (
                i + 1 < last
                and words[i + 1] in MONTHS
                and doc[i + 1].is_title
                and not (i + 2 < last and words[i + 2].isdecimal())
            ):
                month = MONTHS[words[i + 1]]
                year = day.year if month < day.month else day.year - 1
                into.append(
                    Period(
                        dt.date(year, month, 1), dt.date(year, month, 28), f"{year:04d}-{month:02d}"
                    )
                )
            if i + 1 < last and words[i + 1] in LAST_PERIODS:
                if words[i + 1] == "year" and into is since:
                    year = day.year - 1
                    since.append(Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year)))
                elif words[i + 1] == "year":
                    years.append(day.year - 1)
                else:
                    start = (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
                    into.append(Period(start, start.replace(day=28), f"{start:%Y-%m}"))
        if kind & _EARLIER:
            period = earlier_in(words[i + 1 : min(i + 4, last)], day)
            if period is not None:
                periods.append(period)
        if (
            not present
            and kind & (_PRESENT | _S_VERB)
            and not (i > first and words[i - 1] in NOUN_CUES)
        ):
            # "the government's plans for …", "its holds on …": nouns, not verbs in the present
            present = bool(kind & _PRESENT) or _present_verb(doc, words, i, followers)
        if kind & _TENURE and ends_tenure(doc, words, i, first, last):
            ends.append(i)
            if lemma_lowers(doc)[i] in MOVE_WORDS:
                moved = True
            else:
                tenure_end = True
        if kind & _RANK and not rank_change:
            rank_change = promotion(lower, lemma_lowers(doc)[i])
        if (
            kind & _WEEKDAY
            and lower in WEEKDAY_NUMBERS
            and doc[i].is_title
            and (i == first or words[i - 1] in WEEKDAY_LEADS)
        ):
            named_days.append(weekday(lower, day, last_one=i > first and words[i - 1] == "last"))
        elif kind & _WEEKDAY and lower in DAYS_BACK and (i == first or doc[i].is_lower):
            named_days.append(day - dt.timedelta(days=DAYS_BACK[lower]))
    return TimeFrame(
        then,
        tuple(periods),
        tuple(years),
        present,
        tenure_end or moved,
        rank_change,
        tuple(named_days),
        moved_only=moved and not tenure_end,
        ends=tuple(ends),
        since=tuple(since),
    )


SINCE_REACH = 6
"""Words a "since" may stand before the "last" of the time it starts a history at ("since
Pakistan's repatriation plan last year", "since the drive began last month")."""
SINCE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")"})


def _after_since(words: list[str], i: int, first: int) -> bool:
    """Whether a "since" stands within :data:`SINCE_REACH` words before ``i`` in the same
    clause (no :data:`SINCE_BREAKS` between): the time at ``i`` is when the history began."""
    for j in range(i - 1, max(first, i - SINCE_REACH) - 1, -1):
        if words[j] == SINCE:
            return True
        if words[j] in SINCE_BREAKS:
            return False
    return False


SUBJECT_GLUE = frozenset({"and", "&", ",", "the", "of", "'s", "’s", "-", "(", ")"})
"""Lower-case words that may stand between two people who are both the subject of one report
("Interior Minister X and Foreign Minister Y resigned"); any other ("congratulated", "said",
"met") opens another clause."""


def own_end(frame: TimeFrame, doc: Doc, end: int) -> TimeFrame:
    """``frame`` for a title (or rank) and name ending at token ``end``: a report of a tenure's
    end or of a move told after it, of another person named in between in another clause, is
    not its own ("Chief Minister X congratulated Y on being elected chairman": Y's move, not
    X's; "Minister X said Y had resigned"). Such a frame loses its report; one told before
    the title ("Sharif succeeded caretaker Prime Minister X") or with no other person after a
    verb between ("Interior Minister X and Foreign Minister Y resigned") stays. A report
    written as a noun with another holder in its "of" phrase ("Governor X objected to the
    resignation of Chief Minister Y") is that holder's, wherever it stands
    (:func:`_of_another`)."""
    if not frame.tenure_end or not frame.ends:
        return frame
    for at in frame.ends:
        if _of_another(doc, at, end) or _relative_of_another(doc, end, at):
            continue
        if at < end or not _another_subject(doc, end, at):
            return frame
    return dataclasses.replace(frame, tenure_end=False, moved_only=False, ends=())


OF_REACH = 6
"""Tokens after a report's "of" within which its holder's name must start ("the resignation
of Khyber Pakhtunkhwa Chief Minister X")."""


def _of_another(doc: Doc, at: int, end: int) -> bool:
    """Whether the report at ``at`` is a noun whose holder follows in an "of" phrase ("the
    resignation of Chief Minister Y") and that holder is another person than the one whose
    title and name end at ``end``: the report is the other's ("Governor X objected to the
    resignation of Chief Minister Y")."""
    words, kinds = lowers(doc), ents(doc)
    if at + 1 >= len(doc) or words[at + 1] != "of":  # no verb of an end takes "of" + holder
        return False
    stop = min(at + 2 + OF_REACH, len(doc))
    person = next((j for j in range(at + 2, stop) if kinds[j] == PERSON), None)
    if person is None:
        return _unknown_holder(doc, at + 2, end)
    if any(not doc[j].is_alpha and doc[j].text not in "()-'’" for j in range(at + 2, person)):
        return False
    last = person
    while last + 1 < len(doc) and kinds[last + 1] == PERSON:
        last += 1
    return last + 1 != end


def _unknown_holder(doc: Doc, start: int, end: int) -> bool:
    """Whether the "of" phrase of a report starting at ``start`` names a person the ledger does
    not know ("after the resignation of Ch Tariq Y"): :data:`MIN_UNKNOWN_NAME` to
    :data:`MAX_UNKNOWN_NAME` capitalised words outside any entity, with no word of the name
    whose title ends at ``end`` among them (the holder's own name written otherwise, "the
    resignation of Sardar Y" of "Chief Minister Usman Y"), then no further capitalised word."""
    kinds, written = ents(doc), texts(doc)
    k = start
    while k < len(doc) and k - start <= MAX_UNKNOWN_NAME and _name_word(written[k], kinds[k]):
        k += 1
    if not MIN_UNKNOWN_NAME <= k - start <= MAX_UNKNOWN_NAME:
        return False
    if k < len(doc) and (written[k][:1].isupper() or kinds[k]):
        return False  # a longer run, or a title or name the ruler found after it
    own, words = set(), lowers(doc)
    j = end - 1
    while j >= 0 and kinds[j] == PERSON:
        own.add(words[j])
        j -= 1
    return not own.intersection(words[start:k])


MIN_UNKNOWN_NAME = 2
"""Fewest capitalised words an unknown holder's name in an "of" phrase takes (a given name
and a surname; a single word may be a place or a body)."""


def _name_word(text: str, kind: str) -> bool:
    """Whether ``text`` may be a word of a name the ruler did not find: capitalised letters
    only (a short honorific such as "Ch" or "Dr" too), outside any entity."""
    return not kind and text.isalpha() and text.istitle()


SINGULAR_AFTER_WHO = frozenset({"has", "is", "was"})
"""Verbs right after "who" that give the relative clause one antecedent, the nearest name
("X and Y, who has been designated …": Y; "X and Y, who were sacked": both)."""


def _relative_of_another(doc: Doc, end: int, at: int) -> bool:
    """Whether the report at ``at`` stands in a relative clause set off by a comma ("…, who
    has been designated the agency's advocate") whose antecedent is someone named after the
    title's holder, whose name ends at ``end`` ("Coordinator X and film star Y, who has been
    designated …": Y's move, not X's). A clause right after the holder's name is the
    holder's ("X, who was appointed …")."""
    words, written = lowers(doc), texts(doc)
    for j in range(at - 1, end + 1, -1):
        if written[j] == ",":
            return False  # the clause closed before the report: not inside it
        if words[j] in HOLDER_RELATIVES and written[j - 1] == ",":
            return j - 1 > end and j + 1 < at and words[j + 1] in SINGULAR_AFTER_WHO
    return False


HOLDER_RELATIVES = frozenset({"who", "whom", "whose", "which"})
"""Words opening a relative clause set off by commas on the title's holder ("X, who met Y on
Monday, resigned"): a person named inside it is not the report's subject."""


def _another_subject(doc: Doc, start: int, at: int) -> bool:
    """Whether a person the ruler found stands between ``start`` and the report at ``at``,
    after a lower-case word that is no :data:`SUBJECT_GLUE` (a verb or a preposition of
    another clause), outside a relative clause set off by commas right after ``start``."""
    kinds, words, written = ents(doc), lowers(doc), texts(doc)
    if start + 1 < at and written[start] == "," and words[start + 1] in HOLDER_RELATIVES:
        closing = next((j for j in range(start + 2, at) if written[j] == ","), None)
        if closing is None:
            return False  # "X, who met Y, resigned" without its closing comma: X's own
        start = closing + 1
    person = next((j for j in range(at - 1, start - 1, -1) if kinds[j] == PERSON), None)
    if person is None:
        return _unknown_subject(doc, start, at)
    return any(
        not kinds[j] and written[j].islower() and words[j] not in SUBJECT_GLUE
        for j in range(start, person)
    )


CLAUSE_OPENERS = frozenset({"while", "whilst", "whereas", "but"})
"""Words that open a clause of its own after the title's holder ("X is set to serve as adviser,
while Y will be appointed as …"): a name right after one is that clause's subject."""
MAX_UNKNOWN_NAME = 4
SUBJECT_VERBS = frozenset({*CLAUSE_VERBS, "has", "had", "have"})


def _unknown_subject(doc: Doc, start: int, at: int) -> bool:
    """Whether a clause opened by :data:`CLAUSE_OPENERS` between ``start`` and the report at
    ``at`` has a name the ledger does not know as its subject: two to
    :data:`MAX_UNKNOWN_NAME` capitalised words outside any entity, then a finite verb ("…,
    while Tariq Y will be appointed as …"): the report is that person's."""
    kinds, words, written = ents(doc), lowers(doc), texts(doc)
    for j in range(start, at - 2):
        if words[j] not in CLAUSE_OPENERS:
            continue
        k = j + 1
        while k < at and written[k].istitle() and written[k].isalpha() and not kinds[k]:
            k += 1
        if 2 <= k - j - 1 <= MAX_UNKNOWN_NAME and k < at and words[k] in SUBJECT_VERBS:
            return True
    return False


def _then_title(doc: Doc, words: list[str], i: int, first: int, last: int) -> bool:
    """Whether the "then" at ``i`` marks a title as of the time told ("(then Quarter Master
    General)", "the then interior minister", "then-caretaker PM"): the sentence tells of that
    time, and the other titles of its list are that time's too ("Lt Gen X (then Quarter Master
    General), Lt Gen Y (Commander 10 Corps) …" before their promotions)."""
    if i + 1 >= last:
        return False
    if words[i + 1] == "-":
        return not doc[i].whitespace_  # "then-caretaker", not "then - as planned -"
    if i == first or words[i - 1] not in THEN_MARKS:
        return False
    # "the then …" stands before a title; "(then …)" only where a name of a post may follow
    # ("(then Quarter Master General)", "(then head of logistics)"), not a stop word ("(then
    # under Taliban control)")
    after = doc[i + 1]
    return words[i - 1] != "(" or after.is_title or after.ent_type_ == TITLE or not after.is_stop


def _event_dated(words: list[str], start: int, first: int) -> bool:
    """Whether the date at ``start`` dates a thing said or held (:data:`DATED_EVENTS`): "… of
    <date>" after such a noun, or "dated <date>" after one (``first``: the sentence's start)."""
    if start - 2 < first or words[start - 1] not in ("of", "dated"):
        return False
    return words[start - 2] in DATED_EVENTS


def _before_change(doc: Doc, words: list[str], i: int, last: int) -> bool:
    """Whether "before" (or "prior to") at ``i`` places the sentence before a change of post
    or rank (:data:`CHANGE_NOUNS`, :data:`CHANGE_VERBS`)."""
    k = i + 1
    if words[i] == "prior":
        if k >= last or words[k] != "to":
            return False
        k += 1
    if k < last and words[k] in POSSESSIVE_LEADS:
        k += 1
    if k >= last:
        return False
    if words[k] in CHANGE_NOUNS:
        return k > i + 1 and words[k - 1] in POSSESSIVE_LEADS
    if words[k] in CHANGE_VERBS:
        return words[k] != "taking" or (k + 1 < last and words[k + 1] in ("over", "charge"))
    if words[k] == "being" and k + 1 < last:
        lemma = lemma_lowers(doc)[k + 1]
        return words[k + 1].endswith("ed") and (lemma in MOVE_LEMMAS or lemma in RANK_CHANGE_LEMMAS)
    return False


def may_end_tenure(doc: Doc, first: int, last: int) -> bool:
    """Whether some word from ``first`` to ``last`` may report a tenure's end (a cheap test
    of each word's spelling before a sentence's frame is read)."""
    return any(_MAY_MATTER[w] & _TENURE for w in lowers(doc)[first:last])


@functools.lru_cache(maxsize=8)
def _followers(countries: frozenset[str]) -> frozenset[str]:
    return VERB_FOLLOWERS | countries


def _present_verb(doc: Doc, words: list[str], i: int, followers: frozenset[str]) -> bool:
    """A verb in "-s" before an object or particle ("signals a", "urges Pakistan")."""
    lower = words[i]
    if not lower.endswith("s") or lower.endswith("ss") or i + 1 >= len(words):
        return False
    if words[i + 1] not in followers or (i > 0 and words[i - 1] in NOUN_CUES):
        return False
    return lemma_lowers(doc)[i] != lower and not doc[i].is_title


WEEKDAY_LEADS = frozenset({"on", "last", "since", "by", "until", "till", "from", "(", ","})
"""Words before a weekday that date what a sentence tells by it ("on Saturday", "last
Tuesday"), unlike one naming a thing ("Friday prayers", "the Saturday market")."""
DAYS_BACK = {"yesterday": 1, "today": 0, "tonight": 0}
"""Words naming a day by its distance back from the draft's date (in lower case inside a
sentence: "Pakistan Today" is a newspaper)."""
