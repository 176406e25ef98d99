"""A credited sentence that tells an operation being conducted tells the operation of the count.

Part of the count claims reader (:mod:`.counts_events`). "Two soldiers were martyred … while
eliminating three terrorists in an intelligence-based operation in Tank. According to the
ISPR, the security forces conducted an intelligence-based operation in Tank on the reported
presence of terrorists." and "… one terrorist was killed in an intelligence-based operation in
Balochistan. The ISPR said that the operation was launched to intercept a group of
terrorists." (round 19 hunt on stored pages): conducting, launching or carrying out the
operation is what happened in it, when the count's sentence says its people fell in an
operation. A response to an attack ("launched a search operation", "a clearance operation was
carried out") is not the count's event, and a count's sentence that names no operation (an
attack, a blast) has none for it to tell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_memo import per_sentence
from narrlint.claims.counts_numbers import Count
from narrlint.claims.counts_sequels import EVENT_NOUNS, MILITANT_SIDE, SECURITY_SIDE
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import PASSIVE_AUXILIARIES

if TYPE_CHECKING:
    from spacy.tokens import Span

OPERATION_NOUNS = frozenset(
    {"operation", "operations", "ibo", "ibos", "raid", "raids", "offensive"}
)
"""The operations a force conducts (some of :data:`.counts_sequels.EVENT_NOUNS`: a clash or
an exchange of fire is not conducted)."""
CONDUCTING_LEMMAS = frozenset(
    {"conduct", "launch", "carry", "mount", "undertake", "execute", "initiate"}
)
"""Verbs by which a force conducts an operation ("carried out" with its particle; "an IBO was
initiated to clear a hideout": r22-opened cc-036)."""
MAX_OPERATION_GAP = 5
"""Words from the verb to its operation noun ("conducted an intelligence-based operation",
"launched a joint operation"), or back from the verb to its subject noun in the passive."""


@per_sentence
def conducted_operations(sentence: Span) -> tuple[tuple[int, int], ...]:
    """Each past verb of conducting with an operation as its object ("conducted an IBO") or its
    passive subject ("the operation was launched"): (verb, noun) positions, the noun's
    modifier left for the caller to judge (a search operation is a response)."""
    doc = sentence.doc
    lemmas = lemma_lowers(doc)
    if CONDUCTING_LEMMAS.isdisjoint(lemmas[sentence.start : sentence.end]):
        return ()  # most sentences
    lowers = doc_lowers(doc)
    found = []
    for i in range(sentence.start, sentence.end):
        if lemmas[i] not in CONDUCTING_LEMMAS or not lowers[i].endswith(("ed", "en")):
            continue
        start = i + 2 if lemmas[i] == "carry" and lowers[i + 1 : i + 2] == ["out"] else i + 1
        if lemmas[i] == "carry" and start == i + 1:
            continue  # "carried the wounded": only "carried out" conducts
        noun = _operation_after(sentence, start) or _passive_subject(sentence, i)
        if noun is not None:
            found.append((i, noun))
    return tuple(found)


def _operation_after(sentence: Span, start: int) -> int | None:
    """An operation noun a few words after ``start``, in the same clause."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    for k in range(start, min(sentence.end, start + MAX_OPERATION_GAP)):
        if lowers[k] in OPERATION_NOUNS:
            return k
        if lowers[k] in (",", ";", ".", "that", "which", "who"):
            return None
    return None


def _passive_subject(sentence: Span, verb: int) -> int | None:
    """ "the operation was launched": an operation noun, then passive auxiliaries, before the
    verb."""
    lowers = doc_lowers(sentence.doc)
    k = verb - 1
    while k > sentence.start and lowers[k] in PASSIVE_AUXILIARIES:
        k -= 1
    if k == verb - 1:
        return None
    if lowers[k] == ")":  # "an Intelligence-Based Operation (IBO) was initiated" (cc-036)
        first = max(sentence.start + 1, k - MAX_ABBREVIATION - 1)
        opening = [j for j in range(k - 1, first - 1, -1) if lowers[j] == "("]
        k = opening[0] - 1 if opening else k
    if lowers[k] not in OPERATION_NOUNS:
        return None
    return k


MAX_ABBREVIATION = 2
"""Words of the abbreviation in brackets after an operation's name ("(IBO)", "(IBO s)")."""


def names_an_operation(own: Span) -> bool:
    """Does the count's sentence say its people fell in an operation?"""
    return not OPERATION_NOUNS.isdisjoint(doc_lowers(own.doc)[own.start : own.end])


FIGHT_ONLY_NOUNS = frozenset(EVENT_NOUNS - OPERATION_NOUNS)
"""A fight the count's sentence may name instead of the operation ("an exchange of fire", "a
clash", "an encounter")."""
ATTACK_WORDS = frozenset(
    {"attack", "attacks", "attacked", "ambush", "ambushed", "stormed", "assault", "assaulted",
     "bombing", "blast", "explosion", "suicide"}
)  # fmt: skip
"""Words of an attack in the count's sentence: an operation after it is the response."""


def fell_in_a_forces_fight(own: Span, count: Count) -> bool:
    """ "Seven soldiers were martyred and five terrorists were killed in an exchange of fire in
    South Waziristan on Wednesday. // According to ISPR, security forces conducted an IBO in
    Asman Manza, South Waziristan District" (r24-opened cc-012): a count of soldiers or
    militants who fell in a fight (an exchange of fire, a clash, an encounter) that the
    count's sentence tells as no attack is a count of the fight of an operation, which the
    credited sentence tells by its conducting. A count of people of neither side ("three
    tribesmen were killed in clashes": forces step in after) or of a fight that an attack
    opened ("in an exchange of fire after terrorists attacked a check post": a later
    operation is the response) is not."""
    lowers = doc_lowers(own.doc)
    words = lowers[own.start : own.end]
    counted = lowers[count.span.start : count.span.end]
    sides = not SECURITY_SIDE.isdisjoint(counted) or not MILITANT_SIDE.isdisjoint(counted)
    return sides and not FIGHT_ONLY_NOUNS.isdisjoint(words) and ATTACK_WORDS.isdisjoint(words)
