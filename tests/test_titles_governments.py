"""Which government a generic reference names ("the caretaker government") is decided by the
country written with it (an owner before it, a complement after it) or, else, by the countries
its sentence names: a reference owned by or told among another government's country is not
the ledger's government of that term, and is not judged ("Arcadia's caretaker government",
"the caretaker government in Arcadia", a delegation of Arcadia's). A nationality word that
describes a people ("Arcadian refugees") names no government. A history told from a date
inside the government's term ("underway since …") gives it the name of that time.

The fictional ledger (tests/titles_support.py): Sylvania's caretaker government ended on
2022-01-01; Arcadia's government is in office."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"
"""After Sylvania's caretaker government ended, with Arcadia's in office."""

SILENT = (
    "Arcadia's caretaker government says it controls the whole country.",
    "The Arcadian caretaker government says it controls the whole country.",
    "The caretaker government in Arcadia says it controls the whole country.",
    "Officials of Arcadia say the caretaker government delegation is going to the talks.",
    "The caretaker government of Arcadia is sending a delegation to the talks.",
    "Arcadia's interim government says it will attend the talks.",
    "The drive has been underway since September 2021, with Sylvania's caretaker government "
    "committing to it.",
    "The drive has been underway since 2021, with the caretaker government committing to it.",
)
"""Another country's government, or a history begun in the term."""
STALE = (
    "The caretaker government says the drive will continue.",
    "Sylvania's caretaker government says the drive will continue.",
    "The caretaker government of Sylvania says the drive will continue.",
    "The caretaker government says Arcadian refugees must leave by the end of the month.",
    "Sylvania's interim government says the drive will continue.",
    "The drive has been underway since March 2022, and the caretaker government says it will "
    "go on.",
)
"""Sylvania's caretaker government, or no other country's: stale in 2023."""


@pytest.mark.parametrize("text", SILENT)
def test_another_countrys_government_or_a_history_of_the_term_is_not_stale(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize("text", STALE)
def test_the_ended_government_named_now_is_stale(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL401"], text
