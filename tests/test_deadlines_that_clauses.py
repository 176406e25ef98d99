"""A date that opens a "that" clause (round 14): "the ministry made it clear that from <date>,
the process of deporting … will begin" governs the clause after it as a date opening the
sentence does, so the verb of the order may stand well past it. A report of what began on a
day, or a "that" clause with no enforcement in it, stays silent. Values come from the loaded
ledger (the ACC phase's enforcement start)."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order, month_day

ACC = "ifrp_phase2_acc"

ORDER_FORMS = (  # (form, whether its date is the last day to leave rather than the first)
    (
        "The Interior Ministry made it clear that from {date}, the process of deporting all "
        "ACC holders still in the country will begin.",
        False,
    ),
    (
        "Officials said that from {date}, every ACC holder found in the province will be "
        "arrested and deported.",
        False,
    ),
    (
        "The notification states that after {date}, ACC holders who remain in Pakistan will "
        "face deportation.",
        True,
    ),
)

LOOK_ALIKES = (
    "Officials said that on {date} the deportation of ACC holders began in earnest.",
    "The minister said that from {date}, talks with Kabul on the fate of ACC holders will resume.",
    "Officials said that ACC holders deported on {date} had been held for a week.",
    "He said that after {date}, ACC holders, who were not allowed to stay in the capital, "
    "moved to Peshawar.",
    "After {date}, ACC holders, who were told to leave the capital, moved to Peshawar.",
)


@pytest.fixture
def order(seed_corpus):
    return ledger_order(seed_corpus, ACC, "date", "announced")


def test_a_date_opening_a_that_clause_gives_the_enforcement_start(seed_corpus, order):
    start = order.date + dt.timedelta(days=1)
    when = (order.announced + dt.timedelta(days=2)).isoformat()
    wrong = []
    for form, last_day in ORDER_FORMS:
        right = form.format(date=month_day(order.date if last_day else start))
        bad = form.format(date=month_day(start + dt.timedelta(days=44)))
        if codes(seed_corpus, right, when) != [] or codes(seed_corpus, bad, when) != ["NL101"]:
            wrong.append(form)
    assert wrong == []


def test_a_that_clause_look_alike_stays_silent(seed_corpus, order):
    day = month_day(order.date + dt.timedelta(days=45))
    when = (order.date + dt.timedelta(days=50)).isoformat()
    loud = [f for f in LOOK_ALIKES if codes(seed_corpus, f.format(date=day), when)]
    assert loud == []
