"""Several orders in force that record one and the same cut-off (issue 11, round 21; dev
news-r10-dl-047): a province's restatement of the national order names the province, so a
clause that names it and "Afghan refugees" may mean either order; when the value lay in the
time of neither, nothing was said, as if the record could not tell which was meant. When the
orders in force agree on their cut-off, whichever is meant records that day: a value neither
records is judged as it is for one order. Orders in force with different cut-offs still say
nothing of a value outside both their times (a boundary kept).

Cases from the seed ledger: a national order and a place's order with the same cut-off,
announced together; a text two weeks later naming the place.
"""

import datetime as dt

import pytest

from .deadlines_support import codes, month_day

FORM = (
    "The government of {place} has confirmed its alignment with the federal government's "
    "decision to deport Afghan refugees by {date}, according to sources."
)


@pytest.fixture
def pair(seed_corpus):
    """(text date, the place, the shared cut-off) of a national and a local order that agree."""
    orders = [d for d in seed_corpus.ledger.deadlines.values() if d.date and d.announced]
    for national in orders:
        if national.place not in (None, "national") or national.steps:
            continue
        for local in orders:
            same = local.date == national.date and local.announced == national.announced
            if same and local.place not in (None, "national") and " " in local.place:
                return national.announced + dt.timedelta(days=14), local.place, national.date
    pytest.skip("the ledger holds no national order restated by a place with the same day")


def test_a_value_neither_records_fires(seed_corpus, pair):
    when, place, cut_off = pair
    text = FORM.format(place=place, date=month_day(cut_off + dt.timedelta(days=30)))
    assert codes(seed_corpus, text, when.isoformat()) == ["NL101"]


def test_the_shared_cut_off_stays_silent(seed_corpus, pair):
    when, place, cut_off = pair
    text = FORM.format(place=place, date=month_day(cut_off))
    assert codes(seed_corpus, text, when.isoformat()) == []
