"""A year the sentence tells by a frame, "last year" or "this year" (issue 11, round 17): "Last
year, it began warning them of the need to obtain visas by the end of December" in a text
written days after an order was announced is a cut-off of the year before, which the ledger
does not record (dev news-r16-dm-003, a real passage: the 2022 warning to visa overstayers),
not a wrong date of the order just made. The frame places a date without its year; a date
placed in a year before the record's first is out of its scope (a day of the record's own
year may be a wrong one, and "in <year>" is not such a frame: it is as often the year of
something else, "a document launched in 2017"). A frame inside a date ("the end of this year")
or behind a nearer date with its own year frames nothing.

The order is the seed ledger's first expulsion order (its date and announcement read from the
ledger). Look-alikes: the same frame in a text written the year after the order (its cut-off
then is last year's: the wrong date is reported, the recorded one silent) and "this year" in
the order's own year (a wrong date reported).
"""

import datetime as dt

import pytest

from .deadlines_support import codes, month_day

ORDER = "ifrp_phase1"

EARLIER = (
    "Last year, it began warning undocumented migrants of the need to obtain visas by {date}.",
    "Last year, officials told undocumented foreigners to leave the country by {date}.",
)


@pytest.fixture
def order(seed_corpus):
    return seed_corpus.ledger.deadlines[ORDER]


def _stale(order) -> dt.date:
    """A day six weeks after the order's cut-off: no cut-off on record."""
    return order.date + dt.timedelta(days=44)


def test_a_cut_off_framed_in_the_year_before_the_order_is_not_its_date(seed_corpus, order):
    when = (order.announced + dt.timedelta(days=10)).isoformat()
    for form in EARLIER:
        assert codes(seed_corpus, form.format(date=month_day(_stale(order))), when) == [], form


def test_last_year_in_the_year_after_the_order_is_the_order(seed_corpus, order):
    when = dt.date(order.date.year + 1, 3, 1).isoformat()
    form = EARLIER[1]
    assert codes(seed_corpus, form.format(date=month_day(_stale(order))), when) == ["NL101"]
    assert codes(seed_corpus, form.format(date=month_day(order.date)), when) == []
    early = order.announced - dt.timedelta(days=30)  # the order's year: a wrong day of it
    assert codes(seed_corpus, form.format(date=month_day(early)), when) == ["NL101"]


def test_an_aside_s_year_is_no_frame(seed_corpus, order):
    when = dt.date(order.date.year + 1, 3, 1).isoformat()
    text = (
        "Officials told undocumented foreigners, a group first counted in 2017, to leave the "
        f"country by {month_day(_stale(order))}."
    )
    assert codes(seed_corpus, text, when) == ["NL101"]


def test_this_year_in_the_order_s_year_is_still_judged(seed_corpus, order):
    when = (order.announced + dt.timedelta(days=10)).isoformat()
    text = (
        f"This year, officials told undocumented foreigners to leave by {month_day(_stale(order))}."
    )
    assert codes(seed_corpus, text, when) == ["NL101"]
