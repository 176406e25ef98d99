"""The defenders fighting an attack off: part of the attack itself, not a response to it.

Part of the count claims reader (:mod:`.counts_events`). "The Levies personnel responded
swiftly, forcing the attackers to retreat", "The terrorists fled the scene after retaliatory
fire from the personnel", "Troops repulsed the attack": a credited sentence that tells the
attacked fighting back against the attackers tells the fight whose toll the count before it
gives (r17 blind cc-026, cc-030), as "the attackers opened fire" does. It needs the attackers
or their attack in its clause: "Rescue teams responded to the scene" is the response after the
event (the search, the cordon, the hospital), which tells nothing of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_sequels import MILITANT_SIDE
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import CLAUSE_BREAKS, RELATIVES

if TYPE_CHECKING:
    from spacy.tokens import Span

REPELLING_LEMMAS = frozenset({"repulse", "repel", "retaliate", "respond", "foil", "thwart"})
"""Verbs of the attacked fighting the attack off ("repulsed the attack", "responded, forcing
the attackers to retreat"); read as a past form or a participle only."""
RETURNED_FIRE = frozenset({"retaliatory", "return", "returned", "returning"})
"""Words before "fire" that make it the attacked side's fire ("retaliatory fire", "returned
fire")."""
ATTACKERS = frozenset(MILITANT_SIDE | {"attacker", "bomber", "gunman", "attack", "attacks"})
"""The attackers or their attack, which the fighting back must be aimed at."""
MAX_FIGHT_GAP = 6
"""Words from the fighting back to its attackers, either way ("the terrorists fled the scene
after retaliatory fire", "responded swiftly, forcing the attackers to retreat")."""
FIGHT_BOUNDS = frozenset(CLAUSE_BREAKS | RELATIVES | {":"})
"""Where the fighting back's clause ends: a contrasting clause or a relative one."""


def fights_back(sentence: Span, i: int) -> bool:
    """Is the word at ``i`` the attacked side fighting back (a past form or participle of a
    verb of :data:`REPELLING_LEMMAS`, or the first word of "retaliatory fire"/"returned
    fire"), with the attackers or their attack within :data:`MAX_FIGHT_GAP` words of it in
    the same clause?"""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    lower = lowers[i]
    if lemma_lowers(doc)[i] in REPELLING_LEMMAS:
        if not lower.endswith(("ed", "ing")):
            return False
    elif not (lower in RETURNED_FIRE and i + 1 < sentence.end and lowers[i + 1] == "fire"):
        return False
    return _near_attackers(sentence, i, 1) or _near_attackers(sentence, i, -1)


def _near_attackers(sentence: Span, i: int, step: int) -> bool:
    lowers = doc_lowers(sentence.doc)
    k = i + step
    for _ in range(MAX_FIGHT_GAP):
        if not sentence.start <= k < sentence.end or lowers[k] in FIGHT_BOUNDS:
            return False
        if lowers[k] in ATTACKERS:
            return True
        k += step
    return False
