""" "to" as the mark of an order (round 14): "to face deportation from <date>", "to be expelled
from <date>" open a verb of what is to happen, so the date is the day enforcement starts; a
"to" that is a preposition ("according to officials", "deported to Afghanistan on <date>",
"sent back to their homeland on <date>") makes no order of a report of what happened that day.
Values come from the loaded ledger (the ACC phase's enforcement start)."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order, month_day

ACC = "ifrp_phase2_acc"

ORDER_FORMS = (
    "ACC holders are to be deported from {date}.",
    "ACC holders were told to leave or face deportation from {date}.",
    "The government decided to deport ACC holders from {date}.",
)

REPORTS = (
    "According to reports cited by officials, 4,966 ACC holders were deported on {date}.",
    "Officials said 4,966 ACC holders were deported to Afghanistan on {date}.",
    "Some 3,000 ACC holders were sent back to their homeland on {date}, officials said.",
)


@pytest.fixture
def order(seed_corpus):
    return ledger_order(seed_corpus, ACC, "date")


def _days(order):
    """(the enforcement start, a day five days later, a text date after both)."""
    start = order.date + dt.timedelta(days=1)
    later = start + dt.timedelta(days=5)
    return start, later, (later + dt.timedelta(days=2)).isoformat()


def test_an_infinitive_order_gives_the_enforcement_start(seed_corpus, order):
    start, later, when = _days(order)
    wrong = []
    for form in ORDER_FORMS:
        for day, expected in ((start, []), (later, ["NL101"])):
            text = form.format(date=month_day(day))
            if codes(seed_corpus, text, when) != expected:
                wrong.append(text)
    assert wrong == []


def test_a_preposition_to_makes_no_order_of_a_report(seed_corpus, order):
    _, later, when = _days(order)
    loud = [
        form.format(date=month_day(later))
        for form in REPORTS
        if codes(seed_corpus, form.format(date=month_day(later)), when)
    ]
    assert loud == []
