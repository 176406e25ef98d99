"""A last or final warning names a cut-off (round 14): "the last warning of <date> for ACC
holders to leave the country" gives the date as "the deadline of <date>" does. A warning that
is no order ("the last warning of <date> about floods") and a warning with no date stay
silent. Values come from the loaded ledger (the ACC phase)."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order, month_day

ACC = "ifrp_phase2_acc"

WARNING_FORMS = (
    "After the last warning of {date} for ACC holders to leave the country expired, arrests began.",
    "The final warning of {date} for ACC holders to leave the country has expired.",
)

LOOK_ALIKES = (
    "The last warning of {date} about floods was issued by the met office.",
    "ACC holders were given a last warning to leave the country, officials said on {date}.",
)


@pytest.fixture
def order(seed_corpus):
    return ledger_order(seed_corpus, ACC, "date", "announced")


def test_a_last_warning_names_the_cut_off(seed_corpus, order):
    when = (order.announced + dt.timedelta(days=3)).isoformat()
    wrong = []
    for form in WARNING_FORMS:
        for day, expected in ((order.date, []), (order.date + dt.timedelta(days=45), ["NL101"])):
            text = form.format(date=month_day(day))
            if codes(seed_corpus, text, when) != expected:
                wrong.append(text)
    assert wrong == []


def test_a_warning_look_alike_stays_silent(seed_corpus, order):
    day = order.date + dt.timedelta(days=45)
    when = (order.announced + dt.timedelta(days=3)).isoformat()
    loud = [f for f in LOOK_ALIKES if codes(seed_corpus, f.format(date=month_day(day)), when)]
    assert loud == []
