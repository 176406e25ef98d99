"""A title several offices share, its place written after the name with "of" ("Chief Minister
X of the North"): the place narrows the title to that office, so a holder who took it up only
later is judged. Look-alikes: the holder of the day, a title with no place (a kind of post
the person may hold elsewhere), and a place after "in" (where the person is, not whose post)
stay silent.

The fictional ledger (tests/titles_support.py): chief minister of the North: Nina Falk
(caretaker) 2023-01-01..2024-02-26, then Rosa Lind; of the South: Emil Haas."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania


@pytest.mark.parametrize(
    "text",
    [
        "Chief Minister Rosa Lind of the North said the province would not expel anyone.",
        "On Friday, Chief Minister Rosa Lind of North declared a new policy.",
    ],
)
def test_the_place_after_the_name_narrows_the_title(sylvania, text):
    assert found(sylvania, text, "2023-06-01") == ["NL402"], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Chief Minister Rosa Lind of the North said the province would act.", "2024-06-01"),
        # no North chief minister on record (before 2022-03-01), no place or "in": nothing decides
        ("Chief Minister Rosa Lind said the province would not expel anyone.", "2022-02-01"),
        ("Chief Minister Rosa Lind in the North said the province would act.", "2022-02-01"),
    ],
)
def test_the_holder_of_the_day_or_no_place_after_of_stays_silent(sylvania, text, day):
    assert found(sylvania, text, day) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # no place, or "in": still not yet hers where every chief minister then on record is
        # someone else and her record of the kind is the North's alone (round 19)
        "Chief Minister Rosa Lind said the province would not expel anyone.",
        "Chief Minister Rosa Lind in the North said the province would act.",
    ],
)
def test_a_kind_of_post_all_of_whose_holders_are_on_record_is_judged(sylvania, text):
    assert found(sylvania, text, "2023-06-01") == ["NL402"], text
