"""What follows a cut-off's own phrase does not decide whose it is (round 15).

A relative clause hanging on the deadline noun tells what the order does ("ahead of a <date>
deadline that could push a million people out"): its "could" is no choice left to the people
of the order. An infinitive after the order's own ("the deadline for Afghans to leave in a
move said to be meant to protect …") belongs to another phrase, not the deadline's purpose.
People waiting for another country ("asylum seekers") named after a comma that ends the
deadline's phrase (", saying that … asylum seekers …") are not the deadline's people. All
these cut-offs, given to people in general, mean the order in force; a wrong date is
reported. Look-alikes: a choice before the date, another purpose as the deadline's own, and a
deadline noun of something else, stay silent. Values come from the loaded ledger."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order, month_day, month_day_alarms, month_day_misses

PHASE1 = "ifrp_phase1"

TAIL_FORMS = (
    "Pakistan has started expelling Afghans ahead of a {date} deadline that could push more "
    "than a million people out of the country.",
    "Pakistan fixed {date} as the deadline for Afghans to leave in a step officials describe "
    "as meant to protect national security.",
)

LOOK_ALIKES = (
    "Afghans who wish to go home could do so before {date}, the ministry said.",
    "Pakistan fixed {date} as the deadline for Afghans to apply for new cards in a step meant "
    "to protect national security.",
    "Exporters face a {date} deadline that could cost them millions in lost orders.",
)


@pytest.fixture
def order(seed_corpus):
    return ledger_order(seed_corpus, PHASE1, "date", "announced")


def _when(order) -> str:
    return (order.announced + dt.timedelta(days=10)).isoformat()


def test_a_tail_after_the_deadline_keeps_it_the_orders(seed_corpus, order):
    assert month_day_misses(seed_corpus, TAIL_FORMS, order.date, _when(order)) == []


def test_tail_look_alikes_stay_silent(seed_corpus, order):
    assert month_day_alarms(seed_corpus, LOOK_ALIKES, order.date, _when(order)) == []


ACC = "ifrp_phase2_acc"

WAITING_TAIL = (
    "Rights groups criticised Pakistan's {date} deadline for Afghan refugees to leave, saying "
    "that expelling people, many of them asylum seekers, would deepen their plight."
)
WAITING_OWN = "Afghans awaiting resettlement abroad must leave Pakistan by {date}, officials said."


def test_people_waiting_after_the_deadlines_phrase_keep_it_the_orders(seed_corpus):
    acc = ledger_order(seed_corpus, ACC, "date", "announced")
    when = (acc.announced + dt.timedelta(days=10)).isoformat()
    assert codes(seed_corpus, WAITING_TAIL.format(date=month_day(acc.date)), when) == []
    wrong = month_day(acc.date + dt.timedelta(days=30))
    assert codes(seed_corpus, WAITING_TAIL.format(date=wrong), when) == ["NL101"]
    assert codes(seed_corpus, WAITING_OWN.format(date=wrong), when) == []
