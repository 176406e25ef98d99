"""NL201, round 23's casualties hunt (dev hunt-casualties-r23.yaml, hc-031, a miss): reports
that only go round ("Reports on social media indicated …", "reports circulating online said
…") name no one as the subject of a verb of saying, as "according to reports circulating on X"
does not; "media reports said", reports on X by a named source, and a source posting on X
still credit.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Reports on social media suggested that the landslide had killed 23 villagers.",
        "Reports circulating online said that the landslide killed 23 villagers.",
        "Reports on Facebook indicated that 23 villagers were killed in the landslide.",
    ],
)
def test_reports_going_round_name_no_one(seed_corpus, text):
    assert fires(seed_corpus, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Media reports said that the landslide killed 23 villagers.",
        "Reports on X by the district administration said that the landslide killed 23 villagers.",
        "The district administration posted on X that the landslide killed 23 villagers.",
    ],
)
def test_named_reports_and_posts_still_credit(seed_corpus, text):
    assert fires(seed_corpus, text) == []
