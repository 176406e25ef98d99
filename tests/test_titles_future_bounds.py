"""A date after "from", "after" or "until" in a sentence that speaks of what will be ("from
January 31, no one will be allowed to stay") is a cut-off ahead, not the time the sentence
tells of: the titles in it are judged on the draft's date, not on last year's January 31
(which a day written without its year may be read as). Look-alikes: the same bound in a
sentence of the past still places it ("From January 31, X ran the province"), and the holder
of the draft's date stays silent.

The fictional ledger (tests/titles_support.py): Nina Falk was caretaker chief minister of
the North 2023-01-01..2024-02-26, then Rosa Lind."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2024-11-28"


@pytest.mark.parametrize(
    "text",
    [
        "North Chief Minister Nina Falk said that from January 31, no visitor will be allowed "
        "to stay in the capital.",
        "North Chief Minister Nina Falk announced that after January 31 the camps will close.",
    ],
)
def test_a_cut_off_ahead_leaves_the_title_to_the_drafts_date(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL401"], text


@pytest.mark.parametrize(
    "text",
    [
        "From January 31, North Chief Minister Nina Falk ran the province alone.",
        "North Chief Minister Rosa Lind said that from January 31, no visitor will be allowed "
        "to stay in the capital.",
    ],
)
def test_a_bound_in_the_past_or_the_days_holder_stays_silent(sylvania, text):
    assert found(sylvania, text, DAY) == [], text
