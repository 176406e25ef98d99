"""A date followed by its year in words (issue 11, round 17): "has set March 31 of this year as
the deadline for these refugees to leave" (dev news-r12-cc-089) and "till June 30 next year"
were read as a bare date with "of this year" or "next year" left between it and its cue, so
"set … as the deadline" found no deadline noun and the date was no cut-off. "of" may now stand
before "last year", "this year" and "next year", and "next year" counts as the other two do:
the phrase is one date with that year.

The order is the seed ledger's order for Afghan Citizen Card holders (its cut-off read from the
ledger), in a text written ten days after it was announced: its day stays silent, a day a
month later is reported. Look-alikes: a meeting "on March 31 of this year", and the year the
phrase gives.
"""

import datetime as dt

import pytest

from .deadlines_support import claims, codes, month_day

ORDER = "ifrp_phase2_acc"

FORMS = (
    "The government has set {date} of this year as the deadline for ACC holders to leave the "
    "country.",
    "Afghan Citizen Card holders must leave Pakistan by {date} this year.",
)


@pytest.fixture
def order(seed_corpus):
    return seed_corpus.ledger.deadlines[ORDER]


def _when(order) -> str:
    return (order.announced + dt.timedelta(days=10)).isoformat()


def test_a_date_with_its_year_in_words_is_judged(seed_corpus, order):
    wrong = order.date + dt.timedelta(days=30)
    for form in FORMS:
        assert codes(seed_corpus, form.format(date=month_day(wrong)), _when(order)) == ["NL101"], (
            form
        )
        assert codes(seed_corpus, form.format(date=month_day(order.date)), _when(order)) == [], form


def test_a_meeting_on_a_date_of_this_year_stays_silent(seed_corpus, order):
    wrong = order.date + dt.timedelta(days=30)
    text = f"Officials of the ACC holders' council met on {month_day(wrong)} of this year."
    assert codes(seed_corpus, text, _when(order)) == []


@pytest.mark.parametrize(
    ("words", "offset"), [("last year", -1), ("of this year", 0), ("next year", 1)]
)
def test_the_year_in_words_is_the_date_s(seed_corpus, words, offset):
    found = claims(seed_corpus, f"The cards are valid until June 30 {words}.", "2024-05-01")
    assert [(c.span.text, c.value.date.year) for c in found] == [
        (f"June 30 {words}", 2024 + offset)
    ]
