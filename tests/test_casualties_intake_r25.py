"""NL201, round 25's casualties hunt (r24 hunt hd-030, r23 hunt hd-047): the organisation
credited in the sentence before, as the subject of the count's sentence ("it", "the
non-profit", "the foundation"), counting what it itself received or collected gives its own
figure ("The ambulance service says it usually takes 30 people a day to the morgue. But over
the last six days, it has collected some 568 bodies"). Another subject ("Rescuers recovered
40 bodies", "Police have received 40 bodies") or a count of what befell people is not this.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "A city welfare trust says it normally takes about 20 bodies a day to its cold store. "
        "But this week it has collected some 310 bodies, most of them from the old quarter.",
        "Most of the dead were daily-wage labourers, the relief foundation said. On Monday "
        "alone, the foundation had received 75 bodies at its two morgues.",
    ],
)
def test_the_credited_organisations_own_intake(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The relief foundation said its ambulances were working round the clock. Rescuers "
        "recovered 40 bodies from the river on Friday.",
        "The district hospital said its wards were full. Police have received 40 bodies from "
        "the site.",
    ],
)
def test_another_subject_is_no_intake_of_the_source(seed_corpus, text):
    assert fires(seed_corpus, text) != []
