""" "Both sides" in a credited sentence refers back to the parties of the count's fight.

Part of the count claims reader (:mod:`.counts_events`). "Three soldiers were martyred in a
clash with Afghan forces at the border post. Both sides used heavy weapons, officials said."
(round 18's classes left): a fight has two sides, and "both sides", "the two sides", "either
side" name them as "the clash" names the fight itself; a credited account of what they did
tells the count's event. A count's sentence that tells no fight (a blast, a bombing: one side
strikes) has no sides for it to refer to.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from narrlint.claims.counts_sequels import EVENT_NOUNS
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span

SIDE_PAIRS = frozenset({("both", "sides"), ("two", "sides"), ("either", "side"), ("each", "side")})
"""Words that name the two parties of a fight ("both sides", "the two sides")."""
FIGHT_NOUNS = frozenset(EVENT_NOUNS | {"battle", "gunbattle", "firing"})
"""Nouns of a fight between two sides (a clash, an exchange of fire, an encounter, an
operation met with fire)."""


def refers_to_the_sides(following: Span, own: Span) -> bool:
    """Does ``following`` name "both sides" of a fight that the count's sentence ``own``
    tells?"""
    lowers = doc_lowers(following.doc)
    words = lowers[following.start : following.end]
    if "sides" not in words and "side" not in words:
        return False  # most sentences
    if FIGHT_NOUNS.isdisjoint(lowers[own.start : own.end]):
        return False
    return any(pair in SIDE_PAIRS for pair in pairwise(words))
