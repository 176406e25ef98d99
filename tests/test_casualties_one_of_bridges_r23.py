"""NL201, round 23's casualties false-alarm hunt (dev hunt-casualties-r23.yaml, hc-055): a
sentence between a count and the credit that tells its event may hold the pronoun "one of …"
("during one of the market's busiest hours") and still have no figure of its own; a real
figure, or "one of" counting the injured, in that sentence still breaks the bridge.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

COUNT = "A car bomb outside a vegetable market in Kohat has left at least 9 people dead."
CREDIT = "The district police chief confirmed the bombing took place near the main gate."


@pytest.mark.parametrize(
    "bridge",
    [
        "The blast, which happened during one of the market's busiest hours, shook the town.",
        "The car had been parked at one of the side entrances.",
    ],
)
def test_a_bridge_with_the_pronoun_one_of_carries_the_credit(seed_corpus, bridge):
    assert fires(seed_corpus, f"{COUNT} {bridge} {CREDIT}") == []


@pytest.mark.parametrize(
    "bridge",
    [
        "The blast happened at one gate and damaged 30 shops.",
        "The blast shook 40 shops in the market.",
    ],
)
def test_a_bridge_with_a_figure_of_its_own_still_breaks(seed_corpus, bridge):
    assert fires(seed_corpus, f"{COUNT} {bridge} {CREDIT}") != []
