"""NL301: a modifier on "ones" standing for the head noun said before it ("1.3 million
registered refugees and 700,000 unregistered ones") (GitHub issue 11).

"Ones" repeats the earlier head noun, so the modifier before it is read on that head, as in
"registered and unregistered refugees": the unregistered are called refugees, a status the
ledger gives only the registered (news-r21-cc-038's class). A modifier of the head's own group,
a modifier of no group, and "ones" of no group stay silent.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "The census lists 1.3 million registered refugees and some 700,000 unregistered ones.",
        "Officials met registered Afghan refugees and unregistered ones at the camp.",
        "Both registered refugees and the undocumented ones were asked to report to the police.",
        "The district has 2,000 registered refugees, and about 500 unregistered ones.",
    ],
)
def test_a_modifier_on_ones_is_read_on_the_earlier_head(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the head's own group, or a modifier of no group
        "The census lists 1.3 million registered refugees and some 700,000 newly registered ones.",
        "Officials met registered Afghan refugees and elderly ones at the camp.",
        # the same group on both sides
        "Police held 300 undocumented migrants and 200 unregistered ones.",
        # "ones" standing for a head of the same group, past a stop
        "Registered refugees may stay, while undocumented migrants must leave; the"
        " undocumented ones in Karachi go first.",
        # "ones" of no group at all
        "Registered refugees renewed their old cards and received new ones.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
