"""NL201, round 23's casualties false-alarm hunt (dev hunt-casualties-r23.yaml, hc-045): "then"
telling the next step of a credited account ("Then, the van hit a wall", "the van then hit a
wall") gives a sentence no time of its own, so a toll after it still goes on with the account;
"since then" or "until then" is a time of its own, and a toll after it needs its own source.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

ACCOUNT = "According to the traffic police, a minibus collided with a tractor on the bridge."
TOLL = "The crash killed 7 passengers of the minibus."


@pytest.mark.parametrize(
    "step",
    [
        "Then, the minibus hit the railing and fell into the canal.",
        "The minibus then hit the railing and fell into the canal.",
    ],
)
def test_a_step_told_with_then_goes_on_with_the_account(seed_corpus, step):
    assert fires(seed_corpus, f"{ACCOUNT} {step} {TOLL}") == []


@pytest.mark.parametrize(
    "step",
    [
        "Since then, two more minibuses have fallen into the canal.",
        "Until then, the bridge had seen no accident.",
    ],
)
def test_since_then_is_a_time_of_its_own(seed_corpus, step):
    assert fires(seed_corpus, f"{ACCOUNT} {step} {TOLL}") != []
