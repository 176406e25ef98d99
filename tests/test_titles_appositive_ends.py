"""A name set off after a determined title is its holder when the sentence ends after the
name as when a comma closes it ("…, according to the Minister for Information, X."), and an
appositive that says the post is held now ("X, the current interior minister") names its
holder too. Look-alikes: a list after the comma names no one holder; the right holder stays
silent.

The fictional ledger (tests/titles_support.py): Tomas Reyes is foreign minister and Mara
Quist interior minister since 2022; Karl Moser was caretaker prime minister to 2022-01-01."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plan was approved, according to the caretaker prime minister, Karl Moser.", "NL401"),
        ("The talks went well, said the interior minister, Tomas Reyes.", "NL402"),
        ("Officials met the Interior Minister, Tomas Reyes!", "NL402"),
        ("The report was sent to the interior minister, Tomas Reyes", "NL402"),
        ("Her uncle is Tomas Reyes, the current interior minister.", "NL402"),
        ("Her uncle is Tomas Reyes, the incumbent interior minister, who met them.", "NL402"),
        ("Tomas Reyes, the sitting interior minister, met them.", "NL402"),
    ],
)
def test_a_name_closed_by_the_sentences_end_or_a_current_appositive_is_judged(
    sylvania, text, expected
):
    assert found(sylvania, text, DAY) == [expected], text


@pytest.mark.parametrize(
    "text",
    [
        "The talks went well, said the interior minister, Mara Quist.",
        "The talks went well, said the foreign minister, Tomas Reyes.",
        "Her uncle is Mara Quist, the current interior minister.",
        "Officials met the interior minister, Tomas Reyes and Mara Quist.",
        "The plan was approved, according to the former caretaker prime minister, Karl Moser.",
    ],
)
def test_the_right_holder_or_a_list_stays_silent(sylvania, text):
    assert found(sylvania, text, DAY) == [], text
