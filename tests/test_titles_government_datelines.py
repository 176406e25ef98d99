"""A dateline ("SYLVANIA: …") is where the story is filed from, not a country the sentence
tells of: the government a generic reference ("the caretaker government") names is read from
the countries the sentence itself names, so one told among another government's country
stays unjudged under any dateline; where the sentence names no country, the dateline's
still counts ("ARCADIA – The caretaker government says …" is not Sylvania's). Look-alikes:
the same dateline before a sentence naming no other country, and a reference owned by the
ended government's country, stay stale.

The fictional ledger (tests/titles_support.py): Sylvania's caretaker government ended on
2022-01-01; Arcadia's government is in office."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "SYLVANIA: Officials of Arcadia said the caretaker government must be recognised first.",
        "SYLVANIA - An envoy for Arcadia said recognising the caretaker government is up to "
        "the assembly.",
        # the dateline alone names another government's country: still a hint, not dropped
        "ARCADIA – The caretaker government says the drive will continue.",
    ],
)
def test_a_dateline_does_not_pick_the_government(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "SYLVANIA: The caretaker government says the drive will continue.",
        "ARCADIA: The caretaker government of Sylvania says the drive will continue.",
    ],
)
def test_the_ended_government_after_a_dateline_is_stale(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL401"], text
