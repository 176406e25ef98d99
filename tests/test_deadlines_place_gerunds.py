"""A gerund naming a place is no act of an order (round 15).

"… may need help at crossing points till <date>": after a preposition of place, a gerund and
a plural noun ("crossing points", "holding centres") name a place, not the act a "till"
hangs on; the sentence gives no cut-off and stays silent however its date differs from an
order's. Orders told beside such places ("Undocumented Afghans staying at holding centres
must leave by <date>") keep their cut-off: a wrong date is reported. Values come from the
loaded ledger (the undocumented's first order)."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order, month_day

PHASE1 = "ifrp_phase1"

PLACES = (
    "Some 700,000 undocumented people and 50,000 opting for voluntary repatriation may need "
    "help at crossing points till {when}.",
    "Some 700,000 undocumented people and 50,000 returning voluntarily may need help at "
    "crossing points till {when}.",
)

ORDER = "Undocumented Afghans staying at holding centres must leave by {when}."


@pytest.fixture
def order(seed_corpus):
    return ledger_order(seed_corpus, PHASE1, "date", "announced")


def test_a_place_named_by_a_gerund_gives_no_cut_off(seed_corpus, order):
    later = order.date + dt.timedelta(days=250)
    when = (order.date + dt.timedelta(days=20)).isoformat()
    loud = [f for f in PLACES if codes(seed_corpus, f.format(when=f"{later:%B %Y}"), when)]
    assert loud == []


def test_an_order_beside_such_a_place_keeps_its_cut_off(seed_corpus, order):
    when = (order.announced + dt.timedelta(days=10)).isoformat()
    assert codes(seed_corpus, ORDER.format(when=month_day(order.date)), when) == []
    wrong = order.date + dt.timedelta(days=30)
    assert codes(seed_corpus, ORDER.format(when=month_day(wrong)), when) == ["NL101"]
