"""A deadline noun told as the newest ("with the most recent deadline set for …", "the latest
deadline"): of the orders the clause may mean, the one announced last by the text's date, not
an earlier one whose cut-off happens to be the value (dev news-r18-dl-023: in August 2025 the
plan's most recent deadline was the PoR holders' 1 September, not the ACC holders' past
31 March). Without the word, an earlier order that holds the value still accepts it.

Dates are read from the loaded ledger, never written in a test."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_orders, month_day

FORMS = (
    "The government confirmed that Afghan refugees would be repatriated under its Illegal "
    "Foreigners Repatriation Plan, with the most recent deadline set for {day}.",
    "Afghan refugees are being repatriated under the Illegal Foreigners Repatriation Plan, whose "
    "latest deadline is {day}.",
)


@pytest.fixture
def phases(seed_corpus):
    earlier, latest = ledger_orders(seed_corpus, "ifrp_phase2_acc", "ifrp_phase3_por")
    if latest.announced is None or earlier.date is None or latest.date is None:
        pytest.skip("the ledger lacks the days these cases are built on")
    return earlier, latest


def _when(latest) -> str:
    return (latest.announced + dt.timedelta(days=20)).isoformat()


@pytest.mark.parametrize("form", FORMS)
def test_the_latest_deadline_is_the_order_announced_last(seed_corpus, phases, form):
    earlier, latest = phases
    when = _when(latest)
    assert codes(seed_corpus, form.format(day=month_day(earlier.date)), when) == ["NL101"]
    assert codes(seed_corpus, form.format(day=month_day(latest.date)), when) == []


def test_without_the_word_an_earlier_order_still_accepts_its_day(seed_corpus, phases):
    earlier, latest = phases
    text = (
        "The government confirmed that Afghan refugees would be repatriated under its Illegal "
        f"Foreigners Repatriation Plan, with a deadline set for {month_day(earlier.date)}."
    )
    assert codes(seed_corpus, text, _when(latest)) == []
