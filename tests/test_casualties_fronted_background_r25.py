"""NL201, round 25's casualties hunt (r23-opened ob-018): a count inside a phrase that opens
the sentence with "following" or "after" ("In January last year, following the killings of 11
miners, the prime minister said he would not …") is the writer's background to what the
speaker said, not the speaker's count, when the saying verb goes on with an object of its own.
A closing credit ("…, 12 people were killed, police said.") still reports it.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Following the blast that killed 12 people at the market, the interior minister said "
        "the bombers would be caught.",
        "Last spring, after the killings of nine labourers in the valley, the chief minister "
        "said that he would visit the families.",
    ],
)
def test_a_fronted_background_count_is_not_what_was_said(seed_corpus, text):
    assert fires(seed_corpus, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Following a blast at the market, 12 people were killed, police said.",
        "After the blast, police said 12 people were killed at the market.",
    ],
)
def test_a_closing_or_own_credit_still_reports_it(seed_corpus, text):
    assert fires(seed_corpus, text) == []
