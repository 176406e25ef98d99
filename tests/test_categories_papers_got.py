"""NL301 and NL302 on people without documents said to have come by a group's documents
(GitHub issue 11, round 23: false-alarm risk of real reporting). "In 2017 the government
issued ACCs to 880,000 undocumented Afghans" tells the cards' history truly: the documents
made their recipients that group's people, so the number counts the documents' group and
the phrase's lack of documents is no contradiction (only refugee status is compared, as for
"issued a one-time ACC to 880,000 refugees"). Holding the documents, not coming by them,
still contradicts a lack of them; a number given to people who came by another group's
documents is still that group's to match.

The sentences are invented; the figures (880,000 ACC holders in 2017, 1.3 million registered
refugees) are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    "text",
    [
        "That year Islamabad handed ACCs to some 880,000 undocumented Afghans.",
        "Afghan Citizen Cards were distributed among around 880,000 unregistered Afghans.",
        "Around 880,000 undocumented Afghans obtained Afghan Citizen Cards in 2017.",
        "Some 880,000 undocumented Afghans, who were issued ACCs in 2017, stayed on.",
    ],
)
def test_people_without_papers_who_came_by_a_groups_papers(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # holding the documents now contradicts a lack of them
        ("Around 880,000 undocumented Afghans hold Afghan Citizen Cards.", ["NL301", "NL302"]),
        # the recipients' number is the documents' group's: PoR cards for the ACC count
        ("That year Islamabad handed PoR cards to some 880,000 undocumented Afghans.",
         ["NL301", "NL302"]),
        # refugees given ACCs are still called what the cards did not make them, and the
        # number is still given to a group with papers of its own
        ("That year Islamabad handed ACCs to some 880,000 registered refugees.",
         ["NL301", "NL302"]),
        # no documents got: the ACC figure under the undocumented's name
        ("Some 880,000 undocumented Afghans were told to leave.", ["NL302"]),
    ],
)  # fmt: skip
def test_holding_or_another_groups_papers_still_judged(seed_corpus, text, codes):
    assert found(seed_corpus, text, PHASE1) == codes
