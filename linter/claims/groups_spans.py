"""Numbers a clause sets over a span of years rather than at one time.

"Pakistan hosted more than four million Afghan refugees for the last 40 years", "over four
decades", "since 1979", "at its peak", "in the 1980s": such a number may count everyone the
country took in over the span, or its highest level, not the group's size at the draft's
time; the ledger's population totals (every Afghan in Pakistan on one day) cannot judge it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import RELATIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc

SPAN_OPENERS = frozenset({"for", "over", "during", "across", "in", "throughout"})
SPAN_FILLERS = frozenset({"the", "last", "past", "nearly", "almost", "more", "than", "over",
                          "some", "about", "around", "at", "least", "well", "many", "several",
                          "few", "a", "two", "three", "four", "five"})  # fmt: skip
LONG_UNITS = frozenset({"decades", "decade"})
YEARS = frozenset({"years"})
LONG_YEARS = frozenset({"twenty", "thirty", "forty", "fifty", "many"})
"""Counts of years long enough to span the refugees' history ("for forty years")."""
LONG_YEAR_COUNT = 10
PEAKS = (("at", "its", "peak"), ("at", "the", "peak"), ("at", "one", "point"),
         ("at", "one", "time"), ("at", "the", "height"), ("at", "its", "height"))  # fmt: skip
EARLIEST_SPAN_YEAR = 2001
"""A year at or before this after "since" opens the refugees' long stay ("since 1979")."""


def over_years(doc: Doc, start: int, end: int, at: int) -> bool:
    """Does tokens ``[start, end)`` (the clause of the number at ``at``) set it over a long
    span of years or at a past peak? A relative clause that does not hold the number speaks
    of its own noun and verb ("Pakistan, which has hosted refugees for 40 years, says ...",
    "Pakistan hosts over 2.8 million Afghan refugees who crossed during 40 years of war"),
    unless the number's own verb is a past hosting ("has hosted over 2.8 million Afghan
    refugees who crossed during 40 years of war": everyone taken in over the span). See the
    module's documentation."""
    lowers = doc_lowers(doc)
    hosted = _hosted_before(doc, lowers, start, at)
    k = start - 1
    while k + 1 < end:
        k += 1
        lower = lowers[k]
        if lower in RELATIVES or (lower == "," and k + 1 < end and lowers[k + 1] in RELATIVES):
            close = next((m for m in range(k + 1, end) if lowers[m] == ","), end)
            if not k < at < close and not hosted:  # "... who crossed during 40 years of war"
                k = close
                continue
        if lower in SPAN_OPENERS and _long_span(doc, lowers, k + 1, end):
            return True
        if lower == "since" and k + 1 < end and _early_year(lowers, k + 1, end):
            return True
        if lower == "at" and tuple(lowers[k : k + 3]) in PEAKS:
            return True
        if lower in ("in", "the") and k + 1 < end and _decade(lowers[k + 1]):
            return True
    return False


HOSTED_LEMMAS = frozenset({"host", "house", "shelter"})
"""Verbs of giving people refuge: in the past or perfect ("has hosted", "sheltered") before a
number, a count that may add up everyone taken in over the years."""


def _hosted_before(doc: Doc, lowers: list[str], start: int, at: int) -> bool:
    """A past hosting verb of the number's own clause comes before it ("has hosted over
    ..."), not one inside a relative clause ("Pakistan, which has hosted refugees for 40
    years, says over ...")."""
    lemmas = lemma_lowers(doc)
    k = start
    while k < at:
        if lowers[k] in RELATIVES:
            k = next((m for m in range(k + 1, at) if lowers[m] == ","), at)
            continue
        if lemmas[k] in HOSTED_LEMMAS and lowers[k].endswith("ed"):
            return True
        k += 1
    return False


def _long_span(doc: Doc, lowers: list[str], k: int, end: int) -> bool:
    """ "(for) the last 40 years", "(over) four decades", "(for) decades"."""
    stop = min(end, k + 5)
    count = None
    while k < stop:
        lower = lowers[k]
        if lower in LONG_UNITS:
            return True
        if lower in YEARS:
            return bool(count)
        if doc[k].like_num and lower.isdigit():
            count = int(lower) >= LONG_YEAR_COUNT
        elif lower in LONG_YEARS:
            count = True
        elif lower not in SPAN_FILLERS:
            return False
        k += 1
    return False


def _early_year(lowers: list[str], k: int, end: int) -> bool:
    """ "since 1979", "since the 1980s"."""
    if lowers[k] == "the" and k + 1 < end:
        k += 1
    word = lowers[k]
    if _decade(word):
        return True
    return word.isdigit() and len(word) == 4 and int(word) <= EARLIEST_SPAN_YEAR


def _decade(word: str) -> bool:
    """ "1980s", "1990s"."""
    return len(word) == 5 and word.endswith("0s") and word[:4].isdigit()
