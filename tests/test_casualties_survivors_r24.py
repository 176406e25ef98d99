"""NL201, round 24's casualties hunt (dev categories-casualties-r23-opened.yaml): a credited
sentence right after a toll that counts the survivors of the same event ("Two passengers
survived, a rescue official said", "One child escaped unhurt, police said") speaks of the
people the toll counts, so its source is the toll's; a survivor of another crash, or a
sentence that counts no survivors, credits nothing.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Twelve pilgrims died when their coach plunged into a ravine near the pass. Two "
        "passengers survived with minor injuries, a rescue official said.",
        "Twelve pilgrims died when their coach plunged into a ravine near the pass. One child "
        "escaped unhurt, police said.",
    ],
)
def test_a_credited_count_of_survivors_covers_the_toll(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Twelve pilgrims died when their coach plunged into a ravine near the pass. The driver "
        "survived a similar crash in 2019, police said.",
        "Twelve pilgrims died when their coach plunged into a ravine near the pass. Separately, "
        "two passengers survived a crash on the motorway, police said.",
    ],
)
def test_survivors_of_another_crash_or_no_count_credit_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
