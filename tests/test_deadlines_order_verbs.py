"""Orders worded with a demand or with force (round 14): "demanding that all undocumented
migrants leave the country by <date>" and "force them into leaving the country by <date>" set
a cut-off as "ordered them to leave by" does. Look-alikes stay silent: a demand with no act of
the order's, a persuasion or a move that forces no one. Values come from the loaded ledger
(the first order for the undocumented)."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order, month_day

PHASE1 = "ifrp_phase1"

ORDER_FORMS = (
    "Pakistan has begun a harsh crackdown, demanding that all undocumented migrants leave "
    "the country by {date}.",
    "The government demanded undocumented migrants leave the country by {date}.",
    "Police will force undocumented migrants into leaving the country by {date}.",
    "Elders urged the police not to force undocumented families into leaving Pakistan by {date}.",
)

LOOK_ALIKES = (
    "Afghan traders demanded that the border crossing reopen by {date}.",
    "Undocumented migrants were talked into leaving the country by {date}, relatives said.",
    "Many undocumented migrants went into hiding by {date}.",
)


@pytest.fixture
def order(seed_corpus):
    return ledger_order(seed_corpus, PHASE1, "date", "announced")


def _when(order) -> str:
    return (order.announced + dt.timedelta(days=7)).isoformat()


def test_a_demand_or_force_sets_the_cut_off(seed_corpus, order):
    wrong = []
    for form in ORDER_FORMS:
        for day, expected in ((order.date, []), (order.date + dt.timedelta(days=60), ["NL101"])):
            text = form.format(date=month_day(day))
            if codes(seed_corpus, text, _when(order)) != expected:
                wrong.append(text)
    assert wrong == []


def test_a_demand_or_force_look_alike_stays_silent(seed_corpus, order):
    day = month_day(order.date + dt.timedelta(days=60))
    loud = [f for f in LOOK_ALIKES if codes(seed_corpus, f.format(date=day), _when(order))]
    assert loud == []
