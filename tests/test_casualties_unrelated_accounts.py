"""NL201: a toll after a credited sentence that tells something else than violence or a
disaster ("Police said the road had been reopened to traffic", "According to police, the
market was crowded at the time") does not go on with it: the credit is not the toll's (round
16's synthetic probe of a toll after an unrelated "X said …" sentence, judged a false silence
in round 17). A credited account of the attack, the fight, the blast or of casualties still
carries on to the toll after it, as before.
Invented sentences only; the figures are the ledger's.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def n(seed_corpus) -> int:
    return ledger_tolls(seed_corpus)[1]


TOLL = "{n} people were killed in the blast near the market."


@pytest.mark.parametrize(
    "account",
    [
        "Police said the road had been reopened to traffic.",
        "According to the police, the market was crowded at the time.",
        "Officials said schools in the district had been closed for the holidays.",
    ],
)
def test_a_toll_after_a_credited_sentence_about_something_else_is_unsourced(
    seed_corpus, n, account
):
    text = f"{account} {TOLL.format(n=n)}"
    assert fires_on(fires(seed_corpus, text), n), text


@pytest.mark.parametrize(
    "account",
    [
        "Police said a bomb planted on a motorcycle went off near the market.",
        "The ISPR reported that terrorists tried to storm a check post near the market.",
        "According to the police, the attackers opened fire before the blast.",
        "Police said the injured had been taken to the district hospital.",
    ],
)
def test_a_toll_after_a_credited_account_of_the_violence_goes_on_with_it(seed_corpus, n, account):
    text = f"{account} {TOLL.format(n=n)}"
    assert not fires_on(fires(seed_corpus, text), n), text
