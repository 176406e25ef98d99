"""NL301 on a modifier on "ones" past an aside on the list's first phrase (GitHub issue 11,
round 24: dev r24-hg-003, "... registered refugees, who hold PoR cards ..., and 1 million
undocumented ones"). A relative clause between commas says more of the first phrase's people
and closes before the list goes on; "ones" still stands for that phrase's head noun, so the
denial is read on the refugees, as right after the phrase ("registered refugees and 1 million
undocumented ones"). Not a noun of its own after the aside, not a bare head before it (no
parallel modifier), not the same group again.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2018-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "The country shelters some 1.4 million registered Afghan refugees, who were counted in"
        " the 2005 census, and about one million unregistered ones.",
        "Officials counted 1.3 million registered refugees, who hold cards valid until June,"
        " and an estimated 500,000 undocumented ones.",
    ],
)
def test_a_denial_on_ones_past_an_aside(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # a noun of its own after the aside
        "The country shelters some 1.4 million registered Afghan refugees, who were counted in"
        " the 2005 census, and about one million undocumented Afghans.",
        # a bare head before it: no parallel modifier for "ones" to take over
        "The country shelters some 1.4 million Afghan refugees, who were counted in the 2005"
        " census, and about one million undocumented ones.",
        # the same group again
        "The country shelters some 1.4 million registered Afghan refugees, who were counted in"
        " the 2005 census, and about 20,000 newly registered ones.",
        # another clause, not an aside on the phrase
        "The country shelters 1.4 million registered Afghan refugees; officials said last week"
        " that it also hosts one million undocumented ones.",
    ],
)
def test_clean_lists_past_an_aside(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
