"""A recorded name written with its first word cut short to its leading consonants ("Kh Asif"
for a recorded "Khawaja Asif"): the name is the ledger's person, and the
title beside it is judged. Look-alikes: a short word with a vowel is a first name of its own
("Emi Haas" is not Emil Haas), and a rank's or honorific's abbreviation is no name ("Dr
Haas").

The fictional ledger (tests/titles_support.py): Sven Ek is Sylvania's ambassador to Borduria,
Emil Haas chief minister of the South; neither held another post."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "The attack came from Interior Minister Sv Ek on Monday.",
        "Chief Minister of the North Em Haas said the border was calm.",
    ],
)
def test_a_first_name_cut_short_names_the_person(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        "Chief Minister of the North Emi Haas said the border was calm.",
        "Ambassador to Borduria Sv Ek said the border was calm.",
        "Interior Minister Mara Quist met Dr Haas on Monday.",
    ],
)
def test_a_name_of_its_own_or_the_right_title_stays_silent(sylvania, text):
    assert found(sylvania, text, DAY) == [], text
