"""A date or window written another way, in the draft's own style: the fixes of NL101
("Dec. 1" → "Nov. 1", "two-month" → "one-month")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from narrlint.claims.dates_words import MONTH_DAYS, ORDINAL_DAYS
from narrlint.nlp.quantities import DURATION_UNITS, UNITS, day_of, month_of, year_of
from narrlint.nlp.vocabulary import HYPHENS, MONTH_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Span

if TYPE_CHECKING:
    from narrlint.claims.dates import DateClaim


def rewritten_date(claim: DateClaim, target: dt.date) -> str | None:
    """``target`` written like the claim's date: "Dec. 1" → "Nov. 1", "1 December 2023" →
    "1 November 2023", "December 1st" → "November 1st", ISO stays ISO; None when the date
    names no month ("the end of the year")."""
    tokens = list(claim.span)
    if not (len(tokens) == 5 and year_of(tokens[0])) and not any(month_of(t) for t in tokens):
        return None
    if _unread_year_after(claim.span):
        return None  # "December 31, 9999": a year the reader did not take would stay
    if tokens[-1].lower_ == "year":
        return None  # "November 1 last year": the writer words the recorded date
    if tokens[0].lower_ == "end":  # "the end of April": a month's last day, so written again
        last = (target + dt.timedelta(days=1)).day == 1
        month = next(t for t in tokens if month_of(t))
        year = f" {target.year}" if any(year_of(t) for t in tokens) else ""
        return f"end of {_month_like(month.text, target.month)}{year}" if last else None
    return _format_like(claim.span, target)


def _unread_year_after(span: Span) -> bool:
    """A number written like a year right after the date, outside its span (a year out of the
    reader's range: "December 31, 9999", "1 January 0001"): replacing the span alone would
    leave it, giving another wrong date, so no fix is offered."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].text.isdigit() and len(doc[i].text) >= 4


_DAY_WORDS = {number: word for word, number in ORDINAL_DAYS.items()}
"""The word of a day of the month, where there is one (1: "first"), for writing a day back."""


def _format_like(span: Span, target: dt.date) -> str:
    tokens = list(span)
    if len(tokens) == 5 and year_of(tokens[0]):
        return target.isoformat()
    month_token = next(t for t in tokens if month_of(t))
    day_token = next(
        (t for t in tokens if (day_of(t) or t.lower_ in ORDINAL_DAYS) and t.i != month_token.i),
        None,
    )
    year_token = next((t for t in tokens if year_of(t)), None)
    month = _month_like(month_token.text, target.month)
    day = str(target.day)
    if day_token is not None and day_token.lower_ in ORDINAL_DAYS:
        # a day in words ("the first of December"): the same word where there is one,
        # else the day as an ordinal ("the 30th of April"), never the month alone
        day = _DAY_WORDS.get(target.day, day + _suffix(target.day))
    elif day_token is not None and day_token.text[-2:].isalpha():
        day += _suffix(target.day)
    if day_token is None:
        parts = [month]
    elif any(t.lower_ == "of" for t in tokens):
        parts = [f"{day} of {month}"]
    elif day_token.i < month_token.i:
        parts = [f"{day} {month}"]
    else:
        parts = [f"{month} {day}"]
    if year_token is not None:
        comma = any(t.text == "," for t in tokens)
        parts.append(("," if comma else "") + f" {target.year}")
    return "".join(parts)


def _month_like(written: str, month: int) -> str:
    name = MONTH_NAMES[month - 1]
    bare = written.rstrip(".")
    if bare.lower() in {m.lower() for m in MONTH_NAMES}:
        text = name  # written in full
    elif written.endswith(".") and month in (3, 4, 5, 6, 7):
        text = name  # AP style writes these in full
    else:
        text = (
            "Sept" if month == 9 and (len(bare) == 4 or written.endswith(".")) else name[:3]
        ) + ("." if written.endswith(".") else "")
    return text.upper() if written.isupper() and len(written) > 3 else text


def _suffix(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def rewritten_window(claim: DateClaim, durations: Iterable[int]) -> tuple[Span, str] | None:
    """The claim's number rewritten for a recorded window ("two-month" → "one-month"): the
    span of the number and its replacement, when every recorded window (in days) is the same
    number of the claim's unit; None when the remedy is not certain."""
    span = claim.span
    unit = span[-1].lower_
    if unit in ("month", "months"):
        counts = {c for d in durations for c in _month_counts(d)}
    elif unit in ("day", "days"):
        counts = set(durations)
    else:
        return None
    if len(counts) != 1:
        return None
    count = counts.pop()
    if (count == 1) != (unit in ("month", "day")) and not _hyphenated(span):
        return None  # "two months" → "one months": leave the grammar to the writer
    number = [t for t in span if t.lower_ not in DURATION_UNITS and t.text not in HYPHENS]
    if not number:
        return None
    words = {v: k for k, v in UNITS.items() if k not in ("a", "an", "single", "zero")}
    replacement = words.get(count, str(count)) if number[0].is_alpha else str(count)
    if number[0].is_title:
        replacement = replacement.capitalize()
    return span.doc[number[0].i : number[-1].i + 1], replacement


def _hyphenated(span: Span) -> bool:
    """ "30-day", "one-month": the unit stays singular whatever the number."""
    return len(span) >= 3 and span[-2].text in HYPHENS


def _month_counts(days: int) -> set[int]:
    return {n for n in range(1, 13) if n * MONTH_DAYS[0] <= days <= n * MONTH_DAYS[1]}
