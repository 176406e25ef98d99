"""A title with its own complement ("Minister for Planning") names one office, as one followed
by it does: a name set off after it by commas is its holder, and so is a name after the rest
of the complement's list ("Minister for Planning, Development and Special Initiatives, Ahsan
Iqbal, …": capitalised items, "and" before the last). Look-alikes: a list of names after the
title, and the title's own holder, stay silent.

The fictional ledger (tests/titles_support.py): Leo Brandt is Sylvania's Special Envoy for
Arcadia from 2023-05-23 to 2024-09-10; Mara Quist is its interior minister."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2024-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "Special Envoy for Arcadia, Trade and Transit, Mara Quist, met the delegation.",
        "The talks were chaired by Special Envoy for Arcadia, Trade and Transit, Mara Quist, "
        "on Monday.",
        "Sylvania's Special Envoy for Arcadia, Trade & Transit, Mara Quist, said talks went well.",
        "The talks were chaired by Special Envoy for Arcadia, Mara Quist, on Monday.",
    ],
)
def test_a_name_after_the_titles_complement_list_is_its_holder(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text
    own = text.replace("Mara Quist", "Leo Brandt")
    assert found(sylvania, own, DAY) == [], own


@pytest.mark.parametrize(
    "text",
    [
        "Special Envoy for Arcadia, Trade and Transit, Mara Quist and Ilse Varga met on Monday.",
        "The talks with the Special Envoy for Arcadia, Mara Quist and Ilse Varga went well.",
        "After meeting the Special Envoy for Arcadia, Mara Quist said the talks went well.",
    ],
)
def test_a_list_or_a_clause_after_the_title_names_no_holder(sylvania, text):
    assert found(sylvania, text, DAY) == [], text
