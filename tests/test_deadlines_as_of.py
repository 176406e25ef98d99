""" "As of <date>" as the day an order starts (round 14): "a process to arrest … for
deportation has started as of <date>", "the expulsions take effect as of <date>" give the day
from which the order runs, as "starting from" does. A tally at a day ("1.2 million sent back as
of <date>", "as of <date>, 886,000 had left") and a state at a day stay silent. Values come from
the loaded ledger (the first order for the undocumented)."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order, month_day

PHASE1 = "ifrp_phase1"

START_FORMS = (
    '"A process to arrest illegal foreigners for deportation has started as of {date}," the '
    "ministry said.",
    "The crackdown on undocumented Afghans, with arrests and deportations, begins as of "
    "{date}, officials said.",
    "The order to deport undocumented foreigners takes effect as of {date}.",
)

TALLIES = (
    "With 1.2 million undocumented Afghans sent back as of {date}, the deportations go on.",
    "As of {date}, a total of 886,000 undocumented Afghans had been deported.",
    "As of {date}, undocumented Afghans were still being deported from Karachi.",
)


@pytest.fixture
def order(seed_corpus):
    return ledger_order(seed_corpus, PHASE1, "date")


def test_as_of_with_a_start_gives_the_enforcement_start(seed_corpus, order):
    start = order.date  # the order's recorded day: deportations from it
    when = (start + dt.timedelta(days=1)).isoformat()
    wrong = []
    for form in START_FORMS:
        for day, expected in ((start, []), (start + dt.timedelta(days=9), ["NL101"])):
            text = form.format(date=month_day(day))
            if codes(seed_corpus, text, when) != expected:
                wrong.append(text)
    assert wrong == []


def test_a_tally_as_of_a_day_stays_silent(seed_corpus, order):
    day = order.date + dt.timedelta(days=40)
    when = (day + dt.timedelta(days=2)).isoformat()
    loud = [f for f in TALLIES if codes(seed_corpus, f.format(date=month_day(day)), when)]
    assert loud == []
