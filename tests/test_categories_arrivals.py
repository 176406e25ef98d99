"""NL301: a present participle of arriving between refugees and their verb ("Afghan refugees
fleeing the Taliban in 2021 live in Pakistan without documents") (GitHub issue 11).

Who came, and when, restricts the group as "who fled ..." would and says nothing of which
group they are: the verb after the participle's few words is the group's own, so a denial
of papers there is said of the refugees, as it is with no participle between. Found by the
round-16 mutation diagnostic (a real passage's "Afghans fleeing ... live in Pakistan without
legal documentation" with its noun made refugees). A participle that is the sentence's own
verb, a group that is not refugees, or a verb that denies nothing stays silent.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-03-31"


@pytest.mark.parametrize(
    "text",
    [
        "Some 500,000 Afghan refugees fleeing the Taliban in 2021 live in Pakistan without"
        " legal documentation.",
        "Afghan refugees arriving from Kunar last month have no valid documents.",
        "Thousands of Afghan refugees fleeing the war reside in Karachi without papers.",
        "Refugees coming from Kabul last year lack valid documents.",
        "About 500,000 Afghan refugees fleeing the Taliban's return in 2021 live in Pakistan"
        " without legal documentation.",
    ],
)
def test_a_denial_past_an_arriving_participle(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        "Some 500,000 Afghans fleeing the Taliban in 2021 live in Pakistan without legal"
        " documentation.",
        "Afghan refugees fleeing the war live in Pakistan with PoR cards.",
        "Afghan refugees fleeing the war in 2021 crossed into Pakistan without documents.",
        "Afghan refugees arriving in Peshawar were met by officials.",
        "Undocumented Afghans fleeing the war live in Karachi without papers.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
