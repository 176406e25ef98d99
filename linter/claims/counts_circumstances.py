"""A credited sentence after a count that tells what the people counted were doing when they
were hit ("Police said the men had been escorting a vaccination team", "The police stated
that the personnel were going to protect polio teams"), or that more deaths are feared: the
source knows those very people, so its statement is the count's source, as "Police said the
policemen were on duty at the checkpoint when the blast occurred" is (round 14's hunt, F1).

Part of the count claims reader (:func:`.counts_coverage.by_neighbour` asks this of the
sentence after a count). Who the people were ("most of the victims were police"), how they
are now ("the injured were in stable condition") or a definite noun of other people ("the
men fled on motorcycles" after a count of policemen is the attackers') are not this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_events import marker_credits
from narrlint.claims.counts_numbers import Count
from narrlint.claims.counts_sequels import MILITANT_SIDE, SECURITY_SIDE
from narrlint.claims.counts_words import (
    CARRIERS,
    CLAUSE_MARKS,
    COUNTED_PEOPLE,
    PEOPLE_REFERENCES,
    PREDICATES,
    REFERRING_DETERMINERS,
)
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DUTY_AUXILIARIES = frozenset({"were", "was", "had", "been", "have", "all", "reportedly"})
"""Between the people and what they were doing ("had been escorting", "were all returning")."""
DUTY_PARTICIPLES = frozenset({"deployed", "posted", "stationed", "assigned", "travelling",
                              "traveling", "gone", "come", "gathered", "travelled",
                              "traveled"})  # fmt: skip
"""Participles of a duty or a journey ("were deployed for polio duty", "had gone to the
market", "had gathered to collect their salaries")."""
ON_DUTY = frozenset({"duty", "patrol", "way"})
"""After "on (their)": on duty, on patrol, on their way."""
NOT_DOINGS = frozenset({"being", "having", "undergoing", "receiving", "recovering"})
"""Progressive words of a condition, not of what the people were doing when hit."""
PARTITIVES = frozenset({"of", "some", "most", "many", "several", "few", "two", "one"})
"""Before the reference: a part of the people counted ("most of the men")."""
MAX_DUTY_GAP = 3
FEARED_WORDS = frozenset({"feared", "expected", "likely", "could", "may", "might"})
"""Words that tell a toll may rise ("more deaths were feared")."""
MORE_DEATHS = frozenset({"deaths", "casualties", "fatalities"})
MAX_FEAR_GAP = 4


def tells_their_circumstances(
    sentence: Span, count: Count, own: Span, marker: Token | None = None
) -> bool:
    """Does ``sentence`` tell what the people of ``count`` (of the sentence ``own``) were
    doing when hit (a definite reference to them as the subject of a progressive, a duty or
    a journey), who rode the vehicle it names, or that more deaths are feared? (See the
    module's docstring.) The vehicle's clause must be in what ``marker``, the sentence's
    credit, reports: "The bus was bound for Peshawar, and witnesses say most of the victims
    were labourers" credits only its second clause."""
    if _tells_its_passengers(sentence, own, marker):
        return True
    lowers = doc_lowers(sentence.doc)
    if _counts_its_survivors(sentence, lowers):
        return True
    start, end = sentence.start, sentence.end
    for i in range(start, end - 2):
        feared = lowers[i + 2 : min(end, i + 2 + MAX_FEAR_GAP)]
        if (
            lowers[i] == "more"
            and lowers[i + 1] in MORE_DEATHS
            and not FEARED_WORDS.isdisjoint(feared)
        ):
            return True
        if lowers[i] not in REFERRING_DETERMINERS or (i > start and lowers[i - 1] in PARTITIVES):
            continue
        doing = _past_an_aside(lowers, i + 2, end)
        if _names_them(lowers[i + 1], count) and _doing(lowers, doing, end):
            return True
    return False


SURVIVING = frozenset({"survived", "escaped"})
"""What the rest of the people hit did ("One person miraculously survived", "two passengers
escaped unhurt"): a source that counts the survivors of the count's event knows its toll (r23
opened cc-023: "… eight people died … when a tourist bus plunged into a deep gorge. One person
miraculously survived, rescue workers said")."""
MAX_SURVIVOR_GAP = 4
"""Tokens from the survivors' number to their verb ("One person miraculously survived")."""


def _counts_its_survivors(sentence: Span, lowers: list[str]) -> bool:
    """A number of people as the subject of a verb of surviving in the credited sentence (not
    "survived the attack last year": the caller has ruled out another incident or day)."""
    doc = sentence.doc
    for i in range(sentence.start, sentence.end):
        if lowers[i] not in SURVIVING:
            continue
        for k in range(max(sentence.start, i - MAX_SURVIVOR_GAP), i):
            if doc[k].like_num and lowers[k + 1] not in CLAUSE_MARKS:
                return True
    return False


MAX_ASIDE = 12
"""Tokens of an aside between the people's noun and what they were doing ("The victims,
identified as constables A and B, were on security duty": r24 hunt, hc-062)."""


def _past_an_aside(lowers: list[str], k: int, end: int) -> int:
    """The index after a comma-closed aside that opens at ``k`` (", identified as …,", ", both
    constables,"), or ``k`` when none opens there or it does not close within
    :data:`MAX_ASIDE` tokens of the sentence."""
    if k >= end or lowers[k] != ",":
        return k
    for j in range(k + 1, min(end, k + 1 + MAX_ASIDE)):
        if lowers[j] == ",":
            return j + 1
        if lowers[j] in (".", ";", "!", "?"):
            return k
    return k


def _names_them(noun: str, count: Count) -> bool:
    """A noun for the people counted: a word for the dead or hurt, the count's own noun or a
    shorter form of it ("men" for "policemen"), or another word of the forces' side for a count
    of them ("personnel" for "police officers")."""
    if noun in PEOPLE_REFERENCES:
        return True
    lowers = doc_lowers(count.span.doc)
    own = {
        w for w in lowers[count.number.end : count.span.end] if w.isalpha() and w not in PREDICATES
    }
    if any(w == noun or (len(noun) > 2 and w.endswith(noun)) for w in own):
        return True
    doc = count.span.doc
    named = {w for w in own if not doc.vocab[w].is_stop}
    people = noun in COUNTED_PEOPLE or noun.endswith("men")
    if named <= GENERIC_PEOPLE and people and noun not in NOT_THE_COUNTED:
        return True  # "Twelve people were killed … the labourers were working on a road"
    return noun in SECURITY_SIDE and not own.isdisjoint(SECURITY_SIDE)


GENERIC_PEOPLE = frozenset({"people", "persons", "individuals", "others", "including"})
"""Words of a count that name no one in particular ("12 people"): a definite noun of people
in the next sentence may then name them ("the labourers", "the passengers")."""
NOT_THE_COUNTED = frozenset(MILITANT_SIDE | {"suspects", "shooters", "attackers", "others"})
"""People a next sentence names who are the attackers, not the counted."""


def _doing(lowers: list[str], k: int, end: int) -> bool:
    """From ``k``, after the people's noun: an auxiliary, then what they were doing ("were
    going to protect", "had been escorting", "were deployed for", "were on their way")."""
    first = k
    while k < end and k - first < MAX_DUTY_GAP and lowers[k] in DUTY_AUXILIARIES:
        k += 1
    if k == first or k >= end or lowers[k] in CLAUSE_MARKS:
        return False
    lower = lowers[k]
    if lower in NOT_DOINGS:
        return False
    if lower == "on":
        return any(w in ON_DUTY for w in lowers[k + 1 : min(end, k + 3)])
    return lower.endswith("ing") or lower in DUTY_PARTICIPLES


CARRYING = frozenset(
    {"carrying", "transporting", "ferrying", "taking", "bringing", "carried", "transported",
     "ferried"}
)  # fmt: skip
"""What a vehicle does with its passengers ("the bus was carrying migrants")."""
CARRIER_AUXILIARIES = frozenset({"was", "were", "had", "been", "reportedly", "also"})
MAX_CARRIER_MODIFIERS = 3
"""Words between the determiner and the vehicle ("the passenger bus", "the ill-fated boat")."""


def _tells_its_passengers(sentence: Span, own: Span, marker: Token | None = None) -> bool:
    """ "A bus crash in western Afghanistan killed at least 79 people. The bus was carrying
    Afghan migrants deported from Iran, the BBC reported": a definite reference to the
    vehicle the count's sentence names (the same noun, or "the vehicle") as the subject of a
    verb of carrying tells who was in it, the people counted (dev news-r16-cc-023). A vehicle
    the count's sentence does not name ("a second bus"), or one that carried something else
    told as its weapon, is not this: the reference must be definite and the noun its own."""
    lowers = doc_lowers(sentence.doc)
    mine = CARRIERS.intersection(lowers[own.start : own.end])
    if not mine:
        return False
    start, end = sentence.start, sentence.end
    for i in range(start, end - 2):
        if lowers[i] not in REFERRING_DETERMINERS:
            continue
        k, modifiers = i + 1, 0
        while k < end and modifiers <= MAX_CARRIER_MODIFIERS:
            noun = lowers[k]
            if noun in CARRIERS:
                if noun in mine or noun in ("vehicle", "vehicles"):
                    credited = marker is None or marker_credits(marker, i)
                    return credited and _carries(lowers, k + 1, end)
                break
            if noun != "-":  # "the ill-fated boat"
                if not sentence.doc[k].is_alpha:
                    break
                modifiers += 1
            k += 1
    return False


def _carries(lowers: list[str], k: int, end: int) -> bool:
    """From ``k``, after the vehicle: auxiliaries, then a verb of carrying."""
    first = k
    while k < end and k - first < MAX_DUTY_GAP and lowers[k] in CARRIER_AUXILIARIES:
        k += 1
    if k >= end:
        return False
    if lowers[k] in CARRYING or lowers[k] in JOURNEYING:
        return True
    following = lowers[k + 1 : min(end, k + 3)]
    if lowers[k] in ROUTE_VERBS:  # "was coming from Gilgit", "was bound for Quetta"
        return bool(following) and following[0] in ROUTE_PREPOSITIONS
    return lowers[k] == "on" and following[-1:] == ["way"]  # "was on its way to Quetta"


JOURNEYING = frozenset({"travelling", "traveling", "heading", "headed", "returning", "en"})
"""The vehicle's journey, on which its passengers were hit ("Police said the van was
travelling from Parachinar to Peshawar", "was en route to"): where the people counted were
going, as "the bus was carrying migrants" tells who they were. Not "going" ("was going to be
inspected")."""
ROUTE_VERBS = frozenset({"coming", "bound"})
"""A vehicle's journey told by its route only ("the ill-fated bus was coming from Gilgit to
Rawalpindi", "the van was bound for Quetta": r24-opened cc-017), as "travelling" tells it; not
"was coming under fire" (an attack, told elsewhere) nor "bound" alone."""
ROUTE_PREPOSITIONS = frozenset({"from", "to", "for", "back"})
