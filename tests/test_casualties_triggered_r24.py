"""NL201, round 24's casualties hunt (dev mixed-r23-opened.yaml, hunt-casualties-r24.yaml): a
credited account that a bomber "triggered" the bomb, the device or the explosives tells the
blast of the count's sentence, as "detonated" does; "triggered" with any other object (protests,
panic) tells no event.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Nine people died when a bomb exploded at a bus stand in the town on Sunday. Police said "
        "a suicide bomber triggered the device as commuters queued for tickets.",
        "Nine people died when a bomb exploded at a bus stand in the town on Sunday. Officials "
        "said the attacker triggered his explosives near a ticket booth.",
    ],
)
def test_a_credited_bomber_triggering_the_bomb_tells_the_blast(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nine people died when a bomb exploded at a bus stand in the town on Sunday. Police said "
        "the arrests triggered protests across the district.",
        "Nine people died when a bomb exploded at a bus stand in the town on Sunday. Police said "
        "another bomber had triggered a device in a nearby market last year.",
    ],
)
def test_triggering_anything_else_or_another_blast_credits_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
