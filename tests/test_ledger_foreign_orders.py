"""The shipped ledger's orders of another country (``deadlines[].country``): Iran's 2025 order
for undocumented Afghans to leave (``iran_undocumented_2025``, round 22).

A foreign chain answers only when its country is asked for: Pakistan's own chains for the
undocumented stay what they were, and Iran's chain gives its cut-off as known on each day
(the order public from its announcement, the extension from its own).
"""

from __future__ import annotations

import datetime as dt

import pytest

CHAIN = "iran_undocumented_2025"


def test_iran_chain_is_foreign_and_sourced(ledger):
    chain = ledger.deadlines[CHAIN]
    assert chain.country == "Iran"
    assert "iran" in chain.country_terms
    assert chain.targets == ("undocumented",)
    assert chain.date == dt.date(2025, 7, 6)
    accepted = set(chain.accepted_dates())
    # 15 Tir 1404 and 15 Shahrivar 1404, and the day-earlier readings the news prints
    assert {dt.date(2025, 7, 6), dt.date(2025, 7, 5)} <= accepted
    assert {dt.date(2025, 9, 6), dt.date(2025, 9, 5)} <= accepted


@pytest.mark.parametrize(
    ("day", "cutoff"),
    [
        (dt.date(2025, 4, 15), None),  # before the first report of the 6 July cut-off
        (dt.date(2025, 6, 20), dt.date(2025, 7, 6)),
        (dt.date(2025, 7, 25), dt.date(2025, 9, 6)),  # after the extension was reported
    ],
)
def test_iran_chain_in_force_by_day(ledger, day, cutoff):
    state = ledger.deadline_chain_in_force("undocumented", None, day, country="Iran")
    assert (state.cutoff if state else None) == cutoff


def test_home_chains_never_answer_with_iran(ledger):
    for day in (dt.date(2025, 6, 20), dt.date(2025, 7, 25)):
        state = ledger.deadline_chain_in_force("undocumented", None, day)
        assert state is not None
        assert state.cutoff not in {dt.date(2025, 7, 6), dt.date(2025, 9, 6)}
    assert CHAIN not in {d.id for d in ledger.deadline_chains("undocumented", None)}
