"""NL301: a group named as part of people known only by the papers they lack (GitHub issue 11).

"All Afghan nationals residing illegally in the country, including ACC holders, must leave":
a noun of people restricted by a denial of papers or legality names the undocumented as surely
as "undocumented Afghans" does, so a group with papers named as part of them is counted among
the undocumented. A group's own predicate is read past in the same way before the opener
("foreigners living illegally in Pakistan, such as ACC holders"). After the ACC holders' own
deadline their people stay without legal status, and counting them among those staying
illegally is then no conflation.

The sentences are invented; the groups and dates are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE2, found

AFTER_ACC_STAY = "2025-06-20"
"""After the ACC holders' own phase deadline (March 31, 2025, with its grace)."""

WHOLES = (
    "all Afghan nationals residing illegally in the country",
    "individuals without valid documents",
    "people living in Pakistan without legal documentation",
    "those staying in the country illegally",
    "foreigners living illegally in Pakistan",
    "Afghan citizens who have no legal papers",
)
"""People named by the papers or legality they lack (the last but one a group's own head with
its own predicate)."""
OPENERS = (", including", ", such as", ", especially")


@pytest.mark.parametrize("whole", WHOLES)
@pytest.mark.parametrize("opener", OPENERS)
def test_a_documented_group_named_as_part_of_them(seed_corpus, whole, opener):
    text = f"The government said {whole}{opener} ACC holders, must depart by March 31."
    assert found(seed_corpus, text, PHASE2) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # people of no group, or the undocumented's own people, named as part of them
        "The government said all Afghan nationals residing illegally in the country, "
        "including families with children, must depart by March 31.",
        "The government said individuals without valid documents, including Afghans, "
        "must depart by March 31.",
        # papers of one group only: ACC holders do lack PoR cards
        "The government said Afghan nationals without PoR cards, including ACC holders, "
        "must depart by March 31.",
        # a contrast is no inclusion
        "The government said all Afghan nationals residing illegally in the country, "
        "but not ACC holders, must depart by March 31.",
        # a holding of legality ("legally") is no denial
        "Afghan nationals living legally in Pakistan, including ACC holders, may stay.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, PHASE2) == []


def test_after_the_acc_holders_own_deadline(seed_corpus):
    text = (
        "Police are arresting all Afghan nationals residing illegally in the country, "
        "including ACC holders."
    )
    assert found(seed_corpus, text, AFTER_ACC_STAY) == []
    assert found(seed_corpus, text, PHASE2) == ["NL301"]
