"""A title whose country the writer names before it ("Pakistani Foreign Minister X", "Pakistan's
Interior Minister X") for a person whose own office of that wording is another country's is
that named country's office, judged by its holders (NL402), not the person's own post written
short; without the country written, the short form stays the person's own and is silent, as
are the person's own country and the named country's holder.

The fictional ledger (tests/titles_support.py): Tomas Reyes is Sylvania's foreign minister,
Omar Zed Arcadia's ("Arcadian foreign minister")."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania's Foreign Minister Omar Zed met the delegation on Monday.",
        "The envoy later called on Sylvania's Foreign Minister Omar Zed in the capital.",
    ],
)
def test_another_countrys_office_named_by_its_country_is_judged(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        # no country written: the person's own office written short
        "Foreign Minister Omar Zed met the delegation on Monday.",
        # the person's own country, and the named country's holder
        "Arcadia's Foreign Minister Omar Zed met the delegation on Monday.",
        "Sylvania's Foreign Minister Tomas Reyes met the delegation on Monday.",
    ],
)
def test_the_own_office_or_its_holder_stays_silent(sylvania, text):
    assert found(sylvania, text, DAY) == [], text
