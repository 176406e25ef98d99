"""NL201: a credited sentence a little further on that gives the same number restates a count
only when it is the same count: not a count it adds ("they had also killed two guards") and not
one of another day ("on Thursday" after "late Wednesday night"). Found probing stored pages.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

TOLL = "Late on Wednesday night, gunmen shot dead two constables near the bazaar."
BRIDGE = "The constables were buried in their villages."


@pytest.mark.parametrize(
    "later",
    [
        "The group's spokesman said they had also killed two guards in a sniper attack.",
        "The group's spokesman said they killed two guards in a sniper attack on Thursday.",
    ],
)
def test_another_count_of_the_same_number_restates_nothing(seed_corpus, later):
    assert "shot dead two constables" in fires(seed_corpus, f"{TOLL} {BRIDGE} {later}")


@pytest.mark.parametrize(
    "later",
    [
        "A police official said two constables were killed in the attack.",
        "A police official said two constables were killed in the attack on Wednesday.",
    ],
)
def test_the_same_count_restated_by_a_source_is_credited(seed_corpus, later):
    assert fires(seed_corpus, f"{TOLL} {BRIDGE} {later}") == []


@pytest.mark.parametrize(
    "after",
    [
        "Police said two guards were killed at a school on Friday.",
        "Police said two guards were shot dead at a school on Sunday.",
    ],
)
def test_the_next_sentence_with_another_days_count_credits_nothing(seed_corpus, after):
    assert "shot dead two constables" in fires(seed_corpus, f"{TOLL} {after}")


def test_the_next_sentence_with_the_same_days_count_credits(seed_corpus):
    after = "Police said two guards were also wounded in the attack on Wednesday."
    assert fires(seed_corpus, f"{TOLL} {after}") == []
