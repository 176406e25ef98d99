"""NL201, round 25's casualties hunt (hc-017): a credited sentence that opens with "Confirming
the report," (the news, the toll) vouches for the count of the sentence before, as "The
minister confirmed the incident" does. A report with an object of its own ("the report of a
new landslide") or a confirming participle later in the sentence does not.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Seven people were killed and 12 injured when a landslide hit a jeep on a mountain road "
        "on Sunday. Confirming the report, the district police officer said search teams were "
        "at the site.",
        "Twenty pilgrims were injured when a stage collapsed at a shrine festival near the "
        "river. Confirming the report, the district health officer said the hospital had "
        "declared an emergency.",
    ],
)
def test_confirming_the_report_vouches_for_the_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Seven people were killed and 12 injured when a landslide hit a jeep on a mountain road "
        "on Sunday. Confirming the report of a new landslide, the district police officer said "
        "the road was closed.",
        "Seven people were killed and 12 injured when a landslide hit a jeep on a mountain road "
        "on Sunday. The district police officer said search teams were at the site, confirming "
        "the report.",
    ],
)
def test_a_report_of_its_own_or_a_later_participle_credits_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
