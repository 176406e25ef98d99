"""NL301 on a deportation phase of another country's campaign (GitHub issue 11, round 24:
dev r24-hg-023, Tehran's governor on "a second phase of deportations ... of illegal
foreigners"). A phase whose sentence names another country or its people before it, and not
the country where the ledger's groups live, or that follows such a sentence naming no country
itself, is that country's phase: the group it is paired with is not judged by the ledger's
plan. Not a phase whose sentence names the ledger's host country, nor one with a foreign name
only after it, nor one in a passage naming no other country.

The sentences are invented; the groups and phases are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2025-09-23"


@pytest.mark.parametrize(
    "text",
    [
        "Iran's interior ministry said the second phase of its campaign would target illegal"
        " foreigners from next week.",
        "Iranian officials have expelled 1.4 million people since March. They said a second"
        " phase of expulsions, aimed at illegal foreigners, starts on Saturday.",
    ],
)
def test_another_countrys_phase(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        # no other country named: the ledger's plan
        "Officials said the second phase, aimed at illegal foreigners, starts on Saturday.",
        # the host country named in the phase's sentence
        "Iranian officials have expelled 1.4 million people since March. In Pakistan, the"
        " second phase of expulsions, aimed at illegal foreigners, starts on Saturday.",
        # another country named only after the phase
        "The second phase, aimed at illegal foreigners, starts on Saturday, the US embassy said.",
    ],
)
def test_the_plans_phase_still_checked(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]
