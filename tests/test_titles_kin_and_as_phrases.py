"""A name set off beside a title that stands in a phrase about someone else is not the
title's holder (round 25, from two false alarms of round 24's blind split on real text):

- a title inside a kin phrase: "the brother of the prime minister, X, …", "X, the prime
  minister's son, …": X is the relative, the title another person's;
- a title closing an "as" phrase about a name before it: "After the swearing-in of Y as the
  country's caretaker prime minister, X, the foreign minister, …": the title is Y's, and X
  opens the main clause.

Each shape has its look-alike that still names the holder ("the son of Prime Minister X",
"X, the prime minister, …", "The country's prime minister, X, …"). Written for this file
against the fictional Sylvania ledger (tests/titles_support.py); no dev passage is copied."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"
"""Ilse Varga is Sylvania's prime minister, Tomas Reyes its foreign minister (never prime
minister), Eva Lund its president."""

KIN = [
    "The brother of the prime minister, Tomas Reyes, opened the new bridge.",
    "Sylvania's foreign minister and brother of the prime minister, Tomas Reyes, spoke first.",
    "The son-in-law of the president, Tomas Reyes, flew to Arcadia on Monday.",
    "A cousin of the president, Tomas Reyes, chaired the meeting.",
    "Tomas Reyes, the prime minister's brother, opened the new bridge.",
    "Tomas Reyes, the president's nephew, flew to Arcadia on Monday.",
]
"""Kin phrases: Reyes is the relative, never the prime minister or the president."""

AS_PHRASES = [
    "After the nomination of Ilse Varga as the country's prime minister, Tomas Reyes, "
    "the foreign minister, flew to Arcadia.",
    "Following the swearing-in of Eva Lund from the north as president, Tomas Reyes "
    "left the capital on Saturday.",
    "With Ilse Varga sworn in as prime minister, Tomas Reyes, the foreign minister, "
    "cancelled his trip.",
]
"""A title closing an "as" phrase about the name before it; the name after the comma opens
the main clause."""

STILL_NAMED = [
    "The son of Prime Minister Tomas Reyes opened the new bridge.",
    "Tomas Reyes, the prime minister, opened the new bridge.",
    "The country's prime minister, Tomas Reyes, opened the new bridge.",
    "The brother of the foreign minister met Prime Minister Tomas Reyes on Monday.",
    "Eva Lund as well as the prime minister, Tomas Reyes, opened the new bridge.",
]
"""The look-alikes where the title still names Reyes: a name right after the title, a plain
appositive, a title set off before its name, "as well as" (a list, not an "as" phrase)."""


@pytest.mark.parametrize("text", KIN + AS_PHRASES)
def test_a_title_in_a_phrase_about_another_person_stays_silent(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize("text", STILL_NAMED)
def test_the_title_that_names_the_person_is_still_judged(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text
