"""Groups named as the object of a removal: what an order or a deportation falls on.

Two joined group nouns after a word of removal are one object, and a denial of documents
said of the pair is said of both: "plans to deport undocumented migrants and refugees" (the
modifier, read by :func:`~narrlint.claims.groups_phrases._shared_modifiers`), "Pakistan's
ultimatum to all undocumented migrants and refugees", "the order to Afghan refugees and
migrants without official identity documents to leave" (a denial after the second noun,
:func:`shared_denials`). A sentence that only describes who lives in the country ("home to
refugees and migrants without documents") may name two groups and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, GroupClaim, GroupPredicate
from narrlint.claims.groups_words import ADDRESSED_ORDERS, ORDER_ADDRESSES, ORDERING_LEMMAS
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc

REMOVAL_REACH = 6
"""How far before a joined pair of groups a word of removal ("deport", "expulsion", "an
ultimatum to") makes them its object."""


def removal_before(doc: Doc, lex: Lexicon, start: int) -> bool:
    """Is the phrase at ``start`` the object of a removal within a few words before it: a
    verb of the plan's actions ("deport", "repatriate"), a verb of ordering people ("order",
    "force") or an order addressed to them ("an ultimatum to", "the deadline for")?"""
    lemmas = lemma_lowers(doc)
    lowers = doc_lowers(doc)
    for k in range(max(0, start - REMOVAL_REACH), start):
        if lemmas[k] in lex.flow_actions or lemmas[k] in ORDERING_LEMMAS:
            return True
        if lowers[k] in ADDRESSED_ORDERS and k + 1 < start and lowers[k + 1] in ORDER_ADDRESSES:
            return True
    return False


JOINERS = frozenset({"and", "or"})


def shared_denials(
    doc: Doc, lex: Lexicon, analysis: Analysis, claims: dict[int, GroupClaim]
) -> Iterator[tuple[GroupClaim, GroupPredicate]]:
    """(first noun's claim, denial): "order Afghan refugees and migrants without official
    identity documents to leave": a denial of documents after the second of two joined group
    nouns, the object of a removal, is read on the first too (a first noun with a predicate
    of its own keeps it)."""
    lowers = doc_lowers(doc)
    mentions = analysis.mentions
    for first, second in pairwise(mentions):
        if first.kind not in ("head", "term") or second.kind not in ("head", "term"):
            continue
        if second.start != first.end + 1 or lowers[first.end] not in JOINERS:
            continue
        own, other = claims.get(first.start), claims.get(second.start)
        if own is None or other is None or own.predicate is not None:
            continue
        denial = other.predicate
        if denial is None or denial.properties or not denial.lacks or denial.later:
            continue
        if not removal_before(doc, lex, first.start):
            continue
        yield own, denial
