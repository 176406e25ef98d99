"""A title opening its sentence after a dateline with the wire's credit in brackets
("ISLAMABAD, (UrduPoint / Pakistan Point News - 27th Aug, 2025) Federal Minister for Health,
Syed Mustafa Kamal has …", dev news-r9-tt-082) opens the sentence as after a bare dateline:
the name set off after it by a comma is its holder, judged by NL402.

The fictional ledger (tests/titles_support.py): Tomas Reyes is Sylvania's foreign minister,
a post with no caretaker qualifier; the wire and town names are invented."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"

DATELINES = (
    "VALDORA, (Sylvan Wire / Point News - 1st Jun, 2023) ",
    "VALDORA, (Sylvan Wire) ",
    "VALDORA: (Point News) ",
)
SENTENCES = (
    "Caretaker Foreign Minister, Tomas Reyes said the talks went well.",
    "Interim Foreign Minister, Tomas Reyes has said the talks went well.",
    "Caretaker Foreign Minister, Mr. Tomas Reyes said the talks went well.",
)


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_title_after_a_credited_dateline_names_its_holder(sylvania, dateline, sentence):
    text = dateline + sentence
    assert found(sylvania, text, DAY) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        # brackets inside the sentence, not a dateline's: a list after the title stays a list
        "Talks (held in Valdora) with the foreign minister, Tomas Reyes and Quist went well.",
        # a bracket left open: the title is inside it, not opening the sentence
        "VALDORA, (Sylvan Wire: caretaker foreign minister, Tomas Reyes and Quist met.",
    ],
)
def test_look_alikes_are_not_read_as_a_dateline(sylvania, text):
    assert found(sylvania, text, DAY) == [], text
