"""NL201, round 22's casualties false-alarm hunt (dev hunt-casualties-r22.yaml, hc-026): "The toll
of injured has reached 221": a toll whose "of" names the people it counts counts them (the
injured, as "the injury toll" does), so after a credited death toll it is the same report's count
of another kind, not a new death toll that needs its own source; a toll of the injured after a
credited count of the injured is a new total and still needs one.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

DEATHS = "The death toll from the bridge collapse rose to 40, the provincial health office said."


@pytest.mark.parametrize(
    "injured",
    [
        "The toll of injured has climbed to 95.",
        "The toll of the wounded stood at 95.",
    ],
)
def test_a_toll_of_the_injured_goes_on_with_a_credited_death_toll(seed_corpus, injured):
    assert fires(seed_corpus, f"{DEATHS} {injured}") == []


@pytest.mark.parametrize(
    "text",
    [
        "The toll of injured has climbed to 95.",
        f"{DEATHS} The toll of the dead has climbed to 55.",
        "Police said 30 were injured in the collapse. The toll of the injured climbed to 95.",
    ],
)
def test_a_toll_of_the_injured_still_needs_a_source_of_its_own(seed_corpus, text):
    assert fires(seed_corpus, text) != []
