"""Whose figure a group phrase carries: "the 1.4 million undocumented Afghan refugees" gives the
undocumented the ledger's figure of Proof of Registration holders. The writer may mean either
group: a value the other group's record holds is not a mismatch (the categories family reports
the mix-up itself); one that neither holds still is."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from narrlint.claims.dates_lexicon import SMALLEST_FIGURE, Lexicon
from narrlint.nlp.quantities import number_values
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import spans_of

if TYPE_CHECKING:
    from spacy.tokens import Span

FIGURE_MARGIN = 0.025
"""How near a written figure must be to a ledger figure to be that figure (1.4 million is
1,400,000 and 1.38 million, not 1.3 million or 1.45 million)."""
_THOUSANDS = re.compile(r"\d,\d{3}")
SCALE_WORDS = frozenset({"million", "millions", "mn", "m", "lakh", "lakhs", "billion"})
"""Words that make a number a group's size: without one, only "800,000" written in figures."""
FIGURE_REACH = 4
"""Words from a figure to the group word it counts ("1.4 million undocumented Afghan refugees")."""


def figure_groups(clause: Span, named: frozenset[str], lexicon: Lexicon) -> frozenset[str]:
    """The groups whose ledger figure (``lexicon.figures``) a figure in the clause gives to
    a named group ("1.4 million undocumented …"), when none of them is a ``named`` group;
    else empty."""
    figures = lexicon.figures
    if not named or not figures:
        return frozenset()
    doc = clause.doc
    lowers = doc_lowers(doc)
    words = lowers[clause.start : clause.end]
    if SCALE_WORDS.isdisjoint(words) and not _THOUSANDS.search(" ".join(words)):
        return frozenset()  # no figure of a group's size ("1.4 million", "800,000") here
    numbers = spans_of(doc, "numbers")  # the doc's numbers once per doc, shared by readers
    values = number_values(doc)
    for k in range(bisect_left(numbers, clause.start, key=_start), len(numbers)):
        span = numbers[k]
        if span.end > clause.end:
            break
        end, value = span.end, values.get((span.start, span.end))
        if value is None or value < SMALLEST_FIGURE:
            continue
        after = lowers[end : min(clause.end, end + FIGURE_REACH)]
        if not any(named & _groups_of(word, lexicon) for word in after):
            continue  # "putting 1.4 million Afghan refugees at risk": not the named group
        groups = {g for v, g in figures if abs(v - value) <= FIGURE_MARGIN * v}
        if groups and groups.isdisjoint(named):
            return frozenset(groups)
    return frozenset()


def _groups_of(word: str, lexicon: Lexicon) -> frozenset[str]:
    """The groups a word of a group's name maps to ("undocumented", "por")."""
    return lexicon.modifiers.get(word, frozenset()) | lexicon.heads.get(word, frozenset())


def _start(span: Span) -> int:
    return span.start
