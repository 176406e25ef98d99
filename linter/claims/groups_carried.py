"""A part of a group counted after its clause's verb: "The plight of Afghan refugees in
Pakistan continues to worsen, with many facing arrest due to the lack of legal documentation".

The group is the complement of a noun ("the plight of", "the condition of", "thousands of")
whose clause goes on past a short verb phrase to ", with many (most, some ...) ...": the
quantifier counts the group's people, not the noun's, so a lack of papers given as the cause of
what is done to them is said of the group, as "refugees, with many facing arrest due to ..."
right after the group's own comma is (:func:`narrlint.claims.groups_predicates.predicate_of`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.groups_denials import Predicate, caused_denial
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, Mention
from narrlint.claims.groups_places import past_place
from narrlint.claims.groups_predicates import counted_part
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_at
from narrlint.nlp.vocabulary import NEGATIONS

if TYPE_CHECKING:
    from spacy.tokens import Doc

CARRY_REACH = 6
"""Words of the verb phrase between the group (past its place) and ", with many ..."
("continues to worsen", "has deteriorated sharply")."""


def carried_denial(
    doc: Doc, lex: Lexicon, analysis: Analysis, mention: Mention
) -> Predicate | None:
    """The lack of papers given as the cause of what is done to a part of the group that a
    quantifier after its clause's verb counts (see the module)."""
    lowers = doc_lowers(doc)
    start = mention.start
    if start < 2 or lowers[start - 1] != "of" or not doc[start - 2].is_alpha:
        return None
    end = past_place(doc, mention.end)
    stop = min(len(doc) - 2, sentence_at(doc, mention.start).end - 2, end + CARRY_REACH + 1)
    for k in range(end, stop):
        if lowers[k] == ",":
            parted = counted_part(doc, lowers, k + 1)
            if parted == k + 1 or lowers[k + 1] != "with":
                return None
            return caused_denial(doc, lex, analysis, parted)
        if doc[k].is_punct or k in analysis.by_start or lowers[k] in NEGATIONS:
            return None
    return None
