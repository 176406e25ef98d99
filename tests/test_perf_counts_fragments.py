"""NL201: a credit standing alone after a count still covers it at the longest a credit
fragment can be (8 words of the credit, then ", citing" and up to 6 words it cites: 16
words), now that longer sentences are judged from the doc's word list before any Token is
built (round 21's speed-up of ``counts_fragments.credit_fragment``); one word more in the
credit or in what it cites leaves the count unsourced, as before.

Invented sentences (no passage of the news sets).
"""

import pytest

from .casualties_support import fires

COUNT = "Two people were killed in the blast on Monday."


@pytest.mark.parametrize(
    "credit",
    [
        # 8 + 2 + 6 = 16 words: the longest fragment (the length gate must let it through)
        "A district police officer in the city said, citing local hospital and rescue service "
        "records.",
        # 8 + 2 + 5 = 15 words
        "A district police officer in the city said, citing local hospital and rescue records.",
        "According to police.",
    ],
)
def test_a_credit_fragment_up_to_sixteen_words_sources_the_count(seed_corpus, credit):
    assert fires(seed_corpus, f"{COUNT} {credit}") == []


@pytest.mark.parametrize(
    "credit",
    [
        # 9 words before the comma: the credit is too long once its citation is dropped
        "A district police officer in the busy city said, citing local hospital and rescue "
        "records.",
        # 7 cited words: the citation is no credit's, so 17 words stay
        "A district police officer in the city said, citing the local hospital and rescue "
        "service records.",
    ],
)
def test_a_longer_sentence_is_no_credit_fragment(seed_corpus, credit):
    assert fires(seed_corpus, f"{COUNT} {credit}") == ["Two people were killed"]
