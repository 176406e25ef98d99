"""A time given to people named by their valid papers (issue 11, round 17): "those lacking
valid permits have until the end of November to voluntarily leave" (dev news-r8-dm-004, an
edited passage) was read as a validity ("valid … until": a document's last day) because
"valid" stood before "until", so no order was named and the stale date went unnoticed. "have
until" (has, had) is a time allowed whatever stands before it; "valid until" keeps its reading.

The order is the seed ledger's first expulsion order (its cut-off read from the ledger), in a
text written a day after it was announced: its day stays silent, a day a month later is
reported. Look-alikes: cards "valid until" a date, of a group with no order then, stay
silent.
"""

import datetime as dt

import pytest

from .deadlines_support import claims, codes, month_day

ORDER = "ifrp_phase1"

FORMS = (
    "Those lacking valid permits have until {date} to voluntarily leave Pakistan.",
    "Those without valid documents had until {date} to leave the country.",
)


@pytest.fixture
def order(seed_corpus):
    return seed_corpus.ledger.deadlines[ORDER]


def _when(order) -> str:
    return (order.announced + dt.timedelta(days=1)).isoformat()


def test_a_time_given_after_valid_papers_is_the_order_s(seed_corpus, order):
    wrong = order.date + dt.timedelta(days=29)
    for form in FORMS:
        assert codes(seed_corpus, form.format(date=month_day(wrong)), _when(order)) == ["NL101"], (
            form
        )
        assert codes(seed_corpus, form.format(date=month_day(order.date)), _when(order)) == [], form


def test_valid_until_is_still_a_validity(seed_corpus, order):
    text = "Their permits remain valid until December 31."
    assert [c.role for c in claims(seed_corpus, text, _when(order))] == ["expiry"]
    assert codes(seed_corpus, text, _when(order)) == []
