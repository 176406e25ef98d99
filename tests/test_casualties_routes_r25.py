"""NL201, round 25's casualties hunt (r24-opened cc-017): a credited sentence that tells where
the vehicle the count's sentence names was going by its route alone ("the ill-fated bus was
coming from A to B", "was on its way to …", "was bound for …") tells whom it carried, the
people counted, as "the van was travelling from A to B" does. Another vehicle, one the count's
sentence does not name, or a "bound" that is no journey, does not.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Eleven pilgrims died when their coach overturned on a mountain road near the pass "
        "late on Friday. Rescue officials said the coach was on its way to a shrine.",
        "Nine people were killed when a van plunged into a river on Sunday. The district "
        "officer said the van was bound for the valley's main town.",
        "Twenty passengers were killed when a bus skidded into a gorge on the highway at night. "
        "According to the highway police, the ill-fated bus was coming from the north.",
    ],
)
def test_a_route_of_the_named_vehicle_tells_whom_it_carried(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were killed when a van plunged into a river on Sunday. The district "
        "officer said another van was coming from the valley.",
        "Nine people were killed when a van plunged into a river on Sunday. The district "
        "officer said a relief convoy was on its way to the area.",
        "Nine people were killed when a van plunged into a river on Sunday. The district "
        "officer said the road was bound to be closed for a week.",
    ],
)
def test_another_vehicle_or_no_journey_credits_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
