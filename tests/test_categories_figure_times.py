"""NL302 and the time of another group's figure (round-13 false-alarm hunt, drafts 105, 110).

Another group's figure names a draft's number as the wrong group's size only when the record
says when it was in force, or when the named group's own size at the draft's date is known.
An undated figure (the ledger's "1.8 million Afghans of every status", a secondary page with
no date) may be of any year: in a draft older than every figure of the named group it says
nothing. The sentences are invented; groups, figures and dates are the ledger's.
"""

import pytest

from .test_categories_reading import found

OLD = ("2012-05-10", "2013-07-02", "2014-06-21")
"""Drafts older than every registered-refugee figure of the ledger (the first: 2018)."""

REGISTERED = (
    "UNHCR welcomed Pakistan's commitment to protect over 1.6 million registered Afghan refugees.",
    "The government issued new cards to more than 1.6 million registered Afghan refugees.",
    "Pakistan hosts upwards of 1.6 million registered refugees from Afghanistan, officials said.",
    "More than 1.6 million Afghans holding PoR cards live in Pakistan.",
)
"""A registered-refugee count of its time, near only an undated figure of all Afghans."""


@pytest.mark.parametrize("text", REGISTERED)
@pytest.mark.parametrize("day", OLD)
def test_an_undated_figure_does_not_judge_an_older_draft(seed_corpus, text, day):
    assert found(seed_corpus, text, day) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # dated figures of another group in force at the draft's date still name the error
        ("Pakistan told 1.7 million Afghan refugees to leave by November 1.", "2023-10-10"),
        ("The order covers 800,000 registered Afghan refugees.", "2024-08-01"),
        # an undated figure still counts where the named group's size at the date is known
        ("The interim cabinet decided to deport 1.1 million Afghan refugees.", "2023-10-02"),
    ],
)
def test_figures_in_force_still_name_the_wrong_group(seed_corpus, text, day):
    assert found(seed_corpus, text, day) == ["NL302"]
