"""A generic title or government term that names no holder of the office on record is not
judged as a claim about the draft's date: one after an indefinite determiner names a kind ("a
caretaker chief minister must stay neutral", "an interim government will be formed"), and one
in the possessive before an act it took names that act's author, then ("the caretaker
government's decision to close the camps remains in force"), as does the agent of a past
participle written as its bare form ("the deadline set by the caretaker government"). The
definite term told in the present is still stale ("the caretaker government says …", "the
deadline is set by the caretaker government"), and so is one owning a person, not an act ("the
caretaker government's spokesman says …").

The fictional ledger (tests/titles_support.py): Sylvania's caretaker government served from
2021-08-14 to 2022-01-01; Nina Falk was the North's caretaker chief minister until
2024-02-26."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2025-01-10"


@pytest.mark.parametrize(
    "text",
    [
        "The law says a caretaker chief minister must stay neutral during the vote.",
        "An interim government is formed whenever parliament is dissolved, the minister says.",
        "The caretaker government's decision to close the camps remains in force.",
        "Critics say the caretaker chief minister's order has hurt the camps.",
        "The elected government has kept the deadline set by the caretaker government.",
    ],
)
def test_a_kind_or_the_author_of_a_past_act_is_silent(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The caretaker government says it will not reopen the camps.",
        "The caretaker government's spokesman says the camps stay closed.",
        "The caretaker chief minister says the camps are full.",
        "The deadline is set by the caretaker government.",
    ],
)
def test_the_definite_term_told_in_the_present_is_still_stale(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL401"], text
