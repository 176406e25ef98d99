"""A title that closes a phrase fronted before the sentence's subject, opened by a preposition
or by a participle with its object ("Like the prime minister, X condemned …", "Welcoming the
foreign minister, X said …"), does not name the subject after the comma: the sentence's first
word is capitalised only because it opens the sentence, and the title does not open it
(``titles_belongs.fronted_head``). Found in round 25's false-alarm review of real reporting
shapes (written for this file, no dev passage copied).

Still judged: a title that opens its sentence ("Prime Minister, X, said …"), one after a
qualifier or a modifier in "-ing" ("Caretaker …", "Visiting …"), one with an owner before it.

The fictional Sylvania ledger (tests/titles_support.py): on the day below Ilse Varga is prime
minister, Tomas Reyes foreign minister (never prime minister nor president), Eva Lund
president, Omar Zed Arcadia's foreign minister."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"

FRONTED = [
    "Like the prime minister, Tomas Reyes condemned the attack.",
    "Unlike the president, Tomas Reyes has visited Arcadia twice.",
    "Welcoming the Arcadian foreign minister, Tomas Reyes said the ties were old.",
    "Representing the prime minister, Tomas Reyes attended the summit in Arcadia.",
    "Meeting the president, Tomas Reyes praised the new budget.",
    "With the prime minister, Tomas Reyes toured the flooded villages.",
]

STILL_JUDGED = [
    "Prime Minister, Tomas Reyes, said the talks would go on.",
    "Caretaker Prime Minister, Tomas Reyes, said the talks would go on.",
    "Visiting Arcadian Foreign Minister, Tomas Reyes, called on the president.",
    "Sylvania's president, Tomas Reyes, said the talks would go on.",
    "Meanwhile, Prime Minister Tomas Reyes said the talks would go on.",
]


@pytest.mark.parametrize("text", FRONTED)
def test_a_title_closing_a_fronted_phrase_does_not_name_the_subject(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize("text", STILL_JUDGED)
def test_a_title_that_opens_its_sentence_still_names_the_person(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text
