"""NL302: the people an order to leave is addressed to ("the deadline for 1.4 million Afghans
to leave by November 1", "ordered 1.4 million people to leave by November 1") are the group
the order targets, as a number the order "puts at risk" is (GitHub issue 11).

The number right after "an ultimatum to", "the deadline for" or "ordered", followed within a
few words by "to leave" (or another word of leaving), is the order's own target's size; the
target is read as before from the clause (group words, phases, phase deadline dates). Found
by the round-16 figure-swap diagnostic (real passages' "the deadline for 1.7 million Afghans
to leave" with the figure changed to the registered refugees' 1.4 million). The target's own
figure, an order with no target read, or a number not sent away stays silent.

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2023-10-20"


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan has set November 1 as the deadline for 1.4 million Afghans to leave.",
        "The government ordered 1.4 million people to leave the country by November 1.",
        "Islamabad issued an ultimatum to some 1.4 million Afghans to leave by November 1.",
        "Pakistan has set November 1 as the deadline for 1.4 million people to return home.",
    ],
)
def test_the_addressees_of_an_order_to_leave(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL302"]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan has set November 1 as the deadline for 1.7 million Afghans to leave.",
        "The government ordered 1.7 million people to leave the country by November 1.",
        "Islamabad issued an ultimatum to 1.4 million people to leave.",
        "Pakistan has set November 1 as the deadline for 1.4 million Afghans to register.",
        "The order reached 1.4 million Afghans in Karachi by November 1.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
