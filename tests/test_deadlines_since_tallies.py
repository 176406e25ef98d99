"""A tally of deportations since a day (round 14): "Pakistan has deported 944 families since
<date>", "expelling 6,700 people since <date>", "Since <date>, 47,756 undocumented Afghans
have been deported" report the day enforcement began, held to the record as "deportations
began on <date>" is. Look-alikes stay silent: returns, repatriations and detentions since a
day, another country's deportations, a province's own count, a negated verb. Values come from
the loaded ledger (the ACC phase's enforcement start)."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order, month_day

ACC = "ifrp_phase2_acc"

TALLIES = (
    "Pakistan has deported 944 Afghan families, around 6,700 people, since {date}.",
    "Pakistan has stepped up its campaign, expelling 6,700 Afghans since {date}, officials said.",
    "Since {date}, a total of 47,756 undocumented Afghan nationals have been deported, "
    "according to official figures.",
)

LOOK_ALIKES = (
    "Since {date}, a total of 84,000 Afghan nationals have been repatriated, the minister said.",
    "More than 90,000 Afghans have returned home since {date}, the UN said.",
    "Police have detained 800 Afghans in Islamabad since {date}.",
    "Iran has deported 366,000 Afghans since {date}, the UN said.",
    "The Punjab government has deported 42,913 Afghan nationals since {date}.",
    "No ACC holder has been deported since {date}, officials said.",
)


@pytest.fixture
def order(seed_corpus):
    return ledger_order(seed_corpus, ACC, "enforcement_from")


def _days(order):
    """(the enforcement start, a day a month before it, a text date two weeks after it)."""
    start = order.enforcement_from
    return start, start - dt.timedelta(days=31), (start + dt.timedelta(days=14)).isoformat()


def test_a_tally_since_a_day_gives_the_enforcement_start(seed_corpus, order):
    start, wrong_day, when = _days(order)
    wrong = []
    for form in TALLIES:
        for day, expected in ((start, []), (wrong_day, ["NL101"])):
            text = form.format(date=month_day(day))
            if codes(seed_corpus, text, when) != expected:
                wrong.append(text)
    assert wrong == []


def test_a_since_look_alike_stays_silent(seed_corpus, order):
    _, wrong_day, when = _days(order)
    loud = [f for f in LOOK_ALIKES if codes(seed_corpus, f.format(date=month_day(wrong_day)), when)]
    assert loud == []
