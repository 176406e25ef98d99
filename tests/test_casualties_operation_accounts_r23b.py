"""NL201, round 23's second casualties hunt (dev r22-opened cc-036, a false alarm): a credited
sentence telling that the operation of the count's sentence was initiated tells its event also
when the operation's name carries its abbreviation in brackets ("an Intelligence-Based
Operation (IBO) was initiated"), and when it says what the targets had done with "besides" and
a gerund ("terrorists linked with firing incidents besides planting of mines"), which adds no
incident. A search operation initiated after an attack still tells nothing of the attack's
toll, and "besides" opening a further toll still adds one.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

COUNT = "Troops killed five militants in an intelligence-based operation near Awaran."


@pytest.mark.parametrize(
    "credit",
    [
        "The military's media wing said that a Joint Operation (JO) was initiated at dawn near "
        "Awaran.",
        "According to the ISPR, an intelligence-based operation was initiated on a hideout of "
        "militants involved in attacks on polio teams besides kidnapping of labourers.",
    ],
)
def test_an_initiated_operation_tells_the_counts_event(seed_corpus, credit):
    assert fires(seed_corpus, f"{COUNT} {credit}") == []


@pytest.mark.parametrize(
    "text",
    [
        "Five soldiers were martyred in an attack on a post near Awaran. The ISPR said a "
        "search operation (SO) was initiated near Awaran.",
        "Troops killed five militants in an operation near Awaran. The ISPR said the operation "
        "was conducted near Kech besides two other raids.",
    ],
)
def test_a_response_or_another_raid_still_tells_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
