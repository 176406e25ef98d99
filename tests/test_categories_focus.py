"""NL301: "X with a (particular) focus on Y" names Y as the main part of X (round-13 opened
dev news-r13-cc-038's class), as "X, mostly Y" does: refugees named as the main part of
illegal foreigners are counted among them. The sentences are invented; groups and dates are
the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-02-16"

WIDER = ("illegal foreigners", "undocumented migrants")
FOCUS = ("with a significant focus on", "with a particular focus on", ", with a focus on",
         "with special emphasis on")  # fmt: skip


@pytest.mark.parametrize("wider", WIDER)
@pytest.mark.parametrize("focus", FOCUS)
def test_refugees_named_as_the_main_part_of_illegal_foreigners(seed_corpus, wider, focus):
    text = f"The government began a drive to deport {wider} {focus} Afghan refugees.".replace(
        " ,", ","
    )
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # a part of the same group, people of no group, a place
        "The government plans to deport illegal immigrants with a focus on undocumented Afghans.",
        "Aid agencies support Afghan refugees with a focus on women and children.",
        "The drive targets illegal immigrants with a focus on Karachi.",
        "UNHCR assists registered refugees with a particular focus on PoR card holders.",
    ],
)
def test_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
