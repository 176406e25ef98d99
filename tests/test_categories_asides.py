"""NL301 on a lack of papers given as the cause of what is done to a group past an aside on
who is among it (GitHub issue 11).

"Thousands of Afghan refugees, including women and children, have been imprisoned for lacking
documentation" (r10 dev news-r10-cc-027): the aside says who is among the people, not which
group they are, so the cause after it is still given to the refugees, as without it.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-05-10"

GROUPS = ("Afghan refugees", "Registered Afghan refugees", "PoR card holders")
ASIDES = (
    ", including women and children,",
    ", mostly young men,",
    ", many of them children,",
    ", among them 40 women,",
)
CAUSES = (
    "were detained for lacking valid documents.",
    "were arrested in Karachi due to a lack of proper documentation.",
    "face deportation for not having valid papers.",
)


def _texts() -> list[str]:
    return [
        f"{group}{aside} {CAUSES[(i + j) % len(CAUSES)]}"
        for i, group in enumerate(GROUPS)
        for j, aside in enumerate(ASIDES)
    ]


@pytest.mark.parametrize("text", _texts())
def test_a_cause_past_an_aside_on_who_is_among_the_group(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the group without papers, and people of no group
        "Undocumented Afghans, including women and children, were detained for lacking valid "
        "documents.",
        "Afghan nationals, mostly young men, were detained for lacking valid documents.",
        # an aside naming a group of the ledger: the cause may be that part's
        "Afghan nationals, including ACC holders, were detained for lacking valid documents.",
        # another cause, or an aside that is a clause of its own
        "Afghan refugees, including women and children, were detained for protesting.",
        "Afghan refugees, who hold PoR cards, were not detained for lacking documents.",
    ],
)
def test_asides_that_give_no_lack_of_papers(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
