"""NL201, round 22's casualties false-alarm hunt (dev hunt-casualties-r22.yaml, hc-045): "one
terrorist was killed while another sustained injuries": an "another" that stands for a person
(the subject of a casualty verb) is one more of the incident's people, not another incident, so
the count's sentence still goes on with the credited account before it; "in another attack"
still opens another incident.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

ACCOUNT = (
    "According to officials, militants ambushed a patrol near the river crossing. "
    "The soldiers fought back for two hours, forcing the attackers to withdraw."
)


@pytest.mark.parametrize(
    "count",
    [
        "In the gunfight, one soldier was martyred while another suffered wounds.",
        "One soldier was martyred and another sustained injuries.",
    ],
)
def test_another_of_the_same_people_opens_no_other_incident(seed_corpus, count):
    assert fires(seed_corpus, f"{ACCOUNT} {count}") == []


@pytest.mark.parametrize(
    "count",
    [
        "One soldier was martyred in another attack.",
        "Another ambush killed two soldiers.",
    ],
)
def test_another_incident_still_breaks_the_account(seed_corpus, count):
    assert fires(seed_corpus, f"{ACCOUNT} {count}") != []
