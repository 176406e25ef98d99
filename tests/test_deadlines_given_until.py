"""Time given until a date, told with a number or a comma between (round 15).

"Pakistan has given some 1.7 million undocumented Afghans until <date>" gives a cut-off as
"gave undocumented Afghans until <date>" does: how many stand between the verb and "until" is
part of the people given the time. "… until <date>, to voluntarily depart the country" is the
same order with a comma before its infinitive. A wrong date is reported; look-alikes (a
stay with no order, time given to other people, a comma before no infinitive) stay silent.
Values come from the loaded ledger (the undocumented's first order)."""

import datetime as dt

import pytest

from .deadlines_support import ledger_order, month_day_alarms, month_day_misses

PHASE1 = "ifrp_phase1"

FORMS = (
    "Pakistan has given some 1.7 million undocumented Afghans until {date}.",
    "Pakistan has given undocumented Afghans until {date}, to voluntarily depart the country.",
    "Pakistan gave nearly 1.7 million undocumented Afghan nationals until {date}, to leave or "
    "face deportation.",
)

LOOK_ALIKES = (
    "Some 1.7 million undocumented Afghans stayed on until {date}, to the relief of their hosts.",
    "Pakistan has given about 200 journalists until {date}.",
    "Pakistan has hosted nearly 1.7 million undocumented Afghan nationals until {date}.",
)


@pytest.fixture
def order(seed_corpus):
    return ledger_order(seed_corpus, PHASE1, "date", "announced")


def _when(order) -> str:
    return (order.announced + dt.timedelta(days=1)).isoformat()


def test_time_given_until_a_date_is_the_cut_off(seed_corpus, order):
    assert month_day_misses(seed_corpus, FORMS, order.date, _when(order)) == []


def test_given_until_look_alikes_stay_silent(seed_corpus, order):
    assert month_day_alarms(seed_corpus, LOOK_ALIKES, order.date, _when(order)) == []
