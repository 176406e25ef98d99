"""NL201, round 24's casualties hunt (dev hunt-casualties-r24.yaml): "No one claimed
responsibility" between a count and a credited sentence that breaks it down is a bridge with no
figure of its own ("no one" is a pronoun, as "one of …" is), so the credit past it covers the
count; a bridge that counts someone ("One suspect was arrested") or has a source of its own is
still no bridge.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Six people died and 14 were hurt when a bomb went off in a market in the town. No one "
        "has yet claimed responsibility. A police spokesman said the dead included two children.",
        "Six people died and 14 were hurt when a bomb went off in a market in the town. No one "
        "was arrested at the scene. The district police chief said the injured included a "
        "traffic warden.",
    ],
)
def test_no_one_is_no_figure_of_a_bridge(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Six people died and 14 were hurt when a bomb went off in a market in the town. One "
        "suspect was arrested at the scene. A police spokesman said the dead included two "
        "children.",
        "Six people died and 14 were hurt when a bomb went off in a market in the town. No one "
        "has claimed the attack, a security official said. A police spokesman said the dead "
        "included two children.",
    ],
)
def test_a_bridge_with_a_figure_or_a_source_of_its_own_stops_the_credit(seed_corpus, text):
    assert fires(seed_corpus, text) != []
