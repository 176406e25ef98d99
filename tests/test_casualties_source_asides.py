"""NL201: a sentence with no number whose subject is the credited source of the total before
it ("The report blames roadside bombs for most of them") is that source's aside; a breakdown of
the total after it is judged as if it stood next to the total (round 14's hunt, F3).

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

TOTAL = "The survey says 70 civilians were killed and 140 injured over six months."
BREAKDOWN = "The worst were two bombings in the east, where 31 people were killed and 66 injured."


@pytest.mark.parametrize(
    "aside",
    [
        "The survey blames roadside bombs for most of them.",
        "The survey also faults the authorities for weak protection of markets.",
    ],
)
def test_a_breakdown_past_the_same_sources_aside_is_credited(seed_corpus, aside):
    assert fires(seed_corpus, f"{TOTAL} {aside} {BREAKDOWN}") == []


def test_a_breakdown_right_after_the_total_is_credited(seed_corpus):
    assert fires(seed_corpus, f"{TOTAL} {BREAKDOWN}") == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # the aside is someone else's
        (
            f"{TOTAL} Residents blamed the insurgents for the violence. {BREAKDOWN}",
            "31 people were killed",
        ),
        # another incident
        (
            f"{TOTAL} The survey blames roadside bombs for most of them. Separately, two "
            "bombings in the east killed 31 people and injured 66.",
            "killed 31 people",
        ),
        # larger than the total: another report
        (
            f"{TOTAL} The survey blames roadside bombs for most of them. The worst were two "
            "bombings in the east, where 95 people were killed.",
            "95 people were killed",
        ),
    ],
)
def test_other_breakdowns_still_need_a_source(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)
