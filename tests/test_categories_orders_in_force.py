"""NL302: the people an order to leave is addressed to, when the order names no group, date
or phase of its own ("issued an ultimatum to 1.4 million people a month ago to leave"), are
the people of the order in force: the plan's first phase's group until a later phase is
announced, as for the plan named by its name (GitHub issue 11, round 18: news-r7-cc-077's
shape). Before the plan, after a later phase's announcement, or in another country's story,
no group is known and the number is not compared.

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "Over 165,000 Afghans have left since Islamabad issued an ultimatum to 1.4 million "
        "people a month ago to leave or face arrest.",
        "Pakistan issued an ultimatum to 1.4 million Afghans to leave the country.",
        "The government ordered 1.4 million Afghans to leave or face deportation.",
    ],
)
def test_an_undated_order_is_the_order_in_force(seed_corpus, text):
    """1.4 million is the registered refugees' figure; the order in force in November 2023
    targeted the undocumented."""
    assert found(seed_corpus, text, "2023-11-04") == ["NL302"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the order in force's own people
        ("Pakistan issued an ultimatum to 1.7 million Afghans to leave the country.",
         "2023-11-04"),
        # before the plan: an order of another time
        ("Pakistan issued an ultimatum to 1.4 million Afghans to leave the country.",
         "2016-11-04"),
        # after a later phase's announcement: several groups' orders
        ("Pakistan issued an ultimatum to 800,000 Afghans to leave the country.",
         "2025-04-10"),
        # another country's order
        ("Iran issued an ultimatum to 1.5 million Afghans to leave.", "2023-11-04"),
        # people moving, not addressed by an order
        ("Over 1.4 million Afghans were told by relatives to come back.", "2023-11-04"),
    ],
)  # fmt: skip
def test_look_alikes_of_an_undated_order(seed_corpus, text, day):
    assert found(seed_corpus, text, day) == []
