"""A cut-off a province's own authority sets (round 26): "The provincial government asked ACC
holders to leave the province by <date>", "the provincial police directed … by <date>" may be
that authority's own order, which the ledger need not hold, so the national order's record does
not decide it (a province's order beside the national one must stay silent). The federal
government's wording is still held to the national record, and the recorded date stays silent
either way (a district's administration, which mostly enforces the national order, is held to
it: tests/test_deadlines_announced_days.py). Values come from the loaded ledger (the ACC
phase's cut-off)."""

import datetime as dt

from .deadlines_support import codes, ledger_order, month_day

ACC = "ifrp_phase2_acc"

LOCAL = (
    "The provincial government asked ACC holders to leave the province by {date}.",
    "The provincial police directed Afghan Citizen Card holders to vacate rented houses and "
    "leave by {date}.",
)
NATIONAL = "The federal government asked ACC holders to leave the country by {date}."


def _days(corpus):
    order = ledger_order(corpus, ACC, "date", "announced")
    when = (order.announced + dt.timedelta(days=10)).isoformat()
    return order.date, order.date + dt.timedelta(days=15), when


def test_a_provincial_authoritys_cut_off_is_not_held_to_the_national_record(seed_corpus):
    right, wrong, when = _days(seed_corpus)
    loud = [
        f
        for f in LOCAL
        for d in (right, wrong)
        if codes(seed_corpus, f.format(date=month_day(d)), when)
    ]
    assert loud == []


def test_the_federal_governments_cut_off_is_still_held_to_it(seed_corpus):
    right, wrong, when = _days(seed_corpus)
    assert codes(seed_corpus, NATIONAL.format(date=month_day(wrong)), when) == ["NL101"]
    assert codes(seed_corpus, NATIONAL.format(date=month_day(right)), when) == []
