"""A party's own toll: "the army claims to have killed 40 militants", "Pakistan claimed its
troops killed 133", "Kabul accused Pakistan of launching strikes, killing nine children". Part
of the count claims reader (:mod:`.counts_attribution`): a party claiming what its forces did,
or accusing another of a killing, gives the count it carries, as a denial gives the denied one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_memo import per_sentence
from narrlint.claims.counts_numbers import word
from narrlint.claims.counts_sequels import HAPPENING_NOUNS
from narrlint.claims.counts_words import (
    OBJECT_VERBS,
    PHRASAL_OBJECT_VERBS,
    POSSESSIVES,
    PREDICATES,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import PASSIVE_AUXILIARIES, RELATIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CLAIM_NON_REPORTS = frozenset(
    {"responsibility", "credit", "the", "a", "an", "their", "his", "its", "lives", "victory",
     "ownership", "her"}
)  # fmt: skip
"""Objects of "claim" that make it no report ("claimed responsibility", "claimed their
lives")."""

MAX_ACCUSED = 4
"""Words of the accused between "accused" and "of"."""
MAX_CLAIMANT_SUBJECT = 3
"""Words of the subject of a claimed clause without "that" ("claimed its security forces
killed…")."""


def claims_a_killing(token: Token) -> bool:
    """ "The army claims to have killed 40 militants", "Pakistan claimed its military
    eliminated 133 fighters": a party claiming its own toll, by a perfect infinitive or by a
    clause without "that" whose subject is its own force. The claimed verb must count the dead
    or hurt: "claims to have carried out the attack", "the blast claimed its first victims",
    "claimed their lives" report no figure."""
    doc = token.doc
    nxt = word(doc, token.i + 1)
    if nxt == "to" and word(doc, token.i + 2) == "have":
        return counting_verb_at(doc, token.i + 3)
    if nxt not in CLAIMED_SUBJECT_OPENERS:
        return False
    for k in range(token.i + 2, token.i + 2 + MAX_CLAIMANT_SUBJECT):
        if counting_verb_at(doc, k) or _attack_verb(doc[k]):
            return k > token.i + 2
        lower = word(doc, k)
        if not lower.isalpha() or lower in CLAIM_NON_REPORTS or lower in RELATIVES:
            return False  # not "claimed the bombing that killed 12": responsibility
    return False


CLAIMED_SUBJECT_OPENERS = frozenset(POSSESSIVES | {"the"})
"""Words that open the subject of a claimed clause without "that" ("claimed its troops
killed", "claimed the army struck a village, killing")."""


def _attack_verb(token: Token) -> bool:
    """A past verb of an attack ("struck", "bombed", "attacked"): the lemma of an attack noun
    in another form than the noun's own or its plural."""
    lower = token.lower_
    return (
        lower not in HAPPENING_NOUNS
        and not lower.endswith("s")
        and token.lemma_.lower() in HAPPENING_NOUNS
    )


MAX_CLAIMED_ATTACK = 4
"""Words from "claimed" to the attacks it claims ("claimed several deadly suicide assaults")."""


def claims_attacks(token: Token) -> bool:
    """ "The TTP has claimed several deadly assaults, including those that killed 20
    soldiers", "claimed two bombings": a group claiming attacks takes responsibility for
    them, it gives no toll (as "claimed the attack" gives none). Only words (quantities,
    adjectives) may stand between "claimed" and the attacks: "claimed 20 killed in attacks"
    claims a toll."""
    doc = token.doc
    for k in range(token.i + 1, token.i + 1 + MAX_CLAIMED_ATTACK):
        if k >= len(doc) or not (doc[k].is_alpha or doc[k].like_num):
            return False
        if doc[k].lower_ in PREDICATES:
            return False
        if _happening_noun(doc[k]):
            return not _a_clause_verb(doc, k + 1)  # not "claimed attacks killed five women"
    return False


def _happening_noun(token: Token) -> bool:
    """An attack named as a noun, as written ("the attack") or in the plural ("bombings"); a
    past verb of the same lemma (:func:`_attack_verb`: "claimed Pakistan struck two villages")
    tells the claimed event itself, and the claim then reports what it did."""
    return token.lower_ in HAPPENING_NOUNS or (
        token.lemma_.lower() in HAPPENING_NOUNS and not _attack_verb(token)
    )


def _a_clause_verb(doc: Doc, i: int) -> bool:
    """Is the word at ``i`` the verb of a claimed clause whose subject is the attacks before
    it ("claimed (that) the strikes killed five", "claimed attacks left 12 dead")?"""
    lower = word(doc, i)
    return lower in OBJECT_VERBS or lower in PREDICATES or lower in CLAUSE_VERBS


CLAUSE_VERBS = frozenset({"left", "caused", "resulted", "claimed", "took", "had", "have"})
"""Verbs after the attacks a party claims that make them a claimed clause's subject."""


def counting_verb_at(doc: Doc, i: int) -> bool:
    """A verb that takes a count of the dead or hurt as its object ("killed", "eliminated",
    "shot (dead)")."""
    lower = word(doc, i)
    return lower in OBJECT_VERBS or any(lower == first for first, _ in PHRASAL_OBJECT_VERBS)


ACCUSATION_STOPS = frozenset({"which", "who", "that", ";", "whom", "while", "but"})


def accuses_a_killing(verb: Token, sentence: Span) -> bool:
    """ "accused Pakistan of launching strikes, killing nine children": "of" within a few words,
    then a verb that counts the dead or hurt with its number, before a relative or another
    clause ("accused the Taliban of providing safe haven to groups which executed attacks"
    accuses no killing)."""
    doc = verb.doc
    lowers = doc_lowers(doc)
    of = next((i for i in range(verb.i + 2, verb.i + 2 + MAX_ACCUSED) if word(doc, i) == "of"), 0)
    if not of:
        return False
    for i in range(of + 1, sentence.end):
        if lowers[i] in ACCUSATION_STOPS:
            return False
        if counting_verb_at(doc, i) and any(doc[k].like_num for k in range(i + 1, i + 4)):
            return True
    return False


@per_sentence
def accusing_account(sentence: Span) -> Token | None:
    """ "Security sources accused Afghan troops of initiating unprovoked fire": a party's
    active accusation of an act (a gerund after "of") is its account of what happened, which a
    consequence in the next sentence ("In response, troops killed 30 fighters") goes on with,
    as it goes on with "Security sources said that …". The accusing verb, or None ("was
    accused of", "accused him of corruption" tell no act)."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    for i in range(sentence.start + 1, sentence.end):
        if doc[i].lemma_.lower() != "accuse" or lowers[i - 1] in PASSIVE_AUXILIARIES:
            continue
        of = next((k for k in range(i + 2, i + 2 + MAX_ACCUSED) if word(doc, k) == "of"), 0)
        if of and word(doc, of + 1).endswith("ing") and of + 1 < sentence.end:
            return doc[i]
    return None
