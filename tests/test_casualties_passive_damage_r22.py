"""NL201, round 22's casualties false-alarm hunt (dev hunt-casualties-r22.yaml, hc-069): a
credited sentence telling in the passive, with "also", more of what the count's event did
("several shops were also damaged in the blast, a private channel reported") tells that event
beside its casualties, as "the blast damaged several shops" does. Without "also" the passive is
not read (dev news-r4-cas-025: "the school bus was destroyed in the blast, according to the
ISPR" after the toll keeps its finding); damage "in another blast" or in a search operation
tells no event of the count.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

COUNT = "Three shopkeepers were wounded in the explosion."


@pytest.mark.parametrize(
    "credit",
    [
        "Nearby cars and stalls were also damaged in the explosion, a local channel reported.",
        "Two houses were also destroyed by the explosion, district officials said.",
    ],
)
def test_a_passive_account_of_what_else_the_event_did_sources_the_count(seed_corpus, credit):
    assert fires(seed_corpus, f"{COUNT} {credit}") == []


def test_the_active_account_stays_silent(seed_corpus):
    credit = "The explosion damaged nearby cars and stalls, a local channel reported."
    assert fires(seed_corpus, f"{COUNT} {credit}") == []


@pytest.mark.parametrize(
    "credit",
    [
        "The market was destroyed in the explosion, district officials said.",
        "Nearby cars were also damaged in another explosion, a local channel reported.",
        "Nearby cars were not damaged in the explosion, a local channel reported.",
        "Nearby cars were also damaged in the search operation, a local channel reported.",
    ],
)
def test_other_passives_source_nothing(seed_corpus, credit):
    assert fires(seed_corpus, f"{COUNT} {credit}") != []
