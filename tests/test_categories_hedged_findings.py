"""NL301: a hedging adverb before what is said of refugees ("were allegedly found to be living
illegally", "are reportedly undocumented") (GitHub issue 11).

"Allegedly", "reportedly", "apparently", like "said" or "believed", only report how the
status came to be told: what follows is still said of the group, as in "Afghan refugees were
found to be living illegally" (news-r3-cat-005 has this wording). Papers held or a status of
the group's own stay silent.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    "text",
    [
        "Officers said 40 Afghan refugees were allegedly found to be residing illegally in the"
        " district.",
        "The Afghan refugees held in Quetta were reportedly found to be undocumented.",
        "Some Afghan refugees were apparently found to be staying in Lahore illegally.",
    ],
)
def test_a_hedged_finding_is_still_said_of_the_group(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        "Officers said 40 Afghan refugees were allegedly found to be holding valid PoR cards.",
        "The Afghan refugees held in Quetta were reportedly found to be registered.",
        "Undocumented Afghans were apparently found to be staying in Lahore illegally.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []
