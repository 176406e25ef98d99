""" "starting <date>": the start of an order's act told beside it (round 15).

A participle of starting used as a preposition starts what stands beside it: an order's act
("undocumented Afghans will be repatriated starting <date>", "will begin cracking down on
undocumented immigrants, including some 1.7 million Afghans, starting <date>", where an aside
between commas stands between the act and the date) gives the order's enforcement start, and
a wrong date is reported. Talks, flights or a conference "starting <date>" are no order's act,
even about refugees, and stay silent. Values come from the loaded ledger (the undocumented's
first order and its enforcement start)."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order, month_day

PHASE1 = "ifrp_phase1"

FORMS = (
    "Undocumented Afghans will be repatriated starting {date}.",
    "Pakistan will begin cracking down on undocumented immigrants, including some 1.7 million "
    "Afghans, starting {date}.",
)

LOOK_ALIKES = (
    "The UN will hold talks on Afghan refugees starting {date}.",
    "Aid agencies, including the WFP and UNHCR, will run extra flights for Afghan refugees "
    "starting {date}.",
)


@pytest.fixture
def order(seed_corpus):
    return ledger_order(seed_corpus, PHASE1, "enforcement_from", "announced")


def _when(order) -> str:
    return (order.announced + dt.timedelta(days=10)).isoformat()


def test_starting_an_orders_act_is_its_enforcement_start(seed_corpus, order):
    wrong = []
    start = order.enforcement_from
    for form in FORMS:
        for day, expected in ((start, []), (start + dt.timedelta(days=30), ["NL101"])):
            text = form.format(date=month_day(day))
            if codes(seed_corpus, text, _when(order)) != expected:
                wrong.append(text)
    assert wrong == []


def test_starting_look_alikes_stay_silent(seed_corpus, order):
    day = order.enforcement_from + dt.timedelta(days=30)
    loud = [
        f for f in LOOK_ALIKES if codes(seed_corpus, f.format(date=month_day(day)), _when(order))
    ]
    assert loud == []
