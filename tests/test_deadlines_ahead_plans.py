"""A cut-off told as still ahead with a future auxiliary (issue 11, round 17): "it will proceed
with the plan to expel all illegal immigrants and ACC holders from November 1" in March 2025
gives the first order's day (2023), long ended, as the start of the order now in force (dev
news-r16-dm-023, an edited passage: the new order's enforcement start replaced by the old
one's). A date without its year was accepted by any order that recorded it; told with "will"
(as told with "has set"), an order whose record ended more than a year before the text is no
reading of it while an order the clause names is in force.

Orders from the seed ledger: the first expulsion order and the order for card holders that
followed it, in a text written ten days after the latter was announced. Look-alikes: "would"
(a plan reported, maybe an old one), a past cut-off, and the new order's own start.
"""

import datetime as dt

import pytest

from .deadlines_support import codes, month_day

OLD, NEW = "ifrp_phase1", "ifrp_phase2_acc"

AHEAD = (
    "Officials confirmed that they will proceed with the plan to expel all illegal immigrants "
    "and ACC holders from {date}.",
    "The interior ministry will begin deporting illegal foreigners and Afghan Citizen Card "
    "holders from {date}, officials said.",
)
LOOK_ALIKES = (
    "Officials said in a statement that they would expel all illegal immigrants and ACC holders "
    "from {date}.",
    "Illegal immigrants had to leave the country by {date}, officials recalled.",
)


@pytest.fixture
def orders(seed_corpus):
    deadlines = seed_corpus.ledger.deadlines
    return deadlines[OLD], deadlines[NEW]


def _when(new) -> str:
    return (new.announced + dt.timedelta(days=10)).isoformat()


def test_an_old_order_s_day_told_as_ahead_is_reported(seed_corpus, orders):
    old, new = orders
    for form in AHEAD:
        assert codes(seed_corpus, form.format(date=month_day(old.date)), _when(new)) == ["NL101"], (
            form
        )


def test_the_new_order_s_start_told_as_ahead_is_silent(seed_corpus, orders):
    _, new = orders
    for form in AHEAD:
        start = new.enforcement_from or new.date
        assert codes(seed_corpus, form.format(date=month_day(start)), _when(new)) == [], form


def test_look_alikes_stay_silent(seed_corpus, orders):
    old, new = orders
    for form in LOOK_ALIKES:
        assert codes(seed_corpus, form.format(date=month_day(old.date)), _when(new)) == [], form
