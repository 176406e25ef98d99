"""The dates and windows a text gives beyond the pipeline's own (``doc.spans["dates"]`` and
``["durations"]``): "the 31st of October", "the 15th of this month" (counted from the text's
date), "the end of November", "by the end of the year", and windows in years ("a one-year
extension"); and which sentences of a text hold them (the reader splits and reads
only those)."""

from __future__ import annotations

import calendar
import datetime as dt
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from narrlint.claims.dates_weekdays import weekday_spans
from narrlint.claims.dates_words import (
    ADDED_WORDS,
    ORDINAL_DAYS,
    ORDINAL_TENS,
    PERIOD_ENDS,
    RELATIVE_MONTHS,
    YEAR_OFFSETS,
    YEAR_WORDS,
)
from narrlint.nlp.quantities import (
    DURATION_UNITS,
    DateValue,
    day_of,
    month_of,
    number_values,
    unit_spans,
    year_of,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import new_span, spans_of, where_lower
from narrlint.nlp.tokens import sentences as doc_sentences
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import HYPHENS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_OF = frozenset({"of"})
_END = frozenset({"end"})
_YEAR = frozenset({"year"})
_YEAR_UNITS = frozenset(YEAR_WORDS)
"""Words looked up in the shared per-doc word index (:func:`where_lower`: one pass a doc for
every reader's words) rather than scanned for, each with ``list.index``, over the whole doc."""

CONTEXT_SENTENCES = 2
"""Sentences back that may name the event of a bare "the November 15 deadline" in any case."""
PARAGRAPH_SENTENCES = 8
"""Sentences back within the same paragraph that may name it."""


def date_spans(doc: Doc, today: dt.date | None = None) -> list[Span]:
    """The pipeline's dates plus "the 31st of October" (day, "of", month, optional year) and,
    in a text written on ``today``, "the 15th of this month", "first of the next month"."""
    spans = list(spans_of(doc, "dates"))  # the shared tuple: one Span per date per doc
    taken: set[int] = set()
    for span in spans:
        taken.update(range(span.start, span.end))
    n = len(doc)
    lowers, written = doc_lowers(doc), doc_texts(doc)
    for i in (k - 1 for k in where_lower(doc, _OF) if 1 <= k < n - 1):
        if i in taken:
            continue
        text = written[i]
        if not text[-1:].isalpha():
            continue  # "31st", "first": a bare "31 of" is a count ("31 of them")
        if not (text[:1].isdigit() or lowers[i] in ORDINAL_DAYS):
            continue  # a day in figures starts with a digit ("31st"): no Token for "end of"
        day = day_of(doc[i]) or ORDINAL_DAYS.get(lowers[i])
        if day is None:
            continue
        start = i
        if day < 10 and i >= 2 and lowers[i - 1] in HYPHENS and lowers[i - 2] in ORDINAL_TENS:
            start = i - 2  # "thirty-first of October": the tens too, not the first alone
            day += ORDINAL_TENS[lowers[start]]
        month, year, end = month_of(doc[i + 2]), None, i + 3
        if month is None:
            relative = _relative_month(lowers, i + 2, today)
            if relative is None:
                continue
            month, year, end = relative
            span = new_span(doc, start, end, label="DATE")
            span._.date = DateValue(month, day, year)
            spans.append(span)
            continue
        probe = end + 1 if end < n and doc[end].text == "," else end
        if probe < n and year_of(doc[probe]):
            year, end = year_of(doc[probe]), probe + 1
        span = new_span(doc, start, end, label="DATE")
        span._.date = DateValue(month, day, year)
        spans.append(span)
    spans += weekday_spans(doc, today)  # "the deadline … ended on Friday"
    ends = [*_month_ends(doc, today), *_month_parts(doc)]
    covered = {i for s in ends for i in range(s.start, s.end)}
    spans = [s for s in spans if s.start not in covered] + ends
    if today is not None:  # "November 1 last year": the year from the text's date
        spans = [_with_relative_year(s, today) for s in spans]
        spans += _months_of_relative_years(doc, today, spans)
    return sorted(spans, key=lambda s: s.start)


def _months_of_relative_years(doc: Doc, today: dt.date, spans: list[Span]) -> list[Span]:
    """A month with no day before "next year", "last year" or "this year", with or without
    "of" ("till June next year", "in March of last year"): a month date whose year is counted
    from the text's date, as for "June 30 next year". Only where no date holds the month."""
    lowers = doc_lowers(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for k in where_lower(doc, _YEAR):
        word = lowers[k - 1] if k >= 2 else ""
        if word not in YEAR_OFFSETS:
            continue
        month_at = k - 2 - (lowers[k - 2] == "of")
        if month_at < 0 or month_at in taken:
            continue
        month = month_of(doc[month_at])
        if month is None:
            continue
        span = new_span(doc, month_at, k + 1, label="DATE")
        span._.date = DateValue(month, None, today.year + YEAR_OFFSETS[word])
        found.append(span)
    return found


def _with_relative_year(span: Span, today: dt.date) -> Span:
    """A date without its year followed by "last year", "this year" or "next year", with or
    without "of" ("until November 1 last year", "March 31 of this year", "till June 30 next
    year"), as a span of the whole phrase with that year; else the span itself."""
    doc = span.doc
    lowers = doc_lowers(doc)
    k = span.end + (span.end < len(doc) and lowers[span.end] == "of")
    if k + 1 >= len(doc):
        return span
    word = lowers[k]
    if word not in YEAR_OFFSETS or lowers[k + 1] != "year":
        return span  # tested first: each ``span._`` builds a new accessor, and most dates
        # are not followed by "last year"
    date = span._.date
    if date is None or date.year is not None:
        return span
    extended = new_span(doc, span.start, k + 2, label="DATE")
    extended._.date = DateValue(date.month, date.day, today.year + YEAR_OFFSETS[word], date.end_day)
    return extended


def written_sentences(doc: Doc) -> list[Span]:
    """The per-doc sentences every reader shares (``doc.sents`` builds them anew on each
    call), but blank ones; a token is a space when its text is (spaCy's IS_SPACE), and a
    sentence's first word is tested first (the others only when it is a space)."""
    lowers = doc_lowers(doc)
    return [
        s
        for s in doc_sentences(doc)
        if not lowers[s.start].isspace() or not all(map(str.isspace, lowers[s.start : s.end]))
    ]


def holding(sentences: list[Span], starts: set[int]) -> list[int]:
    """The indices of the sentences (in order, none overlapping) in which a token of
    ``starts`` lies: each found by bisection over the sentence starts, not a test per
    sentence."""
    bounds = [s.start for s in sentences]
    found = set()
    for start in starts:
        index = bisect_right(bounds, start) - 1
        if index >= 0 and start < sentences[index].end:
            found.add(index)
    return sorted(found)


def _relative_month(
    lowers: list[str], j: int, today: dt.date | None
) -> tuple[int, int, int] | None:
    """ "(the) this/next month" at ``j``: its month, year and end, in a text of ``today``."""
    if today is None:
        return None
    if j < len(lowers) and lowers[j] == "the":
        j += 1
    if j + 1 >= len(lowers) or lowers[j + 1] != "month" or lowers[j] not in RELATIVE_MONTHS:
        return None
    index = today.month - 1 + RELATIVE_MONTHS[lowers[j]]
    return index % 12 + 1, today.year + index // 12, j + 2


def year_spans(doc: Doc) -> list[Span]:
    """ "one-year", "two years", "a year": windows in years (the pipeline's durations stop at
    months), each with ``_.days``."""
    years = where_lower(doc, _YEAR_UNITS)  # the shared per-doc index, not a scan per word
    if not years:
        return []
    return unit_spans(doc, list(spans_of(doc, "numbers")), YEAR_WORDS, years)  # shared


def added_spans(doc: Doc) -> list[Span]:
    """ "three more months", "90 extra days": a window of added time written with its word of
    addition between the number and the unit (the pipeline reads "three months" only), each
    with ``_.days``; its cue is read by :func:`narrlint.claims.dates_frames.added_time`."""
    lowers = doc_lowers(doc)
    n = len(lowers)
    units = {**DURATION_UNITS, **YEAR_WORDS}
    ends = [i for i in where_lower(doc, ADDED_WORDS) if i + 1 < n and lowers[i + 1] in units]
    if not ends:
        return []  # "more months": rare
    spans = []
    values = number_values(doc)
    for number in spans_of(doc, "numbers"):
        value = values.get((number.start, number.end))
        if number.end not in ends or value is None:
            continue
        span = new_span(doc, number.start, number.end + 2, label="DURATION")
        span._.days = round(value * units[lowers[number.end + 1]])
        spans.append(span)
    return spans


def _month_ends(doc: Doc, today: dt.date | None = None) -> Iterator[Span]:
    """ "by the end of November (2023)": the month's last day; "by the end of the year": 31
    December, its year unsaid; "of this year": 31 December of the text's year (a date with its
    year, so never placed in the year before); "the end of 2017": 31 December
    2017; in a text written on ``today``, "the end of this month" or "of next month" (not "the
    end of the month", which a story may tell of another month)."""
    n = len(doc)
    lowers = doc_lowers(doc)
    for i in where_lower(doc, _END):
        if i >= n - 2:
            break  # in order: the rest are too near the end for "end of <month>"
        if lowers[i + 1] not in ("of", "-", "‑"):
            continue  # "the end of November", "end-November"
        relative = _relative_month(lowers, i + 2, today) if lowers[i + 1] == "of" else None
        if relative is not None:  # "the end of this month", "of the next month"
            month, year, end = relative
            span = new_span(doc, i, end, label="DATE")
            span._.date = DateValue(month, calendar.monthrange(year, month)[1], year)
            yield span
            continue
        if i + 3 < n and lowers[i + 1] == "of" and lowers[i + 2] in ("the", "this"):
            if lowers[i + 3] == "year":
                span = new_span(doc, i, i + 4, label="DATE")
                # "this year" is the text's year, as in "March 31 of this year"; "the year"
                # may be another year the story tells of
                this = lowers[i + 2] == "this" and today is not None
                span._.date = DateValue(12, 31, today.year if this else None)
                yield span
            continue
        if lowers[i + 1] == "of" and year_of(doc[i + 2]):  # "until the end of 2017"
            span = new_span(doc, i, i + 3, label="DATE")
            span._.date = DateValue(12, 31, year_of(doc[i + 2]))
            yield span
            continue
        month = month_of(doc[i + 2])
        if month is None:
            continue
        end, year = i + 3, None
        if end < n and year_of(doc[end]):
            year, end = year_of(doc[end]), end + 1
        last = calendar.monthrange(year or 2023, month)[1]
        span = new_span(doc, i, end, label="DATE")
        span._.date = DateValue(month, last, year)
        yield span


MONTH_PARTS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20),
               "middle": (11, 20), "late": (21, 31)}  # fmt: skip
"""Words for a part of a month ("early October", "the beginning of November", "mid-June"):
its first and last day (the last capped at the month's own)."""
WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 0}
"""Ordinal of "the first week of November" ("last": the month's last seven days)."""
_PART_WORDS = frozenset({*MONTH_PARTS, "week"})


def _month_parts(doc: Doc) -> Iterator[Span]:
    """ "early October", "mid-June", "late October 2023", "the beginning (start, middle) of
    November", "the first week of November": a part of a month, read as a window of its days
    (``end_day`` set, as "October 4-5" is, so never a cut-off), never as one day. With a year
    ("late December 2023") the pipeline's month stays, compared by month as before; "the
    beginning of the operation" or a lower-case "may" are not read."""
    n = len(doc)
    lowers = doc_lowers(doc)
    for i in where_lower(doc, _PART_WORDS):
        word = lowers[i]
        if word == "week":  # "the first week of November"
            if i == 0 or lowers[i - 1] not in WEEK_ORDINALS or i + 2 >= n or lowers[i + 1] != "of":
                continue
            start, at, part = i - 1, i + 2, WEEK_ORDINALS[lowers[i - 1]]
        elif word in ("early", "mid", "late"):  # "early October", "mid-June", "mid - June"
            start, at, part = i, i + 2 if i + 1 < n and lowers[i + 1] in HYPHENS else i + 1, None
        elif i + 2 < n and lowers[i + 1] == "of" and i > 0 and lowers[i - 1] == "the":
            start, at, part = i - 1, i + 2, None  # "the beginning of November"
        else:
            continue
        month = month_of(doc[at]) if at < n else None
        if month is None:
            continue
        end = at + 1
        if end < n and year_of(doc[end]):
            continue  # "late December 2023": the pipeline's month, compared in that precision
        last = calendar.monthrange(2024, month)[1]
        if part is None:
            first, final = MONTH_PARTS[word]
        elif part:
            first, final = 7 * part - 6, 7 * part
        else:
            first, final = last - 6, last
        span = new_span(doc, start, end, label="DATE")
        span._.date = DateValue(month, first, None, min(final, last))
        yield span


def after_to(clause: Span, span: Span) -> bool:
    """ "… to March 31": the new value of "from … to …"."""
    return span.start > clause.start and doc_lowers(clause.doc)[span.start - 1] in PERIOD_ENDS


def after_from(clause: Span, span: Span) -> bool:
    """ "from March 31", "from the end of this year": the old value of "from … to …"."""
    before = doc_lowers(clause.doc)[max(clause.start, span.start - 2) : span.start]
    return before[-1:] == ["from"] or before == ["from", "the"]


def value_starts(doc: Doc) -> dict[int, int]:
    """End → start of the doc's dates and durations, collected once per doc (a long draft has
    many mentions)."""
    key = "narrlint.deadlines.value_starts"
    if key not in doc.user_data:
        spans = [*spans_of(doc, "dates"), *spans_of(doc, "durations")]
        doc.user_data[key] = {s.end: s.start for s in spans}
    return doc.user_data[key]


def context_sentences(sentences: list[Span], index: int) -> Iterator[Span]:
    """Earlier sentences, nearest first: the previous two, then the rest of the paragraph."""
    doc = sentences[index].doc
    for k in range(index - 1, max(-1, index - 1 - PARAGRAPH_SENTENCES), -1):
        if k < index - CONTEXT_SENTENCES and paragraph_break(
            doc, sentences[k].end, sentences[index].start
        ):
            return
        yield sentences[k]


def paragraph_break(doc: Doc, start: int, end: int) -> bool:
    """A blank line between two token positions (blocks are joined with one)."""
    written = doc_texts(doc)  # a token is a space when its text is (spaCy's IS_SPACE)
    return any("\n\n" in w and w.isspace() for w in written[max(0, start - 1) : end])
