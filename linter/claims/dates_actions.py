"""The ledger's actions a clause expresses ("leave", "deportation", "out by …"), read as verbs or
the nouns derived from them, not as unrelated nouns ("tax returns").
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress
from operator import or_
from typing import TYPE_CHECKING

from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_words import (
    DEPARTURE_NEXT,
    DEPARTURE_PARTICLES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    PLACE_PREPOSITIONS,
    PRONOUNS,
)
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def actions_in(
    tokens: Span, lowers: list[str], lemmas: list[str], lexicon: Lexicon
) -> Iterator[str]:
    doc, actions = tokens.doc, lexicon.actions
    if DEPARTURE_PARTICLES.isdisjoint(lowers) and actions.keys().isdisjoint(lemmas):
        return
    all_lowers, all_lemmas = doc_lowers(doc), lemma_lowers(doc)
    # only a departure particle or a ledger action's lemma can be one (see action_of)
    may = map(or_, map(DEPARTURE_PARTICLES.__contains__, lowers), map(actions.__contains__, lemmas))
    for k in compress(range(len(lowers)), may):  # found in C
        action = _action_at(doc, tokens.start + k, all_lowers, all_lemmas, lexicon)
        if action:
            yield action


def action_of(token: Token, lexicon: Lexicon) -> str | None:
    """The ledger action a token expresses, if it is used as that action (a verb, or a noun
    derived from it), not as an unrelated noun ("tax returns")."""
    doc = token.doc
    return _action_at(doc, token.i, doc_lowers(doc), lemma_lowers(doc), lexicon)


def _action_at(
    doc: Doc, i: int, lowers: list[str], lemmas: list[str], lexicon: Lexicon
) -> str | None:
    """:func:`action_of` the token at ``i``, read on the doc's word lists (``lowers`` and
    ``lemmas``): a Token is built only for the few tests the lists cannot answer."""
    if _departure_particle_at(i, lowers, lexicon):
        return "leave"
    lemma = lemmas[i]
    action = lexicon.actions.get(lemma)
    if action is None:
        return None
    if lemma != action:
        return action  # a derived noun: "deportation", "expulsion"
    return action if _verb_like_at(doc, i, lowers, lemmas) else None


def departure_particle(token: Token, lexicon: Lexicon) -> bool:
    """ "out by November 30", "out of the country by …": leaving, as a particle."""
    return _departure_particle_at(token.i, doc_lowers(token.doc), lexicon)


def _departure_particle_at(i: int, lowers: list[str], lexicon: Lexicon) -> bool:
    if lowers[i] not in DEPARTURE_PARTICLES or lexicon.actions.get("leave") != "leave":
        return False
    return i + 1 < len(lowers) and lowers[i + 1] in DEPARTURE_NEXT


def verb_like(token: Token) -> bool:
    doc = token.doc
    return _verb_like_at(doc, token.i, doc_lowers(doc), lemma_lowers(doc))


def _plural_noun_at(doc: Doc, i: int) -> bool:
    """A lower-case content word in the plural at ``i`` ("points", "centres")."""
    if i >= len(doc):
        return False
    token = doc[i]
    return token.is_alpha and token.is_lower and not token.is_stop and token.lower_.endswith("s")


def _verb_like_at(doc: Doc, i: int, lowers: list[str], lemmas: list[str]) -> bool:
    lower = lowers[i]
    before = lowers[i - 1] if i > 0 else ""
    if before in DETERMINERS or before.endswith(("'s", "’s")):
        return False
    if i + 1 < len(lowers) and f"{lemmas[i + 1]}s" in DOCUMENT_NOUNS:
        return False  # "exit permits", "an exit visa": a kind of document, not leaving
    if lower.endswith("ing") and before in PLACE_PREPOSITIONS and _plural_noun_at(doc, i + 1):
        return False  # "support at crossing points", "moved to holding centres": a place
    if lower == lemmas[i] or not lower.endswith("s"):
        return True
    # "returns", "leaves": a verb after its subject, a noun after a modifier
    if i == 0:
        return False
    prev = doc[i - 1]
    return bool(prev.ent_type_) or before in PRONOUNS or before.endswith("ly") or prev.is_title
