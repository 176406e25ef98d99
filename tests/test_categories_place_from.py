"""NL301: "from" before a place is no later time (round-13 opened offbeat split, ob-006).

A predicate about a status put at another time ("will be illegal from April 1") is no
conflation: documents lapse at a group's own deadline. "From" opens a place as well as a
time; before a place ("arrested from different areas of the city for residing without valid
documents") it says nothing of another time, so the lack of papers given as the cause of what
is done to registered refugees is still theirs. Before a date or a time word it is still a
later status. The sentences are invented; groups and dates are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2023-10-04"

FROM_A_PLACE = (
    "The commissioner said at least 200 Afghan refugees were arrested from Quetta for residing "
    "without valid documents.",
    "Officials said 150 Afghan refugees were arrested from several areas of Peshawar for "
    "lacking documents.",
    "Police held 300 Afghan refugees from Karachi for living without valid papers.",
    "Some 300 Afghan refugees were detained from Peshawar for residing illegally.",
)


@pytest.mark.parametrize("text", FROM_A_PLACE)
def test_a_cause_after_a_place_from_is_still_the_groups(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # "from" before a time: a status to come
        "Afghan refugees will be considered illegal from November 1.",
        "Afghan refugees are to be treated as illegal from 1 November onwards.",
        "Afghan refugees would count as undocumented from next month.",
        "Afghan refugees are undocumented from now on, officials said.",
        # the place's people are of no refugee group, or the cause is no lack of papers
        "The police detained 300 undocumented Afghans from different areas of Quetta for "
        "residing without valid documents.",
        "Some 300 Afghan refugees were detained from Peshawar for lack of evidence.",
    ],
)
def test_a_time_from_and_other_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
