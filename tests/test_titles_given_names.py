"""A given name alone after a rank ("Field Marshal Hugo", "Gen Hugo") names the person the
draft named in full before it when only one such person starts their recorded name with it:
the rank is then judged on that person (NL402 for a rank not yet held). A given name is many
people's: never read so without the full name earlier in the draft, nor when two people named
before share it.

The fictional ledger (tests/titles_support.py): Hugo Stahl was General from 2022-11-29,
Field Marshal from 2025-05-20."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

BEFORE = "2023-05-07"  # a General then
AFTER = "2025-08-01"  # a Field Marshal then


@pytest.mark.parametrize(
    "text",
    [
        "Army chief Hugo Stahl met the envoy. During the talks, Field Marshal Hugo stressed "
        "cooperation on the border.",
        "Army chief Hugo Stahl met the envoy on Sunday, and Field Marshal Hugo later addressed "
        "the troops.",
    ],
)
def test_a_rank_not_yet_held_before_a_given_name_is_judged(sylvania, text):
    assert found(sylvania, text, BEFORE) == ["NL402"], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the rank held on the date
        (
            "Army chief Hugo Stahl met the envoy. During the talks, Field Marshal Hugo stressed "
            "cooperation on the border.",
            AFTER,
        ),
        # no full name before: a given name is many people's
        ("During the talks, Field Marshal Hugo stressed cooperation on the border.", BEFORE),
        # named after, not before
        ("Field Marshal Hugo stressed cooperation, the office of Hugo Stahl said.", BEFORE),
    ],
)
def test_a_given_name_without_its_full_name_before_stays_silent(sylvania, text, day):
    assert found(sylvania, text, day) == [], text
