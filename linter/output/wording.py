"""How findings write what a reader reads: dates as a newsroom writes them.

Rules word their messages and details through these, so "4 March 2024" reads the same in every
rule's output whatever the machine's locale.
"""

from __future__ import annotations

import datetime as dt
import re

from narrlint.nlp.vocabulary import MONTH_NAMES

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def long_date(day: dt.date) -> str:
    """A date as a reader writes it: "4 March 2024"."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def reader_dates(text: str) -> str:
    """Free text of the record with its ISO dates as a reader writes them."""

    def one(match: re.Match[str]) -> str:
        try:
            return long_date(dt.date.fromisoformat(match.group(0)))
        except ValueError:
            return match.group(0)

    return _ISO_DATE.sub(one, text)
