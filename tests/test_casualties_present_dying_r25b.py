"""NL201, round 25's second casualties hunt (dev hunt-casualties-r25b.yaml): a timeline or a
headline gives a toll in the present ("<N> die", "<N> people perish"), as it gives one with
"<N> killed"; it needs a source like any toll. A forecast ("could die", "expected <N> to die")
or a credited present toll stays silent.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "March 4: A car bomb rocks a busy bazaar in the old city. 37 die in a blast later claimed "
        "by a splinter group.",
        "Nine people perish as a wedding van plunges into the river.",
        "Twenty-two pilgrims die when their bus overturns near the pass.",
    ],
)
def test_a_present_toll_is_a_toll(seed_corpus, text):
    assert fires(seed_corpus, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-two pilgrims die when their bus overturns near the pass, police say.",
        "Doctors warn that up to 300 patients could die if the power cuts go on.",
        "The agency expects 40 more to die before the heat breaks.",
        "Nine passengers survive as a van plunges into the river.",
    ],
)
def test_a_forecast_or_a_credited_present_toll_stays_silent(seed_corpus, text):
    assert fires(seed_corpus, text) == []
