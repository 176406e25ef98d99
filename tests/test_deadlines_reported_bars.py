"""A bar told in a reported clause ("…, adding that people would not be able to enter the country
without those documents after <date>"): the "that" after a verb of reporting opens what was said,
so the negation bars the entry (a cut-off), as it does in "People would not be able to enter …".
Before round 19 any "that" up to three words before the negation was read as a condition's
relative ("those that do not leave"), and the date was no cut-off at all (dev news-r18-dm-031, an
edited entry rule a month late). A "that" after people ("anyone that does not hold …") still
states a condition.

Dates are read from the loaded ledger, never written in a test."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order, month_day

BARRED = (
    "The minister said passports and visas would be required at the border, adding that people "
    "would not be able to enter the country without those documents after {day}.",
    "Officials said that travellers would not be allowed to enter Pakistan without passports and "
    "visas after {day}.",
)


@pytest.fixture
def rule(seed_corpus):
    return ledger_order(seed_corpus, "entry_document_rule", "date")


def _when(rule) -> str:
    """A story of the month before the rule took effect."""
    return (rule.date - dt.timedelta(days=20)).isoformat()


@pytest.mark.parametrize("form", BARRED)
def test_a_reported_bar_after_a_wrong_day_is_flagged(seed_corpus, rule, form):
    wrong = rule.date + dt.timedelta(days=30)
    assert codes(seed_corpus, form.format(day=month_day(wrong)), _when(rule)) == ["NL101"]


@pytest.mark.parametrize("form", BARRED)
def test_a_reported_bar_after_the_recorded_day_stays_silent(seed_corpus, rule, form):
    assert codes(seed_corpus, form.format(day=month_day(rule.date)), _when(rule)) == []


@pytest.fixture
def phase(seed_corpus):
    return ledger_order(seed_corpus, "ifrp_phase1", "date")


def test_a_reported_denial_of_deportation_is_no_cut_off(seed_corpus, phase):
    """ "said that … will not be deported after": the act denied, not a bar: no claim."""
    wrong = month_day(phase.date + dt.timedelta(days=30))
    text = f"The minister said that Afghans would not be deported after {wrong}."
    assert codes(seed_corpus, text, _when(phase)) == []


def test_a_that_after_people_still_states_a_condition(seed_corpus, phase):
    """ "Afghans that do not leave will be deported after": the order, its condition negated."""
    wrong = month_day(phase.date + dt.timedelta(days=30))
    text = f"Undocumented Afghans that do not leave will be deported after {wrong}."
    assert codes(seed_corpus, text, _when(phase)) == ["NL101"]
