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


# A second title that names a party or a body with its abbreviation in brackets and hyphened
# words ("Prime Minister and <Party>-e-<Name> (<ABBR>) Chairman X"): the first title is still
# the name's, judged as NL401 judges any title of the name (Karl Moser was the North's chief
# minister from 2022-03-01 to 2022-12-31).

PARTY = "Sylvania Unity Front-Reform (SUF-R) Chairman"


@pytest.mark.parametrize(
    "text",
    [
        f"Chief Minister and {PARTY} Karl Moser said the talks would go on.",
        "The spokesman said Chief Minister and Sylvania Tehrik-e-Ittehad (STI) President Karl "
        "Moser was trying to stall the budget.",
    ],
)
def test_a_stale_first_title_before_a_party_post_is_the_names(sylvania, text):
    assert found(sylvania, text, "2023-06-01") == ["NL401"], text


def test_a_first_title_never_held_before_a_party_post_is_judged(sylvania):
    text = f"Foreign Minister and {PARTY} Mara Quist has urged calm."
    assert found(sylvania, text, DAY) == ["NL402"], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (f"Chief Minister and {PARTY} Karl Moser said the talks would go on.", "2022-06-01"),
        (f"Former Chief Minister and {PARTY} Karl Moser said the talks would go on.", "2023-06-01"),
        (f"The chief minister and the {PARTY} Karl Moser met the envoy.", "2023-06-01"),
        (f"Chief Minister Rosa Lind and {PARTY} Karl Moser met the envoy.", "2024-06-01"),
        (f"Prime Minister and {PARTY} Mara Quist have met the envoy.", "2023-06-01"),
    ],
)
def test_a_party_post_after_a_title_right_for_the_date_or_another_holders_stays_silent(
    sylvania, text, day
):
    assert found(sylvania, text, day) == [], text
