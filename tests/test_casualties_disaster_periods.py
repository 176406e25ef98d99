"""NL201: a toll over a period ("Since 1 July, 86 people have lost their lives") right after
a credited account of a disaster with no time of its own ("The monsoon rains have had a
devastating impact, according to the disaster authority") goes on with that account: the
period is the disaster's (r17 blind cc-031). After an account of one attack, an account
with a day of its own, or no credit, the period's toll needs its own source. Invented
sentences only; the figures are the ledger's.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


ACCOUNTS = [
    "Heavy monsoon rains have wreaked havoc across the province, according to the provincial "
    "disaster management authority.",
    "The floods have devastated the southern districts, the relief department said.",
]
TOLLS = [
    "Since 1 July, {a} people have died, while {b} others have been injured.",
    "Since June 20, {a} people have lost their lives.",
    "In the past 24 hours, {a} people have died in rain-related incidents.",
    "Since Sunday, {a} people have died and {b} have been injured.",
]


@pytest.mark.parametrize("account", ACCOUNTS)
@pytest.mark.parametrize("toll", TOLLS)
def test_a_periods_toll_goes_on_with_a_disasters_account(seed_corpus, figures, account, toll):
    text = f"{account} {toll.format(a=figures[1], b=figures[2])}"
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "account",
    [
        # one attack: a toll since a date counts many
        "Police said militants attacked a checkpost in the district.",
        # a disaster told on a day of its own
        "Floods hit the valley on Monday, officials said.",
        # no credit
        "The monsoon rains have had a devastating impact.",
    ],
)
def test_an_attack_a_day_or_no_credit_keeps_the_finding(seed_corpus, figures, account):
    for toll in TOLLS:
        text = f"{account} {toll.format(a=figures[1], b=figures[2])}"
        assert fires_on(fires(seed_corpus, text), figures[1]), text


def test_a_toll_since_a_month_after_one_attack_needs_its_source(seed_corpus, figures):
    """ "Since January" is a time of its own (a month alone makes no date span): a toll over
    it does not go on with the account of one attack before it."""
    text = (
        "Officials said militants stormed a police station in the district overnight. Since "
        f"January, {figures[1]} policemen have been martyred in the province."
    )
    assert fires_on(fires(seed_corpus, text), figures[1]), text
