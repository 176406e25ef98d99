"""A sentence that writes the newer rank as a rank ("deserving of the Field Marshal rank",
"the rank of Field Marshal"), or one beside it that does, tells of the promotion: the rank
held before it is right there, at any date. Look-alikes: "rank and file", a title of
something else, and a rank written before a name keep the old rank stale.

The fictional ledger (tests/titles_support.py): Hugo Stahl was General until 2025-05-20,
Field Marshal since."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2025-08-01"
"""Months after the promotion: no report of a change of post lets the old rank pass."""


@pytest.mark.parametrize(
    "text",
    [
        "The president said General Hugo Stahl deserved the Field Marshal rank.",
        "He said General Hugo Stahl is worthy of the rank of Field Marshal.",
        "The president praised General Hugo Stahl. He is deserving of the Field Marshal rank, "
        "the president said.",
        "The cabinet gave the baton of Field Marshal to General Hugo Stahl.",
        "The title of Field Marshal was conferred on General Hugo Stahl at the ceremony.",
    ],
)
def test_a_sentence_naming_the_newer_rank_tells_of_the_change(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "General Hugo Stahl met the envoy.",
        "General Hugo Stahl met the rank and file of the army.",
        "General Hugo Stahl chose the title of the report himself.",
        "General Hugo Stahl met the envoy. Field Marshal Ilse Varga was not there.",
    ],
)
def test_other_ranks_words_leave_the_old_rank_stale(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL401"], text
