"""Who a title names when reporting spells the person otherwise: a surname alias written after
given names that open like the person's recorded ones is the person's full name spelt
otherwise ("Karlo Moser" for Karl Moser), judged like the full name; another first name
("Anna Moser") or a given name the person's names lack ("Karl Heinz Moser") is a namesake,
and a bare surname still names the person only next to the person's own titles. And "acting"
before another office's title is a stand-in only for one whose own post is not itself
"acting": in a government whose posts are all acting, "Acting Foreign Minister X" for its
acting prime minister is a wrong title.

The fictional ledger (tests/titles_support.py): Mara Quist is Sylvania's interior minister;
Karl Moser (surname alias "Moser") was caretaker prime minister and chief minister of the
North; Nora Blix is Arcadia's acting prime minister, Omar Zed its foreign minister."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Interior Minister Karlo Moser said the roads were open.", ["NL402"]),
        ("The roads are open, said Interior Minister Karlo Moser.", ["NL402"]),
        ("Interior Minister Karl Heinz Moser said the roads were open.", []),
        ("Interior Minister Anna Moser said the roads were open.", []),
        ("Interior Minister Moser said the roads were open.", []),
        ("Interior Minister Mara Quist said the roads were open.", []),
    ],
)
def test_a_surname_after_the_persons_given_names_spelt_otherwise_is_the_person(
    sylvania, text, expected
):
    assert found(sylvania, text, DAY) == expected, text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Acting Arcadian Foreign Minister Nora Blix met the envoy.", ["NL402"]),
        ("Acting Foreign Minister Mara Quist met the envoy.", []),
        ("Arcadian Foreign Minister Omar Zed met the envoy.", []),
    ],
)
def test_acting_is_a_stand_in_only_for_one_whose_own_post_is_not_acting(sylvania, text, expected):
    assert found(sylvania, text, DAY) == expected, text
