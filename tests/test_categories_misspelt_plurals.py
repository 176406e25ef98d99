"""NL302 and NL301: a group's plural misspelt with an apostrophe ("undocumented Afghan’s in
Pakistan") (GitHub issue 11).

A name after a group's modifier, written with a possessive's apostrophe and followed by nothing a
possessive takes before its noun (a stop, a preposition, a verb), is the plural ("Afghans"): the
phrase names the modifier's group and a number before it is that group's figure (news-r17-cc-052's
class). A real possessive ("an undocumented Afghan’s family") names no group of people.

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-03-01"


@pytest.mark.parametrize(
    "text",
    [
        # the registered refugees' size given to the undocumented
        "Officials estimate that some 1.3 million undocumented Afghan’s live in Pakistan.",
        "About 1.3 million undocumented Afghan's are in the country, the minister said.",
        "Roughly 1.3 million undocumented Afghan’s, the ministry said, must leave.",
    ],
)
def test_a_misspelt_plural_is_the_groups_noun(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL302"]


@pytest.mark.parametrize(
    "text",
    [
        # a possessive: the family, the case of one person
        "An undocumented Afghan’s shop in Karachi, worth 1.3 million rupees, was sealed.",
        "The undocumented Afghan's case was heard on Monday.",
        # the plural spelt right keeps its own reading
        "Some 1.1 million undocumented Afghans live in Pakistan, officials said.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
