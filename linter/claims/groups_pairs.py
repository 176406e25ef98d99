"""Opposite adjectives set after a group: "Afghan refugees, both registered and unregistered,
face arrest", "2.9 million Afghan refugees, both with and without documentation".

Written before the noun ("registered and unregistered Afghan refugees") each adjective is
read on the head; set after it between commas the pair says the same of the group's people:
some of them lack papers. Where the pair begins (after the group's comma) and, if one of its
adjectives denies papers, the position of that adjective (or of "without") is returned for
the predicate reader; the pair must close its clause (a comma, a dash, the sentence's end).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from narrlint.claims.groups_model import Analysis
from narrlint.claims.groups_words import ADJECTIVE_JOINERS
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc

PAIR_CLOSES = frozenset({",", ".", ";", ")", "—", "–", "-"})
PAIR_DASHES = frozenset({"—", "–"})
"""Dashes that set a pair off after its group as a comma does ("refugees — both ... —")."""
HOLDING_PAIR = ("with", "and", "without")
"""'both with and without documentation': the second half denies the papers."""


def paired_adjectives(doc: Doc, analysis: Analysis, j: int) -> tuple[int, ...]:
    """Where each half of a pair of opposite adjectives at ``j`` (past "both") begins, or
    (): "(both) registered and unregistered" -> both adjectives; "(both) with and without
    documentation" -> "without"; the caller reads what a half denies."""
    lowers = doc_lowers(doc)
    n = len(doc)
    k = j + (j < n and lowers[j] == "both")
    if tuple(lowers[k : k + 3]) == HOLDING_PAIR:
        return (k + 2,)
    first = analysis.by_start.get(k)
    if first is None or first.kind != "adjective" or first.end >= n:
        return ()
    if lowers[first.end] not in ADJECTIVE_JOINERS:
        return ()
    second = analysis.by_start.get(first.end + 1)
    if second is None or second.kind != "adjective" or second.categories == first.categories:
        return ()
    if second.end < n and lowers[second.end] not in PAIR_CLOSES:
        return ()  # "registered and unregistered refugees": a phrase of its own
    return (first.start, second.start)


Said = TypeVar("Said")


def pair_denial(
    doc: Doc, analysis: Analysis, j: int, read: Callable[[int], Said | None]
) -> Said | None:
    """What ``read`` (the predicate reader) finds at the first half of a pair at ``j`` that
    says something of the group: the half that denies papers."""
    for at in paired_adjectives(doc, analysis, j):
        said = read(at)
        if said is not None:
            return said
    return None
