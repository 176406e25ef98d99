"""A wire's credit in brackets after a dateline ("Capital, Jul 19 (PTI) …", "CAPITAL (SNA)
…") is no body owning the title after it, as a party's abbreviation after its name is
("Sylvania Freedom Party (SFP) chief …"): the title stays the ledger's office and is judged.
Look-alikes: a party's abbreviation after its name still owns the title, and the right holder
after a credit stays silent.

The fictional ledger (tests/titles_support.py): Tomas Reyes is Sylvania's foreign minister,
never a chief minister; Rosa Lind is chief minister of the North from 2024-02-26."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2024-07-19"


@pytest.mark.parametrize(
    "text",
    [
        "Sylvan City, Jul 19 (PTI) North Chief Minister Tomas Reyes has said the cards expire.",
        "SYLVAN CITY (SNA) North Chief Minister Tomas Reyes said the cards expire.",
    ],
)
def test_a_title_after_a_wires_credit_is_judged(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        "Sylvan City, Jul 19 (PTI) North Chief Minister Rosa Lind has said the cards expire.",
        "Sylvania Freedom Party (SFP) North Chief Minister Tomas Reyes said the cards expire.",
    ],
)
def test_a_partys_abbreviation_or_the_right_holder_stays_silent(sylvania, text):
    assert found(sylvania, text, DAY) == [], text
