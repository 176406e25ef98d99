"""NL301 on a group's term followed by an appositive bare head of another group (GitHub
issue 11).

"They are Afghan Citizen Card (ACC) holders, refugees granted temporary legal status in
Pakistan in 2017" (r10 dev news-r10-cc-054): the noun after the comma, described by a
participle or a relative, says what the holders are, as "ACC holders, who are refugees"
does; a list of groups ("ACC holders, refugees who fled the war, and undocumented migrants")
says nothing of the kind.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2025-03-20"

TERMS = ("ACC holders", "Afghan Citizen Card (ACC) holders", "Afghan Citizen Card holders")
APPOSITIVES = (
    "refugees granted temporary legal status in 2017",
    "refugees who came after 2007",
    "Afghan refugees living in Karachi",
    "refugees issued cards by NADRA",
)
ENDS = ("must leave by March 31.", "were told to go home.")


def _texts() -> list[str]:
    return [
        f"{term}, {apposed}, {ENDS[(i + j) % len(ENDS)]}"
        for i, term in enumerate(TERMS)
        for j, apposed in enumerate(APPOSITIVES)
    ]


@pytest.mark.parametrize("text", _texts())
def test_an_appositive_gives_the_holders_another_groups_noun(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the group's own noun, or a noun of no group
        "PoR card holders, refugees registered with UNHCR, may stay until June.",
        "ACC holders, Afghans granted temporary legal status in 2017, must leave.",
        # a list of groups, not an appositive
        "The order covers ACC holders, refugees who fled the war, and undocumented migrants.",
        "ACC holders, refugees and undocumented migrants were told to leave.",
    ],
)
def test_appositive_look_alikes(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
