"""The date claims' values and cues (:mod:`narrlint.claims.dates_cues` reads them): a deadline
as the draft writes it (a date or a window) and why it is a cut-off (its cue and role). Kept apart
so that the readers of cues (:mod:`narrlint.claims.dates_enforcement`) and the matchers share
them without importing each other."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from narrlint.claims.dates_words import MONTH_DAYS, YEAR_DAYS, YEAR_WORDS
from narrlint.nlp.quantities import DURATION_UNITS, DateValue

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(frozen=True, slots=True)
class Value:
    """A deadline as the draft writes it: a date, or a window in days/weeks/months."""

    date: DateValue | None = None
    count: float | None = None
    unit: str | None = None
    at_most: bool = False
    """ "extended by up to six months": any length up to the window's, so only a longer
    recorded length contradicts it."""

    @property
    def is_date(self) -> bool:
        return self.date is not None

    def day_range(self) -> tuple[int, int]:
        """Days a window may mean: "one month" is 28 to 31 days, a year 365 or 366; "up to"
        one month, 1 to 31 days."""
        low, high = self._days()
        return (1, high) if self.at_most else (low, high)

    def _days(self) -> tuple[int, int]:
        if self.unit in ("month", "months"):
            return round(self.count * MONTH_DAYS[0]), round(self.count * MONTH_DAYS[1])
        if self.unit in YEAR_WORDS:
            return round(self.count * YEAR_DAYS[0]), round(self.count * YEAR_DAYS[1])
        days = round(self.count * DURATION_UNITS.get(self.unit or "day", 1))
        return days, days


@dataclass(frozen=True, slots=True)
class Cue:
    """The words before a date that say what it is: a cut-off, an expiry, a start."""

    word: str
    strong: bool
    """A cue that names a cut-off by itself ("deadline", "expires", "valid until")."""
    noun: Span | None = None
    """The deadline noun the value hangs on, when there is one."""
    after_last_day: bool = False
    """ "expired on April 1": the day after the last valid day names the same cut-off."""
    before_first_day: bool = False
    """ "deported after October 31": the day before enforcement names the same cut-off."""
    issued: bool = False
    """ "Pakistan's Oct. 3 ultimatum": a date before a noun of the act of giving a deadline may
    name the day it was given as well as its cut-off."""
    role: str = "deadline"
    """What the value is in the order: ``deadline`` (leave/renew by), ``extension`` (the new
    cut-off), ``enforcement_start`` ("arrests from"), ``expiry`` (of a document)."""
