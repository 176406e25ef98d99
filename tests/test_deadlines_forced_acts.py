"""A deadline noun qualified by how its act is forced names no people (round 15).

"The forced deportation deadline was originally set for <date>" gives an order's cut-off with
no one named, as "the voluntary return deadline" does: "forced", "forcible", "mandatory" say
how the order's act is done, not to whom. It means the order in force; a wrong date is
reported. Look-alikes: a forced act of other people ("forced labour … deadline") and a
forced landing's date stay silent. Values come from the loaded ledger (the ACC phase)."""

import datetime as dt

import pytest

from .deadlines_support import ledger_order, month_day_alarms, month_day_misses

ACC = "ifrp_phase2_acc"

FORMS = (
    "The forced deportation deadline was originally set for {date}.",
    "The mandatory repatriation deadline, first set for {date}, has been pushed back.",
)

LOOK_ALIKES = (
    "The deadline for reports on forced labour in brick kilns was set for {date}.",
    "The plane made a forced landing on {date} after an engine failed.",
)


@pytest.fixture
def order(seed_corpus):
    return ledger_order(seed_corpus, ACC, "date", "announced")


def _when(order) -> str:
    return (order.date + dt.timedelta(days=2)).isoformat()


def test_a_forced_acts_deadline_is_the_orders(seed_corpus, order):
    assert month_day_misses(seed_corpus, FORMS, order.date, _when(order)) == []


def test_forced_look_alikes_stay_silent(seed_corpus, order):
    assert month_day_alarms(seed_corpus, LOOK_ALIKES, order.date, _when(order)) == []
