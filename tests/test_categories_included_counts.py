"""NL302: a count after "including" under a noun several groups share is a part, not their size.

"About 2.1 million documented Afghans live in Pakistan, including 1.3 million registered ...":
"documented" names the PoR and ACC holders together, and a number given for such a phrase is
read as their size together (NL302 when it is one group's only: "1.4 million documented
individuals"). A count after "including" (or "among them") is some of them, and one of the
groups' own size is just such a part. The size given for the phrase itself is still checked.

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "About 2.1 million documented Afghans live in Pakistan including 1.3 million registered "
        "with the UN refugee agency.",
        "Some 2.1 million documented Afghans live in Pakistan, including 1.3 million registered "
        "in Khyber Pakhtunkhwa.",
        "Pakistan is home to 2.1 million documented individuals, including about 1.3 million "
        "who hold PoR cards.",
    ],
)
def test_a_groups_own_size_included_in_their_whole(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        # the phrase's own size: one group's figure given for both
        "Pakistan is home to approximately 1.3 million documented individuals.",
        "Some 1.3 million documented Afghans live in Pakistan, officials said.",
    ],
)
def test_the_phrases_own_size_is_still_checked(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL302"]
