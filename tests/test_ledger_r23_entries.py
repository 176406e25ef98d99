"""What the twenty-third round's ledger research added to the shipped ledger, pinned.

Two orders of other countries entered at the deadlines tuner's request (the United States' end
of TPS for Afghanistan, 2025; Iran's temporary visas of 2013 and 2014) carry no ``targets``: the
ledger has no group for Afghans with TPS or with Iran's temporary visas, and an order without a
cut-off day (Iran, December 2014) held against the undocumented would stay in force for every
later Iranian clause on them. So no group's chain answers with them, whatever the day. And the
news's short title "Taliban chief" names the Taliban's supreme leader, while the longer titles
that begin with it keep their own offices.
"""

from __future__ import annotations

import datetime as dt

import pytest

TPS = "us_tps_afghanistan_2025"
IRAN_2013 = "iran_temporary_visas_2013_09"
IRAN_2014 = "iran_temporary_visas_2014_12"


def test_tps_chain_is_the_united_states_and_never_us(ledger):
    chain = ledger.deadlines[TPS]
    assert chain.country == "United States"
    assert "us" not in chain.country_terms  # the pronoun
    assert chain.targets == ()
    # the designation's end, the Federal Register's termination day, the day other reports
    # give, and the court's stay
    assert {
        dt.date(2025, 5, 20),
        dt.date(2025, 7, 14),
        dt.date(2025, 7, 12),
        dt.date(2025, 7, 21),
    } <= set(chain.accepted_dates())


@pytest.mark.parametrize(
    ("day", "cutoff"),
    [
        (dt.date(2025, 4, 20), dt.date(2025, 5, 20)),  # not extended (11 April): ends 20 May
        (dt.date(2025, 6, 1), dt.date(2025, 7, 14)),  # the notice of 13 May: 14 July
    ],
)
def test_tps_cutoff_by_day(ledger, day, cutoff):
    assert ledger.deadlines[TPS].state_on(day).cutoff == cutoff


def test_iran_visa_orders_have_no_group(ledger):
    early, later = ledger.deadlines[IRAN_2013], ledger.deadlines[IRAN_2014]
    assert early.country == later.country == "Iran"
    assert early.targets == later.targets == ()
    assert early.date == dt.date(2013, 9, 6)
    assert later.date is None  # no stored page prints the day the visas ran to
    assert later.announced == dt.date(2014, 12, 12)
    assert [d.days for d in later.durations] == [180]


@pytest.mark.parametrize("day", [dt.date(2014, 1, 1), dt.date(2018, 3, 1), dt.date(2024, 10, 21)])
def test_no_iranian_chain_answers_for_the_undocumented_before_2025(ledger, day):
    assert ledger.deadline_chain_in_force("undocumented", None, day, country="Iran") is None


def test_home_chains_never_answer_with_the_new_orders(ledger):
    new = {TPS, IRAN_2013, IRAN_2014}
    for group in ("por", "acc", "undocumented"):
        assert not new & {d.id for d in ledger.deadline_chains(group, None)}


def test_taliban_chief_names_the_supreme_leader(ledger):
    index = ledger.title_index()
    assert index["taliban chief"] == [("office", "taliban_supreme_leader")]
    assert index["taliban chief spokesman"] == [("office", "taliban_spokesman")]
    assert ("office", "taliban_supreme_leader") not in index["chief minister"]
