"""A title set off between two names in a list of people met ("met Foreign Minister X,
Sylvania's Special Envoy, Ambassador Dr Y and officials") is the next name's where
the ledger records that person in the office, also with an honorific ("Dr", "Mr") between the
courtesy title and the name. Look-alikes: the same appositive with no name after it, and a
name after it that the ledger does not record in the office, stay the first name's (NL402).

The fictional ledger (tests/titles_support.py): Tomas Reyes is Sylvania's foreign minister,
never its special envoy; Leo Brandt was the Special Envoy for Arcadia from 2023-05-23 to
2024-09-10."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2024-01-15"


@pytest.mark.parametrize(
    "text",
    [
        "The delegate met Foreign Minister Tomas Reyes, Sylvania's Special Envoy, "
        "Ambassador Dr Leo Brandt as well as senior officials.",
        "The delegate met Foreign Minister Tomas Reyes, Sylvania's Special Envoy, "
        "Ambassador Mr Leo Brandt as well as senior officials.",
    ],
)
def test_the_title_goes_to_the_holder_after_an_honorific(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The delegate met Tomas Reyes, Sylvania's Special Envoy, and senior officials.",
        "The delegate met Tomas Reyes, Sylvania's Special Envoy, Ambassador Dr Paula "
        "Roth as well as senior officials.",
    ],
)
def test_no_recorded_holder_after_leaves_the_appositive(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text
