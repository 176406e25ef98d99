"""The calendar of a sentence's time frame (for :mod:`.titles_frame`): the days a date as
written covers, the year of a day and month written without one, "<number> … ago",
"earlier this year", a weekday's latest date. Apart from the frame, which finds where in a
sentence such times stand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = [
    "WEEKDAY_NUMBERS",
    "Period",
    "ago",
    "earlier_in",
    "latest_year",
    "weekday",
    "written_period",
]


@dataclass(frozen=True, slots=True)
class Period:
    """A time a sentence places what it tells in: a date or month as written."""

    first: dt.date
    last: dt.date
    label: str
    """ISO, as precise as written: ``2023-11-01``, ``2023-10``."""


AGO_UNITS = {"year": 12, "years": 12, "month": 1, "months": 1}
"""Units of "<number> … ago" that place a sentence in a past month or year ("two years ago",
"a month ago"), in months."""
AGO_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

EARLIER_IN = {("this", "year"): "year", ("in", "the", "year"): "year", ("this", "month"): "month"}
"""What follows "earlier" to place a sentence in the draft's year or month so far ("Earlier
this year, …", "… earlier in the year", "earlier this month")."""


WEEKDAY_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}


def weekday(lower: str, day: dt.date, last_one: bool) -> dt.date:
    """The latest ``lower`` (a weekday's name) up to ``day``, the draft's date: ``day`` itself
    when it is that weekday, a week before with "last"."""
    back = (day.weekday() - WEEKDAY_NUMBERS[lower]) % 7
    if last_one and not back:
        back = 7
    return day - dt.timedelta(days=back)


def earlier_in(after: list[str], day: dt.date) -> Period | None:
    """The days from the start of the draft's year or month to its date that "earlier" and
    the words ``after`` it name, or ``None``."""
    for phrase, unit in EARLIER_IN.items():
        if tuple(after[: len(phrase)]) == phrase:
            start = day.replace(month=1, day=1) if unit == "year" else day.replace(day=1)
            return Period(start, day, f"{start:%Y}" if unit == "year" else f"{start:%Y-%m}")
    return None


def ago(number: str, unit: str, day: dt.date) -> Period | None:
    """The month "<number> <unit> ago" names, counted back from ``day`` ("two years ago" in a
    draft of June 2025: June 2023); ``None`` when the words are not such a count."""
    months = AGO_UNITS.get(unit)
    count = AGO_NUMBERS.get(number) or (int(number) if number.isdecimal() else None)
    if months is None or not count or count > 50:
        return None
    index = day.year * 12 + day.month - 1 - count * months
    year, month = divmod(index, 12)
    first = dt.date(year, month + 1, 1)
    return Period(first, first.replace(day=28), f"{first:%Y-%m}")


def written_period(value, day: dt.date, ahead: bool = False) -> Period | None:
    """The days a date as written covers (a month: its 1st to 28th); ``None`` for a day the
    calendar does not have ("February 30"). ``ahead``: the sentence speaks of what is to come
    before the date, so a day without its year may be the coming one (:func:`coming_year`)."""
    if value.year:
        year = value.year
    elif value.day and ahead and (coming := coming_year(value.month, value.day, day)):
        year = coming
    elif value.day:
        year = _nearest_year(value.month, value.day, day)
    else:
        year = latest_year(value.month, None, day)
    try:
        first = dt.date(year, value.month, value.day or 1)
        last = dt.date(year, value.month, value.day or 28)
    except ValueError:
        return None
    label = first.isoformat() if value.day else f"{year:04d}-{value.month:02d}"
    return Period(first, last, label)


AHEAD_DAYS = 60
"""How far ahead of the draft's date a day written without its year may lie and still be
read as the coming one (a deadline weeks away), when last year's lies more than
:data:`BEHIND_DAYS` back."""
BEHIND_DAYS = 183


def _nearest_year(month: int, day: int, draft_date: dt.date) -> int:
    """The year of a day and month written without it: the latest one up to the draft's date,
    unless the coming one is weeks away and that one most of a year back ("decided on Tuesday
    that they would be expelled after November 1", in a story of 4 October: the coming 1
    November, not last year's)."""
    past = latest_year(month, day, draft_date)
    try:
        behind = (draft_date - dt.date(past, month, day)).days
        ahead = (dt.date(past + 1, month, day) - draft_date).days
    except ValueError:  # 29 February in a common year
        return past
    return past + 1 if ahead <= AHEAD_DAYS and behind > BEHIND_DAYS else past


def coming_year(month: int, day: int, draft_date: dt.date) -> int | None:
    """The year of a day and month written without it in a sentence that speaks of what is to
    come ("is expected to visit on September 18", in a story of 17 July): the coming one's,
    where it lies after the draft's date within :data:`BEHIND_DAYS`, so that last year's is
    more than half a year back (a past day so far back is written with its year); ``None``
    otherwise."""
    after = (month, day) > (draft_date.month, draft_date.day)
    year = draft_date.year if after else draft_date.year + 1
    try:
        ahead = (dt.date(year, month, day) - draft_date).days
    except ValueError:  # 29 February in a common year
        return None
    return year if ahead <= BEHIND_DAYS else None


def latest_year(month: int, day: int | None, draft_date: dt.date) -> int:
    candidate = dt.date(draft_date.year, month, min(day or 1, 28))
    return draft_date.year if candidate <= draft_date else draft_date.year - 1
