"""The date claim itself: a value in its role, the ledger deadlines it may name and which of
them accept it (:mod:`narrlint.claims.dates` reads the claims, :mod:`narrlint.claims.dates_cutoff`
finds a cut-off's candidates). Kept apart so that both import it without importing each other."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from narrlint.claims.base import Claim
from narrlint.claims.dates_frames import tells_of_change
from narrlint.claims.dates_lexicon import Profile
from narrlint.claims.dates_match import Candidate
from narrlint.claims.dates_model import Cue, Value
from narrlint.claims.dates_record import (
    LENGTH_MARGIN_DAYS,
    accepts,
    evidence_rank,
    link_before,
    link_in_force,
)
from narrlint.claims.dates_stale import (
    PREVIOUS_WORDS,
    end_replaced,
    end_set_later,
    past_end_told_now,
    previous_mistold,
    told_link,
)
from narrlint.claims.dates_starts import START_CUE, start_accepted
from narrlint.nlp.quantities import DateValue
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span


ROLES = (
    "deadline", "extension", "announcement", "enforcement_start", "expiry", "event_date",
    "unknown",
)  # fmt: skip
CUT_OFF_ROLES = frozenset({"deadline", "extension", "enforcement_start", "expiry"})
"""Roles of a value that is a cut-off: only those are matched with the ledger's deadlines."""


@dataclass(frozen=True, eq=False)
class DateClaim(Claim):
    """A date or window the draft gives, in its role; ``span`` is the date or window itself."""

    kind: ClassVar[str] = "date"
    value: Value
    """The date (``value.date``, a :class:`DateValue`) or the window (``count`` ``unit``)."""
    role: str
    """One of :data:`ROLES`."""
    cue: Cue | None
    """Why the value is a cut-off ("until", "deadline", "expires" …); None for other dates."""
    sentence: Span
    clause: Span
    """The part of the sentence the value was read in (split at ";", "but", "while" …)."""
    groups: tuple[str, ...] = ()
    """Ledger categories the clause names (ids), for a cut-off."""
    place: str | None = None
    """Where the cut-off applies: a place of the ledger's deadlines the clause names ("the twin
    cities"), else a country of its governments ("Pakistan"), else the authority the ledger does
    not know that sets the deadline ("Iran")."""
    candidates: tuple[Candidate, ...] = ()
    """Ledger deadlines the claim may name, best first (empty when none, or not a cut-off)."""
    why_none: str = ""
    """Why no ledger deadline is a candidate, in plain words (when ``candidates`` is empty)."""
    placed: dt.date | None = None
    """The calendar day a date without its year means in the text (the latest such day by
    the text's date for a past ending, "expired on March 31"; else the nearest): a chain of
    validity dates is judged by it, not by month and day alone."""
    day: dt.date | None = None
    """The text's date."""
    period: tuple[dt.date, dt.date] | None = None
    """For a window given with its own first and last day ("25 days, from August 4 to August
    31"): those days, which the window must span."""
    newer: tuple[Profile, ...] = ()
    """The events the claim names whose record ends before the text's date and this value
    (best first): the text reports something later than the ledger knows (when
    ``candidates`` is empty)."""
    year_only: bool = False
    """A reported start given as a year ("began last year", "in 2024"): compared by year."""
    authority: str | None = None
    """Who sets the deadline when the ledger does not know them ("Iran"): the ledger cannot
    judge its value, but two values one draft gives for it may conflict (NL102)."""

    @property
    def is_date(self) -> bool:
        return self.value.is_date

    @property
    def best(self) -> Profile:
        return self.candidates[0][0]

    @property
    def clear_best(self) -> bool:
        """The best candidate is better than every other one (not merely nearer in time)."""
        if len(self.candidates) == 1:
            return True
        named = bool(self.groups)
        return evidence_rank(self.candidates[0], named) > evidence_rank(self.candidates[1], named)

    @cached_property
    def accepted_by(self) -> tuple[Profile, ...]:
        """Candidates whose record accepts the value (the same cut-off, in any recorded form).
        A window is judged only by deadlines that record windows, or, for an extension's
        length, by a chain's link in force at the text's date (never by an order's first
        window); when none does, or for an extension's length when the order the clause
        names best does not, nothing can be said and every candidate accepts it."""
        profiles = [p for p, _ in self.candidates]
        if self.cue is not None and self.cue.word == START_CUE:  # "deportations began in …"
            date = self.value.date
            return tuple(p for p in profiles if start_accepted(p, date, self.year_only))
        if not self.value.is_date:
            if self.period is not None:  # judged by the days it says it spans
                low, high = self.value.day_range()
                days = (self.period[1] - self.period[0]).days
                # counted from the announcement, the first full day, with or without the
                # last: "a 25-day grace period from August 4 to August 31" is the official's
                # own count of that period, not another window
                spans = low - LENGTH_MARGIN_DAYS <= days + 1 and days <= high + LENGTH_MARGIN_DAYS
                return tuple(profiles) if spans else ()
            lengths = {p.id: self.link_length(p) for p in profiles}
            # an extension's length is not the first window: "extended for a year" is judged
            # by a chain's link only, never by the order's "30 days to leave"
            first = self.role != "extension"
            judges = [p for p in profiles if (first and p.durations) or lengths[p.id]]
            if not judges or (not first and profiles[0] not in judges):
                return tuple(profiles)  # the order the clause names best cannot judge it
            return tuple(
                p
                for p in judges
                if (
                    _covers(self, lengths[p.id])
                    if lengths[p.id]
                    else accepts(p, self.value, self.cue)
                )
            )
        return tuple(
            p
            for p in profiles
            if accepts(p, self.value, self.cue, self.placed)
            and not past_end_told_now(self.clause, self.span, p, self.value, self.day)
            and not end_set_later(p, self.value, self.placed, self.day)
            and not (
                self.role == "extension"
                and end_replaced(self.sentence, self.span, p, self.value, self.placed, self.day)
            )
            and not previous_mistold(self.span, p, self.value, self.placed, self.day)
        )

    def link_length(self, profile: Profile) -> int | None:
        """For "a six-month extension" of a chain: the days its link in force at the text's
        date added (None when the claim is not an extension's length or there is no link)."""
        if self.role != "extension" or self.is_date or self.day is None:
            return None
        link = self.link(profile)
        return (link[1] - link[0]).days if link is not None else None

    def link(self, profile: Profile) -> tuple[dt.date, dt.date] | None:
        """The link of a chain an extension's length is told of: the one in force at the
        text's date, or the one it replaced when the window is named as the previous one
        ("following a previous 30-day extension, which … expired on Tuesday")."""
        if self.day is None:
            return None
        lowers = doc_lowers(self.span.doc)[
            max(self.clause.start, self.span.start - 3) : self.span.start
        ]
        if not PREVIOUS_WORDS.isdisjoint(lowers) or "earlier" in lowers:
            return link_before(profile, self.day)
        told = told_link(self.sentence, self.span, profile, self.day)
        return told or link_in_force(profile, self.day)

    @property
    def event(self) -> Profile | None:
        """The one deadline this claim is about, when that is certain."""
        if len(self.accepted_by) == 1:
            return self.accepted_by[0]
        if self.accepted_by and self.best in self.accepted_by and self.clear_best:
            return self.best  # several record the value; the clause names this one best
        if not self.accepted_by and self.candidates and self.clear_best:
            return self.best
        return None

    @property
    def events(self) -> tuple[Profile, ...]:
        """The events the claim may be about: the certain one, else every event accepting it."""
        if self.event is not None:
            return (self.event,)
        return self.accepted_by

    @cached_property
    def tells_of_change(self) -> bool:
        """The sentence tells of a change of deadline ("extended to June 30"; not "would not
        be extended"), so it gives two dates on purpose."""
        return tells_of_change(self.sentence)

    def details(self) -> dict[str, Any]:
        date = self.value.date
        return {
            "role": self.role,
            "date": (
                (str(date.year) if self.year_only else _iso(date)) if date is not None else None
            ),
            "end_date": _iso(date, date.end_day) if date and date.end_day else None,
            "days": list(self.value.day_range()) if not self.is_date else None,
            "cue": self.cue.word if self.cue is not None else None,
            "groups": list(self.groups),
            "place": self.place,
            "events": [p.id for p, _ in self.candidates],
        }


def _iso(date: DateValue, day: int | None = None) -> str:
    """ISO 8601, truncated where the draft gives no year or day: "2023-11-01", "--11-01",
    "2023-11", "--11"."""
    day = day if day is not None else date.day
    year = f"{date.year:04d}" if date.year is not None else "-"
    return f"{year}-{date.month:02d}" + (f"-{day:02d}" if day is not None else "")


def _covers(claim: DateClaim, days: int | None) -> bool:
    """The window the claim gives may be ``days`` long ("six months" for 184 days); a month's
    rounding either way is the same length written in months."""
    if days is None:
        return True
    low, high = claim.value.day_range()
    return low - LENGTH_MARGIN_DAYS <= days <= high + LENGTH_MARGIN_DAYS
