"""A local order long over no longer excuses a national cut-off's date (round 15).

A clause that names no place may mean a city's order whose record holds its value, so a
national date is not said to be contradicted. Months after the local order's last recorded
day, that excuse no longer holds: "the government set a <date> deadline for deporting PoR
holders", written when the PoR holders' national cut-off was in force, is judged by it, and
the date of the twin cities' order of months before is reported. Look-alikes: the same
sentence at the local order's own time, and a date the PoR holders' own record holds (their
cards' expiry, which the writer may be recalling) stay silent. Values come from the loaded
ledger."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_orders, month_day

FORM = (
    "Returns have picked up after the federal government again asked Afghans to leave the "
    "country and set a {date} deadline for deporting PoR cardholders."
)


@pytest.fixture
def orders(seed_corpus):
    national, local = ledger_orders(seed_corpus, "ifrp_phase3_por", "twin_cities_relocation")
    if national.date is None or national.announced is None or local.date is None:
        pytest.skip("the ledger's orders lack the dates these cases are built on")
    return national, local


def test_a_long_over_local_date_is_reported(seed_corpus, orders):
    national, local = orders
    when = (national.announced + dt.timedelta(days=2)).isoformat()
    assert codes(seed_corpus, FORM.format(date=month_day(national.date)), when) == []
    assert codes(seed_corpus, FORM.format(date=month_day(local.date)), when) == ["NL101"]


def test_the_local_orders_own_time_stays_silent(seed_corpus, orders):
    _, local = orders
    when = (local.date + dt.timedelta(days=5)).isoformat()
    assert codes(seed_corpus, FORM.format(date=month_day(local.date)), when) == []


def test_the_groups_own_expiry_stays_silent(seed_corpus, orders):
    national, _ = orders
    chain = seed_corpus.ledger.deadlines.get("por_validity_chain")
    if chain is None:
        pytest.skip("the ledger lacks the PoR validity chain")
    expiries = [link.date for link in chain.chain() if link.date and link.date < national.date]
    when = (national.announced + dt.timedelta(days=2)).isoformat()
    assert codes(seed_corpus, FORM.format(date=month_day(expiries[-1])), when) == []
