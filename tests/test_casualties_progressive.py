"""NL201: a credited account told in the progressive ("the car was carrying fuel", "the bus was
travelling to Karachi") tells what happened, which the uncredited count right after it goes on
with (round 19 hunt on stored pages: a quoted official's account of a crash, then the toll).
A copula before an "-ing" word that tells an opinion or a state ("was shocking") is no account,
and an uncredited account lends no source.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


ACCOUNTS = [
    "“The van was carrying pilgrims to the shrine when it overturned on the bend,” the district "
    "officer said.",
    "Police said the coach was travelling from the border to the capital when it plunged into "
    "a ravine.",
]
LOOK_ALIKES = [
    "The minister said the crash was shocking to the whole province.",
    "“The van was carrying pilgrims to the shrine when it overturned on the bend.”",
]
COUNT = "{n} passengers died on the spot."


@pytest.mark.parametrize("account", ACCOUNTS)
def test_a_credited_progressive_account_goes_on_into_the_count(seed_corpus, figures, account):
    for n in figures:
        text = f"{account} {COUNT.format(n=n)}"
        assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize("other", LOOK_ALIKES)
def test_an_opinion_or_an_uncredited_account_keeps_the_finding(seed_corpus, figures, other):
    for n in figures:
        text = f"{other} {COUNT.format(n=n)}"
        assert fires_on(fires(seed_corpus, text), n), text
