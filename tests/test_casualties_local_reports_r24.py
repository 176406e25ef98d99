"""NL201, round 24's casualties hunt (dev offbeat-r23-opened.yaml): "local reports" say where
the reports come from, not whose they are, so they credit no one, as "initial reports" do
("Local reports said …", "with local reports saying …", "according to local reports"); "local
media reports" and "local police" name a source.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Local reports said 40 people were wounded when the roof of the hall caved in.",
        "A grenade went off in the crowded bazaar, with local reports saying 40 people were "
        "wounded.",
        "Forty people were wounded when the roof of the hall caved in, according to local reports.",
    ],
)
def test_local_reports_credit_no_one(seed_corpus, text):
    assert fires(seed_corpus, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Local media reports said 40 people were wounded when the roof of the hall caved in.",
        "Forty people were wounded when the roof of the hall caved in, according to local "
        "officials.",
    ],
)
def test_local_media_or_local_officials_are_sources(seed_corpus, text):
    assert fires(seed_corpus, text) == []
