"""Quotations of a doc, found from its quote marks: which words a quotation holds.

Part of the count claims reader (:mod:`narrlint.claims.counts`): a count inside a quotation is
attributed by the quotation's speaker (:mod:`.counts_coverage`), and a quoted verb
('"neutralised" 11 terrorists') is read as a scare quote (:mod:`.counts_phrases`). The title
reader asks the same question of its titles (:mod:`narrlint.claims.titles_model`).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from narrlint.nlp.tokens import WordTest, texts
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc

OPENING_QUOTES = {"“", "«", "„"}
CLOSING_QUOTES = {"”", "»"}
STRAIGHT_QUOTES = {'"'}


@dataclass(frozen=True, slots=True)
class Quotes:
    """The quotations of a doc as token intervals ``[start, end)`` of their words (the marks
    themselves are outside), in order."""

    starts: list[int]
    ends: list[int]

    def region(self, i: int) -> int:
        """Index of the quotation token ``i`` is inside, or -1."""
        k = bisect_right(self.starts, i) - 1
        return k if k >= 0 and i < self.ends[k] else -1

    def bounds(self, region: int) -> tuple[int, int]:
        return self.starts[region], self.ends[region]


def quotes_of(doc: Doc) -> Quotes:
    """Find quotations from the quote marks and block ends only (linear, few Token objects),
    once per doc (the count and title readers both ask; never change the answer).

    Curly quotes open and close; straight quotes toggle; a block end closes an open quotation
    (wire copy reopens quotes in every paragraph of a long quote).
    """
    cached = doc.user_data.get(_QUOTES_OF)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[_QUOTES_OF] = (len(doc), _read_quotes(doc))
    return cached[1]


_QUOTES_OF = "narrlint.claims.counts_quotes.quotes_of"


def _read_quotes(doc: Doc) -> Quotes:
    starts: list[int] = []
    ends: list[int] = []
    opener = ""
    block = 0  # where the current block starts
    words = texts(doc)
    for i in _quote_mark_indices(doc):
        text = words[i]
        if "\n" in text:
            if opener:
                ends.append(i)
                opener = ""
            block = i + 1
        elif not opener and _orphan_closer(doc, i, text, block, ends):
            starts.append(block)  # the quotation opened before the page's text (or lost its mark)
            ends.append(i)
        elif not opener and (
            text in OPENING_QUOTES
            or text in STRAIGHT_QUOTES
            or (text == "‘" and i + 1 < len(doc) and doc[i + 1].is_alpha)
        ):
            starts.append(i + 1)
            opener = text
        elif opener and (
            text in CLOSING_QUOTES
            or (text in STRAIGHT_QUOTES and opener in STRAIGHT_QUOTES)
            or (text == "’" and opener == "‘")
        ):
            ends.append(i)
            opener = ""
    if opener:
        ends.append(len(doc))
    return Quotes(starts, ends)


CLOSING_AFTER = frozenset({",", ".", "?", "!"})
"""Punctuation a closing mark is glued to ('…the Trauma Centre," the paper quoted him')."""


def _orphan_closer(doc: Doc, i: int, text: str, block: int, ends: list[int]) -> bool:
    """A closing mark with no quotation open: a closing curly mark, or a straight one glued to
    the punctuation before it with a space after it (an opening mark has the space before).
    Its quotation runs from the start of its block, when no quotation closed earlier in the
    block (wire copy reopens quotes in every paragraph of a long quote; a page may lose the
    opening mark)."""
    if i == 0 or i <= block or (ends and ends[-1] >= block):
        return False
    before = doc[i - 1]
    if text in CLOSING_QUOTES:
        return True
    return (
        text in STRAIGHT_QUOTES
        and before.text in CLOSING_AFTER
        and not before.whitespace_
        and (i + 1 >= len(doc) or bool(doc[i].whitespace_) or doc[i + 1].is_punct)
    )


QUOTE_MARKS = frozenset(OPENING_QUOTES | CLOSING_QUOTES | STRAIGHT_QUOTES | {"‘", "’"})


def _quote_mark_indices(doc: Doc) -> list[int]:
    """Indices of quote marks and of whitespace that ends a block, in order, tested once per
    distinct word (lower-casing leaves quote marks and line breaks as they are)."""
    return _MARK_OR_BREAK.where(doc)


_MARK_OR_BREAK = WordTest(lambda lower, _vocab: lower in QUOTE_MARKS or "\n" in lower)


SCARE_QUOTES = frozenset(QUOTE_MARKS | {"'"})
"""Marks around a word the writer keeps at a distance ("'eliminated'")."""


def scare_quoted(doc: Doc, verb: int) -> bool:
    """Quote marks around the verb alone ('“killed”', "'eliminated'"), read from the doc's
    words (no Token objects: every object count asks)."""
    lowers = doc_lowers(doc)
    return (
        0 < verb < len(lowers) - 1
        and lowers[verb - 1] in SCARE_QUOTES
        and lowers[verb + 1] in SCARE_QUOTES
    )
