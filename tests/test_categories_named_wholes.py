"""NL301: a whole named by one group's own words, divided into parts, leaves a rest under them.

"With an estimated 2.1 million registered individuals. Among them, approximately 1.3 million hold
PoR cards": the whole's number is not the registered refugees' (NL302), and counting only the
PoR holders among "registered" people leaves the rest (ACC holders, by the number) called
registered refugees (NL301), as a whole called "refugees" does. A whole given its group's own
size, or a part of no group, leaves no such rest; "documented" names several groups, of which
the PoR holders are one.

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2025-08-03"


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan remains a host for Afghan refugees, with an estimated 2.1 million registered "
        "individuals. Among them, approximately 1.3 million hold PoR cards.",
        "Pakistan hosts an estimated 2.1 million registered Afghans. Of these, about 1.3 million "
        "hold PoR cards.",
    ],
)
def test_a_part_of_a_whole_named_for_its_group(seed_corpus, text):
    assert "NL301" in found(seed_corpus, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # the whole's own size
        "Pakistan hosts 1.5 million registered individuals. Among them, about 1.3 million hold "
        "PoR cards.",
        # a part of no group
        "Pakistan hosts an estimated 1.4 million registered individuals. Among them, about "
        "500,000 live in camps.",
        # a noun of several groups: the PoR holders are one of them
        "Pakistan hosts an estimated 2.1 million documented Afghans. Among them, about 1.3 "
        "million hold PoR cards.",
        # a list, not a partition: nothing said of the rest
        "Pakistan hosts an estimated 2.1 million registered Afghans, including about 1.3 million "
        "who hold PoR cards.",
    ],
)
def test_look_alikes_stay_silent(seed_corpus, text):
    assert "NL301" not in found(seed_corpus, text, DAY)
