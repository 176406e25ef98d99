"""NL201: a credited vow, condemnation or mourning of "the deaths" says nothing of how many
died, so it does not source the toll before it (round 14's hunt, M2); a source confirming or
explaining the deaths still does.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

TOLL = "The army vowed a response after six soldiers were martyred in an attack on a post."


@pytest.mark.parametrize(
    "credit",
    [
        "The prime minister said the nation would avenge the deaths.",
        "He said the sacrifices would not go in vain and the country would avenge the deaths.",
        "The governor said the province mourned the deaths.",
        "The minister said he condemned the killings.",
        "The senator offered condolences over the deaths, a statement said.",
    ],
)
def test_a_response_to_the_deaths_sources_no_toll(seed_corpus, credit):
    assert "six soldiers were martyred" in fires(seed_corpus, f"{TOLL} {credit}")


@pytest.mark.parametrize(
    "credit",
    [
        "The ISPR confirmed the deaths.",
        "The military said the deaths were caused by a roadside bomb.",
    ],
)
def test_a_source_of_the_deaths_still_sources_the_toll(seed_corpus, credit):
    assert fires(seed_corpus, f"{TOLL} {credit}") == []
