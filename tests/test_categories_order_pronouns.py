"""NL302 on a number an order falls on, in a clause that refers back to the order with a
pronoun (GitHub issue 11).

"The sweep is part of a crackdown that targets all undocumented or unregistered foreigners,
according to Islamabad, though it mostly affects some 13 lakh Afghans" (r8 dev
news-r8-cc-053): "it" is the order of an earlier clause of the same sentence, so the number is
the size of the group that order targets, as in "The move put 1.4 million ... at risk" after a
sentence naming the order. 1.3 million (13 lakh) is the registered refugees' count.

The sentences are invented; the groups and figures are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2023-11-02"

ORDERS = (
    "The crackdown targets all undocumented foreigners",
    "The drive is aimed at undocumented Afghans, officials said",
    "Pakistan ordered undocumented Afghans to leave by November 1",
)
LINKS = (", though it mostly affects", ", but it affects", ", although it will hit")
NUMBERS = ("some 13 lakh Afghans", "some 1.3 million Afghans", "about 1.4 million people")


def _texts() -> list[str]:
    return [
        f"{order}{link} {NUMBERS[(i + j) % len(NUMBERS)]}."
        for i, order in enumerate(ORDERS)
        for j, link in enumerate(LINKS)
    ]


@pytest.mark.parametrize("text", _texts())
def test_a_pronoun_refers_to_the_order_of_an_earlier_clause(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL302"]


@pytest.mark.parametrize(
    "text",
    [
        # the target's own size
        "The crackdown targets all undocumented foreigners, though it mostly affects some 17 lakh "
        "Afghans.",
        "Pakistan ordered undocumented Afghans to leave, though it affects 1.7 million people.",
        # no order in the sentence: the pronoun is something else
        "The border is busy, though it mostly serves some 1.3 million Afghans.",
        # a number the clause does not expose to the order
        "The crackdown targets all undocumented foreigners, though it spares some 1.3 million "
        "registered refugees.",
    ],
)
def test_pronoun_clauses_that_give_no_other_groups_figure(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
