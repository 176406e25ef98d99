"""A fight told by the arms its sides bore: "both sides were armed with axes and batons".

Part of the count claims reader (:mod:`.counts_events`). A credited sentence after the count of
a clash often tells the fight by what the sides carried into it ("According to the police, both
sides were armed with axes and batons during the fight" after "At least five persons were
injured in a clash between two groups"), as "Both sides used heavy weapons" tells it by what
they used. Read here as an event predicate: "was"/"were" "armed with" and arms a few words on,
a brawl's sticks, axes and knives among them. The predicate alone sources nothing: the
sentence must still refer back to the count's event or its sides, or share a word with it, and
tell no other incident or time (:func:`.counts_events.tells_the_event`). "Gunmen armed with
rifles" (an attacker's description, no verb of its own), "armed with a court order" (no arms)
and "were not armed" tell no fight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

ARMED_CUES = frozenset({"arm", "armed"})
"""Lemmas (as the pipeline may give either) that may open the predicate."""
ARMED = "armed"
BEARING_AUXILIARIES = frozenset({"was", "were", "been"})
"""The finite passive right before "armed" ("both sides were armed", "had been armed")."""
BRAWL_ARMS = frozenset(
    {"weapons", "weapon", "guns", "gun", "rifles", "rifle", "pistols", "pistol", "firearms",
     "kalashnikovs", "grenades", "axes", "axe", "ax", "batons", "baton", "sticks", "stick",
     "clubs", "club", "knives", "knife", "daggers", "dagger", "rods", "rod", "hatchets",
     "hatchet", "swords", "sword", "lathis", "lathi", "spades", "hammers", "bricks", "stones"}
)  # fmt: skip
"""What the sides of a fight or an attack bear, firearms to a brawl's sticks and blades."""
MAX_ARMS_GAP = 3
"""Words from "with" to the first of the arms ("with iron rods", "with sharp-edged knives")."""
ARMS_STOPS = frozenset({",", ";", "which", "that", "who", "to", "and"})


def armed_in_the_fight(sentence: Span, i: int) -> bool:
    """ "were armed with axes and batons" at ``i`` ("armed"): the sides' arms told in a finite
    passive, an account of the fight itself; not an attributive "men armed with rifles", a
    negated "were not armed", nor "armed with a court order"."""
    doc = sentence.doc
    if doc[i].lower_ != ARMED or i - 1 < sentence.start or i + 2 >= sentence.end:
        return False
    if doc[i - 1].lower_ not in BEARING_AUXILIARIES or doc[i + 1].lower_ != "with":
        return False
    for k in range(i + 2, min(sentence.end, i + 3 + MAX_ARMS_GAP)):
        lower = doc[k].lower_
        if lower in BRAWL_ARMS:
            return True
        if lower in ARMS_STOPS:
            return False
    return False
