"""A past end told in the present perfect (issue 11, round 20: dev news-r19-dm-008, "All the PoR
cards that expired at the end of 2015 have been extended … until 30 June 2019" in March 2020,
an edited passage: the link in force then ran to 30 June 2020). "have been extended until
<date>" tells a state holding now, as "are valid until" does: dated with its year before the
text while the chain's link in force runs past it, it is the end the last extension replaced.
Look-alikes: the right end, and a past tense ("were extended until …", history).

The seed ledger's PoR validity chain: on 27 June 2019 the cards were extended from 30 June
2019 to 30 June 2020.
"""

import pytest

from .deadlines_support import codes

WHEN = "2020-03-23"


@pytest.mark.parametrize(("date", "wrong"), [("30 June 2020", False), ("30 June 2019", True)])
def test_a_perfect_past_end_is_stale(seed_corpus, date, wrong):
    text = f"The PoR cards of registered Afghan refugees have been extended until {date}."
    assert codes(seed_corpus, text, WHEN) == (["NL101"] if wrong else [])


def test_a_past_tense_end_is_history(seed_corpus):
    text = "In 2018 the PoR cards of registered Afghan refugees were extended until 30 June 2019."
    assert codes(seed_corpus, text, WHEN) == []


def test_a_perfect_of_expiring_is_a_past_end(seed_corpus):
    text = (
        "The cabinet approved a one-year extension of the PoR cards of registered Afghan "
        "refugees. Their PoR cards have been expired on June 30, 2024."
    )
    assert codes(seed_corpus, text, "2024-07-11") == []
