"""NL201: "In response," and "In retaliation," open a consequence of the attributed account
before, as "As a result," does ("Security sources said that terrorists carried out multiple
attacks … In response, security forces … killed 12 militants": r10 hunt 077). Another time
or no source keeps the finding. Invented sentences only.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


ACCOUNTS = [
    "Security sources said that terrorists carried out multiple attacks across Balochistan.",
    "According to police, gunmen attacked the check post at dawn.",
    "The ISPR said militants tried to storm a camp in North Waziristan.",
]
RESPONSES = [
    "In response, security forces killed {a} militants and injured several others.",
    "In retaliation, troops killed {a} terrorists.",
]


@pytest.mark.parametrize(("account", "response"), itertools.product(ACCOUNTS, RESPONSES))
def test_a_response_goes_on_with_the_attributed_account(seed_corpus, figures, account, response):
    for separator in (" ", "\n\n"):
        text = f"{account}{separator}{response.format(a=figures[1])}"
        assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # no source in the account; a response at another time
        "Terrorists carried out multiple attacks across Balochistan. In response, security "
        "forces killed {a} militants.",
        "Security sources said that terrorists attacked a post. In response last week, "
        "troops killed {a} terrorists.",
    ],
)
def test_a_response_without_an_account_or_at_another_time_needs_its_source(
    seed_corpus, figures, text
):
    found = fires(seed_corpus, text.format(a=figures[1]))
    assert any(str(figures[1]) in f for f in found), (text, found)
