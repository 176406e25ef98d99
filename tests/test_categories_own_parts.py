"""NL302: a count a partition makes a part of its own group's whole is not the group's size.

"Pakistan hosts 1.3 million registered refugees. Among them, 1.1 million hold valid PoR cards":
the 1.1 million are some of the registered refugees, so that their count equals another group's
size (the undocumented's 1.1 million of 2023) says nothing; the whole's own number is still
checked, and a part under a whole of another group, or a count "including" lists, is read as
before.

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan hosts 1.3 million registered refugees. Among them, 1.1 million hold valid PoR "
        "cards.",
        "Of the 1.4 million PoR card holders in Pakistan, 1.1 million hold the new smart cards.",
    ],
)
def test_a_part_of_its_own_groups_whole(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        # the whole's own number: another group's size given to it
        "Pakistan hosts 1.73 million registered refugees. Among them, 1.1 million hold valid PoR "
        "cards.",
        # a part under a whole of no group: the part's number is checked
        "Of the 3.7 million Afghans in Pakistan, over 1.7 million are registered.",
    ],
)
def test_the_whole_and_other_parts_are_still_checked(seed_corpus, text):
    assert "NL302" in found(seed_corpus, text, DAY)
