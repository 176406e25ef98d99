"""NL301: a group joined to "other <people>" before its part ("illegal Afghan nationals and
other foreign individuals living in Quetta, the majority of whom are Afghan refugees") (GitHub
issue 11).

"And other foreign individuals" adds people of the same kind with no group of their own: the
part that follows ("the majority of whom are Afghan refugees") is still of the whole, so the
refugees are counted among people without papers, NL301's "undocumented migrants, most of
whom are Afghan refugees". Settled by the round-16 dev-label audit (news-r2-cat-032). A whole
of papers held, or a part of no other status, stays silent.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    "text",
    [
        "There are about 300,000 illegal Afghan nationals and other foreign individuals living"
        " in Quetta, the majority of whom are Afghan refugees.",
        "Police held undocumented Afghans and other foreign nationals in Karachi, most of whom"
        " are Afghan refugees.",
        "Illegal Afghan migrants as well as other people in Peshawar, many of whom are Afghan"
        " refugees, face arrest.",
    ],
)
def test_a_part_after_and_other_people(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        "There are about 300,000 Afghan nationals and other foreign individuals living in"
        " Quetta, the majority of whom are Afghan refugees.",
        "Police held undocumented Afghans and other foreign nationals in Karachi, most of whom"
        " are young men.",
        "Registered refugees and other foreign nationals in Karachi, most of whom are Afghan"
        " refugees, were counted.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []
