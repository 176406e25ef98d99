"""A title several offices share with its place set off by commas, as press releases write a
post ("X, Inspector General of Police, <Province>."): the place narrows the title to that
office. Look-alikes: the person's own office stays silent, and a place that runs on into
other words ("…, North Party chief, …") narrows nothing.

The fictional ledger (tests/titles_support.py): Emil Haas is chief minister of the South;
Rosa Lind of the North."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2024-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "“Five people are dead,” confirmed Emil Haas, Chief Minister, North.",
        "Emil Haas, Chief Minister, North, opened the road on Monday.",
    ],
)
def test_a_place_set_off_after_the_title_narrows_it(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        "“Five people are dead,” confirmed Emil Haas, Chief Minister, South.",
        "Emil Haas, Chief Minister, North Party chief, spoke on Monday.",
    ],
)
def test_the_own_office_or_a_run_on_place_stays_silent(sylvania, text):
    assert found(sylvania, text, DAY) == [], text
