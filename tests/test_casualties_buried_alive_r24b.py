"""NL201, round 24's second casualties hunt (dev hunt-casualties-r24b.yaml): "<N> were buried
alive" counts the dead of an avalanche or a landslide, as "burnt alive" counts a fire's; it
needs a source like any toll. "Buried" alone (houses, a road) or a credited count stays silent.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "The worst slide in years came in 2015, when 23 labourers were buried alive at a quarry "
        "in the hills.",
        "Twelve villagers were buried alive when the mountainside gave way after the rains.",
    ],
)
def test_buried_alive_is_a_toll(seed_corpus, text):
    assert fires(seed_corpus, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Twelve villagers were buried alive when the mountainside gave way, police said.",
        "The landslide buried 12 houses and a stretch of the road.",
    ],
)
def test_a_credited_or_no_toll_stays_silent(seed_corpus, text):
    assert fires(seed_corpus, text) == []
