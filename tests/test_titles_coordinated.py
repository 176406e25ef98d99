"""Two titles joined by "and" before one name are both that person's: the second is judged
on its own, whether the name follows it ("Deputy Prime Minister and Interior Minister X") or
is set off by commas after a shared determiner ("Pakistan's deputy prime minister and
interior minister, X, …"). The first title being on record does not vouch for the second
(only a title set right before another, a courtesy title, is let pass). Look-alikes: two
determiners name two people; a list with its own names; a courtesy title.

The fictional ledger (tests/titles_support.py): Tomas Reyes is foreign minister, Mara Quist
interior minister and Ilse Varga prime minister since 2022."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister and Interior Minister Tomas Reyes met the envoy.",
        "Foreign Minister & Interior Minister Tomas Reyes will visit Arcadia.",
        "Sylvania's foreign minister and interior minister, Tomas Reyes, met the envoy.",
        "The foreign minister and interior minister, Tomas Reyes, said talks would go on.",
    ],
)
def test_the_second_of_two_joined_titles_is_judged(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister and the interior minister, Mara Quist, met the envoy.",
        "The prime minister and Interior Minister Mara Quist met the envoy.",
        "Prime Minister Ilse Varga and Interior Minister Mara Quist met the envoy.",
        "Foreign Minister Ambassador Tomas Reyes met the envoy.",
        "Sylvania's prime minister and foreign minister, Tomas Reyes, met the envoy.",
    ],
)
def test_two_people_a_right_second_title_or_a_courtesy_title_stay_silent(sylvania, text):
    assert found(sylvania, text, DAY) == [], text
