"""A title set in a past time by what is written with it is that time's: an appositive title
bounded by "when" and a clause in the past with a subject of its own ("X, caretaker chief
minister when the floods struck, …"), and a title named with an event dated by its year in a
source's phrase ("according to a 2023 statement by caretaker Chief Minister X"), and a title
named as the role of an act told in the past ("who opened the camps as caretaker chief
minister", "has served as caretaker chief minister"). Still judged:
"when asked" (the holder's own act at the report's time), a clause in the present, and a dated
event that is only the object of the holder's verb ("X said a 2023 statement would stand").

The fictional ledger (tests/titles_support.py): Nina Falk was the North's caretaker chief
minister from 2023-01-01 to 2024-02-26."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2025-01-10"


@pytest.mark.parametrize(
    "text",
    [
        "Nina Falk, caretaker chief minister when the floods struck, visited the camp again.",
        "Nina Falk, the caretaker chief minister when Sylvania reopened the border, spoke.",
        "According to a 2023 statement by caretaker Chief Minister Nina Falk, the camps were full.",
        "The figure was quoted from a 2023 interview with caretaker Chief Minister Nina Falk.",
        "Falk, who opened the camps as caretaker chief minister, is now a senator.",
        "Nina Falk has served as caretaker chief minister and now teaches law.",
    ],
)
def test_a_title_set_in_a_past_time_by_its_own_words_is_silent(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Nina Falk, caretaker chief minister, when asked about the camps, said they were full.",
        "Nina Falk, caretaker chief minister when asked, said the camps were full.",
        "Nina Falk, caretaker chief minister when the floods strike, says the camps are full.",
        "Caretaker Chief Minister Nina Falk said a 2023 statement would stand.",
        "The caretaker chief minister says the camps are full.",
    ],
)
def test_a_title_with_no_past_time_of_its_own_is_still_stale(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL401"], text
