"""NL201, round 23's casualties false-alarm hunt (dev hunt-casualties-r23.yaml, hc-019): a toll
of several attacks ("… as militants carried out coordinated attacks") is told again by a
credited sentence about "the attacks" (when or where they happened), as "the attack" tells a
single one; "the attacks" after a count of one attack, or attacks of another time, do not.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "At least 11 policemen lost their lives as militants carried out coordinated attacks. "
        "The attacks took place before dawn at four checkposts, police said.",
        "Nine workers were killed in twin blasts at a quarry. The blasts occurred at noon, "
        "according to the district administration.",
    ],
)
def test_the_plural_events_tell_the_counts_event(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "At least 11 policemen lost their lives in an attack on a checkpost. The attacks took "
        "place before dawn, police said.",
        "At least 11 policemen lost their lives as militants carried out coordinated attacks. "
        "Similar attacks took place last year, police said.",
    ],
)
def test_attacks_of_another_count_or_time_tell_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
