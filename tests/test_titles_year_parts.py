"""A year written with a part of it fused by a hyphen ("in mid-2021", "early-2021", "mid
-2021" as a page's stray space leaves it) places the sentence in that year, as "in 2021" and
"in mid 2021" do: a title inside the tenure then is not stale, one outside it still is.

The fictional ledger (tests/titles_support.py): Karl Moser was caretaker prime minister from
2021-08-14 to 2022-01-01 (Ilse Varga after him)."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Caretaker Prime Minister Karl Moser had decided in mid-2021 to reopen the roads.",
        "Caretaker Prime Minister Karl Moser (SLP) had decided in mid -2021 to reopen the roads.",
        "In late-2021, caretaker Prime Minister Karl Moser reopened the roads.",
        "The roads were reopened in late-2021 by caretaker Prime Minister Karl Moser.",
        "Caretaker Prime Minister Karl Moser had decided in mid 2021 to reopen the roads.",
    ],
)
def test_a_title_in_a_year_written_with_its_part_inside_the_tenure_is_not_stale(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Caretaker Prime Minister Karl Moser had decided in mid-2023 to reopen the roads.",
        "Caretaker Prime Minister Karl Moser says the roads will reopen by mid-2024.",
        "Caretaker Prime Minister Karl Moser says the roads have been open since mid-2021.",
        "Caretaker Prime Minister Karl Moser says the 2021-2022 plan will go on.",
    ],
)
def test_a_title_outside_the_year_it_is_placed_in_stays_stale(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL401"], text
