"""NL301 on a relative clause joined to a group's first one (GitHub issue 11, round 26: dev
r25-cc-010, a group of "Afghan refugees living in Pakistan" followed by a clause on their
cards and a second one, joined by "or who", that denies them registration). A relative clause
joined by "or"/"and" to the one right after a group is said of the group too, so a denial of
papers in it conflates as it would right after the group; the first clause is read first and
the joined one only when the first says nothing of papers. A clause joined to a noun inside the
first clause ("whose relatives remain unregistered") is not one the group's own, nor is a
clause of another group named after "and".

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2016-03-01"


@pytest.mark.parametrize(
    "text",
    [
        # a "whose" clause on the group's cards, then a joined denial
        "Aid groups asked the government to settle the fate of some two million Afghan refugees"
        " whose papers have lapsed or who were never registered at all.",
        # past the group's place, a joined clause with "remain"
        "Afghan refugees living in Peshawar whose cards ran out last year or who remain"
        " undocumented are being detained.",
        # a first "who" clause that says nothing of papers, joined by "and who"
        "Afghan refugees who crossed the border in the 1990s and who still have no documents"
        " say they fear arrest.",
    ],
)
def test_joined_relative_denial(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the denial is of a noun inside the first clause, not of the group
        "Afghan refugees whose relatives remain unregistered fear that their families will be"
        " split.",
        # a joined clause that gives the group its own papers
        "Afghan refugees whose children were born here and who hold PoR cards may stay.",
        # another group named after "and", with its own relative clause
        "Afghan refugees whose cards were renewed and migrants who have no documents were"
        " counted separately.",
        # the first clause ends at a full stop; the next sentence's "who" is no relative
        "Officials met Afghan refugees whose cards have expired. Or who are they, asked one"
        " official.",
        # a joined clause with no word of papers
        "Afghan refugees whose camps were closed and who moved to the cities face high rents.",
    ],
)
def test_joined_relative_look_alikes(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
