"""Deadlines given to people in general or to no one (the order in force at the text's date),
round 19:

* "the deadline for repatriation" names an act that removes people, an order's, even when the
  clause tells of no enforcement, and a nationality hyphened to the next word ("Afghan-run
  shops") names no people: "With the <date> deadline for repatriation passed, a growing number
  of Afghan-run shops … are shutting down" is the order in force (dev news-r12-ob-054); "the
  deadline for departure" may still be anyone's, "Afghan pilgrims" are other people, and the
  repatriation of something ("of profits") is no order's;
* an older national order makes a date before the current order was known its history only
  while the date is within a year of that order's last record: a 2021 order to leave does not
  make "by September 1" in a story of November 2023 history (a seed-ledger entry of round 19
  had silenced two dozen dates mutated on clean dev passages that way).

Dates are read from the loaded ledger, never written in a test."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order, ledger_orders, month_day

PASSED = (
    "With the {day} deadline for {act} passed, a growing number of Afghan-run shops in the city "
    "are shutting down."
)


@pytest.fixture
def acc_phase(seed_corpus):
    return ledger_order(seed_corpus, "ifrp_phase2_acc", "date")


def _after(order) -> str:
    return (order.date + dt.timedelta(days=8)).isoformat()


def test_a_passed_deadline_for_repatriation_is_the_order_in_force(seed_corpus, acc_phase):
    wrong = month_day(acc_phase.date - dt.timedelta(days=16))
    text = PASSED.format(day=wrong, act="repatriation")
    assert codes(seed_corpus, text, _after(acc_phase)) == ["NL101"]


@pytest.mark.parametrize(
    "text",
    [
        PASSED.format(day="{right}", act="repatriation"),
        # whose departure, nothing says
        PASSED.format(day="{wrong}", act="departure"),
        # other people named
        "With the {wrong} deadline for repatriation passed, Afghan pilgrims left the city.",
        # something else repatriated
        "With the {wrong} deadline for repatriation of profits passed, shops are shutting down.",
    ],
)
def test_look_alikes_stay_silent(seed_corpus, acc_phase, text):
    right = month_day(acc_phase.date)
    wrong = month_day(acc_phase.date - dt.timedelta(days=16))
    assert codes(seed_corpus, text.format(right=right, wrong=wrong), _after(acc_phase)) == []


ORDERED = "Pakistan has ordered Afghan refugees to leave the country by {day}."


def test_an_order_over_for_years_makes_no_date_its_history(seed_corpus):
    phase, older = ledger_orders(seed_corpus, "ifrp_phase1", "no_valid_visa_2021_08_14")
    if phase.announced is None or older.date is None or phase.date is None:
        pytest.skip("the ledger lacks the days these cases are built on")
    wrong = phase.announced - dt.timedelta(days=40)
    assert (wrong - older.date).days > 365  # the older order is long over
    when = (phase.date + dt.timedelta(days=14)).isoformat()
    assert codes(seed_corpus, ORDERED.format(day=month_day(wrong)), when) == ["NL101"]
    assert codes(seed_corpus, ORDERED.format(day=month_day(phase.date)), when) == []
