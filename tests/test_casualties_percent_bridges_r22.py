"""NL201, round 22's casualties false-alarm hunt (dev hunt-casualties-r22.yaml, hc-065): a
sentence of uncredited counts between a count and a credit telling its event bridges them when
it has nothing of its own; a measure in it ("most of them with 60 to 80 per cent burns") is no
figure of its own, while another count of people or another incident still breaks the bridge.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

COUNT = "Around 30 people suffered burn injuries when a boiler exploded at a textile mill."
CREDIT = "According to officials, the boiler exploded during a shift change."


@pytest.mark.parametrize(
    "bridge",
    [
        "Two people died on the spot while the injured were shifted to Lahore, most of them "
        "with 60 to 80 per cent burns.",
        "Two people died on the spot while the injured, most with 70 percent burns, were "
        "shifted to Lahore.",
    ],
)
def test_a_measure_is_no_figure_of_a_bridge(seed_corpus, bridge):
    assert fires(seed_corpus, f"{COUNT} {bridge} {CREDIT}") == []


def test_a_bridge_without_a_measure_stays_silent(seed_corpus):
    bridge = "Two people died on the spot while the injured were shifted to Lahore."
    assert fires(seed_corpus, f"{COUNT} {bridge} {CREDIT}") == []


@pytest.mark.parametrize(
    "bridge",
    [
        "Two people died on the spot while 20 of the injured were shifted to Lahore.",
        "Two people died on the spot, while 40 people died in another blast.",
    ],
)
def test_a_figure_or_an_incident_of_its_own_still_breaks_the_bridge(seed_corpus, bridge):
    assert fires(seed_corpus, f"{COUNT} {bridge} {CREDIT}") != []
