"""An operation against an order's people from a date is its enforcement start (round 15).

"The government warned of an extensive operation against illegal foreigners from <date>"
tells when the order bites, as "a crackdown against illegal foreigners from <date>" does; a
wrong date is reported. An operation against no people of an order (militants, a hospital's
operations) stays silent. Values come from the loaded ledger (the undocumented's first order
and its enforcement start)."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order, month_day

PHASE1 = "ifrp_phase1"

FORMS = (
    "The government warned of an extensive operation against illegal foreigners from {date} "
    "across the country.",
    "Police will carry out an operation against undocumented Afghans from {date}.",
)

LOOK_ALIKES = (
    "The army launched a military operation against militants from {date} in the tribal belt.",
    "The hospital will resume operations from {date} after repairs.",
)


@pytest.fixture
def order(seed_corpus):
    return ledger_order(seed_corpus, PHASE1, "enforcement_from", "announced")


def _when(order) -> str:
    return (order.enforcement_from - dt.timedelta(days=3)).isoformat()


def test_an_operation_from_a_date_is_the_enforcement_start(seed_corpus, order):
    wrong = []
    start = order.enforcement_from
    for form in FORMS:
        for day, expected in ((start, []), (start + dt.timedelta(days=14), ["NL101"])):
            text = form.format(date=month_day(day))
            if codes(seed_corpus, text, _when(order)) != expected:
                wrong.append(text)
    assert wrong == []


def test_operation_look_alikes_stay_silent(seed_corpus, order):
    day = order.enforcement_from + dt.timedelta(days=14)
    loud = [
        f for f in LOOK_ALIKES if codes(seed_corpus, f.format(date=month_day(day)), _when(order))
    ]
    assert loud == []
