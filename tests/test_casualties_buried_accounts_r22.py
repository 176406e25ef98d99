"""NL201, round 22's casualties false-alarm hunt (dev hunt-casualties-r22.yaml, hc-067): a
credited account that people were buried, trapped or swept away tells of harm, which a count of
bodies right after it (with nothing of its own) goes on with, as it goes on with "the roof
collapsed, police said"; an account of something else, or a count with a time or incident of
its own, still does not.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

BODIES = "Rescuers pulled out three bodies while one man was found alive."


@pytest.mark.parametrize(
    "account",
    [
        "Five labourers were trapped under the rubble of the wall, officials said.",
        "A family of five was buried when the hillside gave way, local television reported.",
    ],
)
def test_bodies_go_on_with_an_account_of_people_buried(seed_corpus, account):
    assert fires(seed_corpus, f"{account} {BODIES}") == []


def test_an_account_of_the_collapse_stays_silent(seed_corpus):
    assert fires(seed_corpus, f"The roof collapsed, officials said. {BODIES}") == []


@pytest.mark.parametrize(
    "text",
    [
        f"Officials said the road had been reopened to traffic. {BODIES}",
        "Five labourers were trapped under the rubble, officials said. "
        "In a separate incident, three bodies were recovered from a canal.",
    ],
)
def test_other_accounts_and_other_incidents_still_need_a_source(seed_corpus, text):
    assert fires(seed_corpus, text) != []
