"""NL301 on people said to hold a list of papers read whole (GitHub issue 11).

"refugees holding valid visas, Proof of Registration (PoR), and Afghan Citizen Card (ACC)
cards" (r10 dev news-r10-cc-081): whoever holds the list holds every item, so papers the
ledger keeps no group for ("valid visas", "passports", "national identity cards"), listed
before a group's documents, are read past to them, and a list closed by ", and" after an
earlier comma is one list. A comma that starts something else (another group, a clause) ends
the holding where it was.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2025-01-07"

HOLDERS = (
    "The police detained 800 Afghan nationals, including refugees holding {}.",
    "Police arrested refugees who hold {} in Islamabad.",
    "Undocumented Afghans with {} were sent to a holding centre.",
    "Dozens of refugees living in Karachi on {} were questioned.",
)
LISTS = (
    "valid visas, Proof of Registration (PoR), and Afghan Citizen Card (ACC) cards",
    "valid visas and ACC cards",
    "passports, visas and Afghan Citizen Cards",
    "national identity cards or ACCs",
    "birth certificates, passports, and ACC cards",
)


def _texts() -> list[str]:
    return [holder.format(listed) for holder in HOLDERS for listed in LISTS]


@pytest.mark.parametrize("text", _texts())
def test_a_list_of_papers_is_held_whole(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the list ends in the group's own documents, or its people are named by no group
        "The police detained refugees holding valid visas and PoR cards.",
        "Refugees holding visas, passports and PoR cards were detained.",
        "The police detained Afghans holding valid visas, PoR cards and ACC cards.",
        # another group after the comma, not an item held
        "The police detained refugees holding visas, ACC holders and undocumented migrants.",
        "The police detained refugees holding valid visas, PoR cards, and ACC holders.",
        "The police detained refugees holding valid visas, Afghans holding ACC cards and others.",
        # a clause after the comma; a noun the papers qualify; a list never closed
        "The police detained refugees holding valid visas, and ACC cards were seized from others.",
        "Officials met refugees holding valid visas; ACC cards were checked later.",
        "The police detained refugees holding visa applications and ACC cards.",
        "Refugees holding valid visas, ACC cards issued in 2017 have expired, officials said.",
    ],
)
def test_holding_list_look_alikes(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
