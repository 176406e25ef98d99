"""Dates, numbers and durations recognised on spaCy tokens, in one linear pass.

These are language facts, not topic facts, so they live in the engine and every rule shares
them: ``doc.spans["dates"]`` holds calendar dates (``span._.date``: a :class:`DateValue`),
``doc.spans["numbers"]`` holds counts (``span._.value``: a float), ``doc.spans["durations"]``
holds time windows ("30-day", "one month": ``span._.days``).

The word tables and value readers here are imported by every claims module, so the module
loads no spaCy or numpy: those are imported where a doc is read, and the component and the
span extensions are registered by :func:`register` (called when a pipeline is built, and by
the component and :func:`set_value` themselves), not at import.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from narrlint.nlp.tokens import IdValues, orth_ids, spans_of
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import HYPHENS

if TYPE_CHECKING:  # spaCy is imported where a doc is read (``narrlint rules`` loads none)
    from spacy.tokens import Doc, Span, Token

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "single": 1,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "lakh": 100_000, "million": 1_000_000,
          "mn": 1_000_000, "m": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000,
          "crore": 10_000_000}  # fmt: skip
ORDINALS = {
    "one": 1, "1": 1, "i": 1, "first": 1, "1st": 1,
    "two": 2, "2": 2, "ii": 2, "second": 2, "2nd": 2,
    "three": 3, "3": 3, "iii": 3, "third": 3, "3rd": 3,
    "four": 4, "4": 4, "iv": 4, "fourth": 4, "4th": 4,
    "five": 5, "5": 5, "v": 5, "fifth": 5, "5th": 5,
}  # fmt: skip
"""Words and numerals naming the first few items of a sequence ("phase two", "Phase II",
"the second phase"): how rules read phased plans."""
DURATION_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}

_DIGITS = re.compile(
    r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$"
    r"|^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$"  # South Asian grouping: 8,00,000 and 13,00,000
    r"|^\d+(?:\.\d+)?$"
)
_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$", re.IGNORECASE)
_SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)(m|mn|bn|k)$", re.IGNORECASE)
_GLUED = re.compile(r"^([A-Z][a-z]{2,3})\.(\d{1,2})$")
"""A month's abbreviation glued to its day by the full stop ("Nov.15", "Oct.1"): the
tokenizer keeps it one word."""


def month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month (30 June for any day of June): where a month told
    without its day ends."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date as written: year and day may be missing ("November 1", "March 2025")."""

    month: int
    day: int | None = None
    year: int | None = None
    end_day: int | None = None
    """Last day of a range such as "October 4-5"."""


EXTENSIONS = ("date", "value", "days")
"""The span extensions the component sets (default None): ``span._.date`` and so on."""
_REGISTERED = False
_UNDERSCORE = None
"""spaCy's ``Underscore`` (its table of extensions), set by :func:`register`."""


def register() -> None:
    """Register the ``narrlint_quantities`` component and the :data:`EXTENSIONS` with spaCy,
    once per process: before a pipeline adds the component, and before a value is set."""
    global _REGISTERED, _UNDERSCORE
    if _REGISTERED:
        return
    from spacy.language import Language
    from spacy.tokens import Span
    from spacy.tokens.underscore import Underscore

    for name in EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Language.has_factory("narrlint_quantities"):
        Language.component("narrlint_quantities", func=quantities_component)
    _UNDERSCORE = Underscore
    _REGISTERED = True


_DIRECT: dict[str, bool] = {}
"""Per extension name: whether ``span._.<name> = value`` was found to store ``value`` in
``doc.user_data`` under ``("._.", name, start_char, end_char)`` (checked on its first use)."""


def set_value(span: Span, name: str, value: object) -> None:
    """``setattr(span._, name, value)`` for an extension set with a default only (``date``,
    ``value``, ``days``): each ``span._`` builds an accessor object, about 2 µs of every
    number and date the pipeline finds. The value goes straight into the doc's user data under
    the key spaCy itself uses, once the first write through ``span._`` has shown that key (and
    while the extension has no getter, setter or method); otherwise through ``span._``."""
    if _UNDERSCORE is None:
        register()
    spec = _UNDERSCORE.span_extensions.get(name)
    direct = _DIRECT.get(name)
    if direct and spec is not None and spec[1] is None and spec[2] is None and spec[3] is None:
        span.doc.user_data[("._.", name, span.start_char, span.end_char)] = value
        return
    setattr(span._, name, value)
    if direct is None:
        key = ("._.", name, span.start_char, span.end_char)
        _DIRECT[name] = span.doc.user_data.get(key, _DIRECT) is value


def month_of(token: Token) -> int | None:
    return month_of_text(token.text)


def month_of_text(text: str) -> int | None:
    """``month_of`` on a token's text (its ``lower_`` is ``text.lower()``): for readers that
    test words, not Tokens."""
    lower = text.lower().rstrip(".")
    if lower == "may" and text == "may":
        return None  # the modal verb
    if lower in MONTHS and (text[:1].isupper() or text.isupper()):
        return MONTHS[lower]
    return None


def glued_date(text: str) -> tuple[int, int] | None:
    """(month, day) of a month's abbreviation glued to its day ("Nov.15"), else None."""
    match = _GLUED.match(text)
    if not match:
        return None
    month, day = month_of_text(match.group(1)), _day_of_text(match.group(2))
    return (month, day) if month and day else None


def day_of(token: Token) -> int | None:
    return _day_of_text(token.text)


def _day_of_text(text: str) -> int | None:
    match = _ORDINAL.match(text)
    value = (
        int(match.group(1)) if match else (int(text) if text.isdigit() and len(text) <= 2 else None)
    )
    return value if value is not None and 1 <= value <= 31 else None


def year_of(token: Token) -> int | None:
    return _year_of_text(token.text)


def _year_of_text(text: str) -> int | None:
    if text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100:
        return int(text)
    return None


def number_value(tokens: list[Token]) -> float | None:
    """Value of a number written in digits, words or both ("1.4 million", "sixty-four")."""
    return _number_value([token.lower_ for token in tokens])


def _number_value(lowers: list[str]) -> float | None:
    """``number_value`` on the tokens' lower-case texts."""
    return _words_value(tuple(lowers))


@functools.lru_cache(maxsize=1 << 14)
def _words_value(lowers: tuple[str, ...]) -> float | None:
    """:func:`_number_value`, kept per sequence of words: the same few numbers ("two",
    "1,000", "2023") recur in draft after draft."""
    total = 0.0
    current = 0.0
    seen = False
    skip = 0
    for k, text in enumerate(lowers):
        if skip:
            skip -= 1
            continue
        half = _half_after(lowers, k)
        if half:
            current += 0.5
            skip = half - 1
            continue
        if text in ("-", "and"):
            continue
        suffixed = _SUFFIXED.match(text)
        if _DIGITS.match(text):
            current += float(text.replace(",", ""))
        elif suffixed:
            scale = {"m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3}[suffixed.group(2).lower()]
            current += float(suffixed.group(1)) * scale
        elif text in UNITS:
            current += UNITS[text]
        elif text in TENS:
            current += TENS[text]
        elif text in SCALES:
            current = (current or 1) * SCALES[text]  # "0.8 million" is 800,000; "million" 1e6
            if SCALES[text] >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


_HALVES = (("and", "a", "half"), ("and", "half"))
"""How a half is added to a count of millions or thousands: "one and a half million", "two and
half lakh" (read only before a scale word: "one and a half years" is a duration)."""


def _half_after(lowers: Sequence[str], k: int) -> int:
    """The length of the half (:data:`_HALVES`) that starts at ``lowers[k]``, or 0."""
    if lowers[k] != "and":
        return 0
    for form in _HALVES:
        if tuple(lowers[k : k + len(form)]) == form:
            return len(form)
    return 0


@functools.lru_cache(maxsize=1 << 16)
def _is_number_lower(text: str) -> bool:
    """Whether a lower-case word can be (part of) a number; kept per word, as it is asked of
    every word after a number."""
    return bool(
        _DIGITS.match(text)
        or _SUFFIXED.match(text)
        or text in UNITS
        or text in TENS
        or text in SCALES
    ) and text not in ("a", "an", "single", "m")


# Candidate tokens, found from each distinct string once (cached by its hash) instead of by
# creating a Token object for every token of every draft: the passes below visit only these,
# on the doc's words as lists of strings (narrlint.nlp.tokens), shared with the readers.
_NUMBER, _DATE, _DURATION = 1, 2, 4


_MONTH_SHIFT = 3
"""The month a token names (``month_of_text``, which needs the word's case), above the flags."""


A_SCALES = frozenset({"hundred", "thousand", "lakh", "million", "billion", "crore"})
"""Scale words that "a" or "an" counts as one of ("a million", "over a thousand", "half a
million"): whole words only, so "a m" or "a bn" reads no number, and "a millionaire" is another
word."""


def _flags_of(text: str) -> int:
    lower = text.lower()
    flags = _NUMBER if _is_number_lower(lower) and lower not in SCALES else 0
    if lower in A_SCALES:  # a candidate only after "a"/"an" (:func:`_a_scale_start`)
        flags |= _NUMBER
    glued = glued_date(text) if "." in text else None
    month = glued[0] if glued else month_of_text(text)
    if _year_of_text(text) or month:
        flags |= _DATE
    if lower in DURATION_UNITS:
        flags |= _DURATION
    return flags | (month or 0) << _MONTH_SHIFT


@functools.cache
def _flags() -> IdValues:
    """Flags (and month) of every string id seen so far: only a word never seen before is read
    (made on first use: the table is a numpy array)."""
    import numpy

    return IdValues(lambda orths, strings: [_flags_of(strings[o]) for o in orths], numpy.uint8)


@dataclass(slots=True)
class _Candidates:
    """Indices of the tokens that may start a number or a date and of duration units, and the
    month each date candidate names (a year: none)."""

    numbers: list[int]
    dates: list[int]
    units: list[int]
    months: dict[int, int]


def _candidates(doc: Doc) -> _Candidates:
    import numpy

    orths = orth_ids(doc)
    if not len(orths):
        return _Candidates([], [], [], {})
    per_token = _flags()(orths, doc.vocab.strings)
    # A few dozen tokens a draft carry a flag: split them in Python, not three numpy passes.
    flagged = numpy.flatnonzero(per_token)
    found = list(zip(flagged.tolist(), per_token[flagged].tolist(), strict=True))
    return _Candidates(
        [i for i, flags in found if flags & _NUMBER],
        [i for i, flags in found if flags & _DATE],
        [i for i, flags in found if flags & _DURATION],
        {i: flags >> _MONTH_SHIFT for i, flags in found if flags >> _MONTH_SHIFT},
    )


def _number_spans(doc: Doc, found: _Candidates) -> list[Span]:
    """Numbers: a candidate and the number words after it ("1.4 million", "sixty-four"). Digits,
    hyphens and commas have no case: the lower-case words serve as the text."""
    from spacy.tokens import Span

    spans = []
    n = len(doc)
    lowers = doc_lowers(doc)
    done = 0
    for k in found.numbers:
        if k < done:
            continue
        i, halved = k, 0
        if lowers[k] in SCALES:
            i = _a_scale_start(lowers, k, done)
            if i is None:
                continue
            halved = int(lowers[i] == "half")  # "half a million": the half of "a million"
        elif not _is_number_lower(lowers[k]):
            continue
        j = k + 1
        while j < n:
            if lowers[j] == "-" and j + 1 < n and lowers[j + 1] in UNITS and j - 1 >= i:
                j += 1
                continue
            half = _half_after(lowers, j)
            if half and j + half < n and lowers[j + half] in SCALES:
                j += half
                continue
            if (_is_number_lower(lowers[j]) and not _DIGITS.match(lowers[j])) or (
                lowers[j] == "and"
                and j + 1 < n
                and _is_number_lower(lowers[j + 1])
                and lowers[j - 1] in ("hundred",)
            ):
                j += 1
                continue
            break
        # Do not swallow the "-day" of "30-day": durations handle that.
        value = _number_value(lowers[i + halved : j])
        if halved and value is not None:
            value /= 2
        if value is not None and not _part_of_date(lowers, found.months, i, j):
            span = Span(doc, i, j, label="NUMBER")
            set_value(span, "value", value)
            spans.append(span)
        done = j
    return spans


def _a_scale_start(lowers: list[str], k: int, done: int) -> int | None:
    """Where a number that "a" or "an" opens before the scale word ``lowers[k]`` starts: "a
    million" (one million), "over a thousand", "half a million" (from "half": half a million);
    None when no "a"/"an" stands right before a word of :data:`A_SCALES`, when the word opens a
    compound ("a million-dollar deal", "a thousand-year-old": a hyphen follows) or when the
    "a" belongs to the number before (``done``)."""
    if lowers[k] not in A_SCALES or k - 1 < done or lowers[k - 1] not in ("a", "an"):
        return None
    if k + 1 < len(lowers) and lowers[k + 1] in HYPHENS:
        return None
    if k - 2 >= done and lowers[k - 2] == "half":
        return k - 2
    return k - 1


def _part_of_date(lowers: list[str], months: dict[int, int], i: int, j: int) -> bool:
    """Whether the number of tokens ``i:j`` is the day or year of a date (``months``: the
    tokens that name a month)."""
    if j - i != 1:
        return False
    near_month = (i > 0 and i - 1 in months) or (j < len(lowers) and j in months)
    if near_month and (_day_of_text(lowers[i]) or _year_of_text(lowers[i])):
        return True
    if _year_of_text(lowers[i]) and i > 0 and lowers[i - 1] == ",":
        return i >= 2 and bool(_day_of_text(lowers[i - 2]))
    return False


def _date_spans(doc: Doc, found: _Candidates) -> list[Span]:
    """Dates: ISO, or a month with a day, a year or both around it. Only a month needs the
    word's case (``found.months``); days, years and hyphens read the lower-case words."""
    from spacy.tokens import Span

    spans = []
    n = len(doc)
    lowers = doc_lowers(doc)
    day_of, year_of = _day_of_text, _year_of_text
    done = 0
    for i in found.dates:
        if i < done:
            continue
        text = lowers[i]
        # ISO 2023-11-01
        if year_of(text) and i + 4 < n and lowers[i + 1] == "-" and lowers[i + 3] == "-":
            month, day = lowers[i + 2], lowers[i + 4]
            if month.isdigit() and day.isdigit() and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                span = Span(doc, i, i + 5, label="DATE")
                set_value(span, "date", DateValue(int(month), int(day), int(text)))
                spans.append(span)
                done = i + 5
                continue
        month = found.months.get(i)
        if month:
            start, end = i, i + 1
            day = year = end_day = None
            glued = glued_date(doc[i].text) if "." in text else None
            if glued:
                day = glued[1]
            elif end < n and day_of(lowers[end]) and not _followed_by_unit(lowers, end):
                day = day_of(lowers[end])
                end += 1
                if end + 1 < n and _range_word(doc, lowers, end) and day_of(lowers[end + 1]):
                    end_day = day_of(lowers[end + 1])
                    end += 2
            elif i > 0 and day_of(lowers[i - 1]):
                start = i - 1
                day = day_of(lowers[i - 1])
                if i > 2 and lowers[i - 2] in ("-", "–") and day_of(lowers[i - 3]):
                    start, end_day, day = i - 3, day, day_of(lowers[i - 3])
            elif i > 2 and lowers[i - 1] == "]" and lowers[i - 3] == "[" and day_of(lowers[i - 2]):
                start, day = i - 3, day_of(lowers[i - 2])  # a quote's day put in: "[31st] January"
            comma = end < n and lowers[end] == ","
            probe = end + 1 if comma else end
            if probe < n and year_of(lowers[probe]):
                year = year_of(lowers[probe])
                end = probe + 1
            if day is not None or year is not None:
                span = Span(doc, start, end, label="DATE")
                set_value(span, "date", DateValue(month, day, year, end_day))
                if spans and spans[-1].end > start:
                    spans.pop()
                spans.append(span)
                done = end
                continue
    return spans


def _followed_by_unit(lowers: list[str], index: int) -> bool:
    return index + 1 < len(lowers) and lowers[index + 1] in SCALES


def _range_word(doc: Doc, lowers: list[str], index: int) -> bool:
    """A hyphen, dash or "to" (lower case as written) between two days."""
    return lowers[index] in ("-", "–") or (lowers[index] == "to" and doc[index].text == "to")


def unit_spans(
    doc: Doc, numbers: list[Span], table: dict[str, int], indices: list[int] | None = None
) -> list[Span]:
    """A number (or "a", "an", "one") before a unit of time in ``table`` (unit word -> days):
    "30-day", "30 days", "one-month", "a month", "four weeks"; each span's ``_.days`` is the
    count times the unit. ``indices``: the tokens that may be units (None: every token).
    One reader for every unit of time: the pipeline's days to months, a reader's own years."""
    from spacy.tokens import Span

    spans = []
    by_end = {span.end: span for span in numbers}
    lowers = doc_lowers(doc)
    for i in indices if indices is not None else range(len(doc)):
        unit = table.get(lowers[i])
        if not unit:
            continue
        j = i - 1
        if j >= 0 and lowers[j] in HYPHENS:
            j -= 1
        if j < 0:
            continue
        number = by_end.get(j + 1)
        if number is not None:
            count, start = number._.value, number.start
        elif lowers[j] in ("a", "an", "one"):
            count, start = 1, j
        else:
            continue
        span = Span(doc, start, i + 1, label="DURATION")
        set_value(span, "days", round(count * unit))
        spans.append(span)
    return spans


def quantities_component(doc: Doc) -> Doc:
    """The ``narrlint_quantities`` component (registered by :func:`register`): the doc's
    dates, numbers and durations as span groups, their values as span extensions."""
    register()
    found = _candidates(doc)
    dates = _date_spans(doc, found)
    date_tokens = {t for span in dates for t in range(span.start, span.end)}
    numbers = [s for s in _number_spans(doc, found) if s.start not in date_tokens]
    doc.spans["dates"] = dates
    doc.spans["numbers"] = numbers
    doc.spans["durations"] = unit_spans(doc, numbers, DURATION_UNITS, found.units)
    return doc


_VALUES = "narrlint.nlp.quantities.number_values"


def number_values(doc: Doc) -> dict[tuple[int, int], float]:
    """``(span.start, span.end)`` → ``span._.value`` of the doc's numbers, read once per doc:
    each ``span._.value`` builds an accessor object and a key (2-3 µs), and readers ask for
    the value of the same numbers again and again. ``number_values(doc).get((s.start,
    s.end))`` is ``s._.value`` for a span of ``doc.spans["numbers"]``, None for any other."""
    spans = spans_of(doc, "numbers")
    cached = doc.user_data.get(_VALUES)
    if cached is None or cached[0] is not spans:
        values = {(s.start, s.end): s._.value for s in spans}
        cached = doc.user_data[_VALUES] = (
            spans,
            {k: v for k, v in values.items() if v is not None},
        )
    return cached[1]
