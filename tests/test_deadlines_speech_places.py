"""Where a speaker spoke is not where the order applies (round 13).

"While giving a press conference in Islamabad, he said that November 15 is the deadline given
to people living illegally in Pakistan" was read as the Islamabad order's (a place of the
ledger's local orders) and stayed silent. A place right after a word of a speech or its
hearers ("a press conference in", "told reporters in", "addressing a ceremony at") is where the
speaker spoke, as a dateline's city is; the order the speaker tells of is the national one
unless the clause names its place again. "given to people living …" names whom the deadline
is given to, not another purpose (a word for people after "to" is no infinitive), and "a press
conference" is the news media, not a request ("pressed Pakistan to …") that voids a barred stay.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .deadlines_support import assert_wrong_fires_right_silent, codes, ledger_orders, month_day

NATIONAL = "ifrp_phase1"
ICT = "islamabad_noc_2024_12"

FORMS = (
    "While giving a press conference in Islamabad, he said that {date} is the deadline given "
    "to people living illegally in Pakistan.",
    "Speaking to reporters in Islamabad, the interior minister said illegal foreigners must "
    "leave the country by {date}.",
    "Addressing a ceremony in Rawalpindi, the minister said undocumented Afghans had until "
    "{date} to leave Pakistan.",
    "The minister told journalists in Islamabad that illegal immigrants must leave the country "
    "by {date}.",
    "He said that {date} is the deadline given to foreigners residing illegally in the country.",
)


@pytest.fixture
def orders(seed_corpus):
    return ledger_orders(seed_corpus, NATIONAL, ICT)


def test_a_speech_place_is_not_the_orders_place(seed_corpus, orders):
    national, _ = orders
    when = (national.announced + dt.timedelta(days=20)).isoformat()
    wrong = national.date + dt.timedelta(days=14)
    assert_wrong_fires_right_silent(seed_corpus, FORMS, national.date, wrong, when)


def test_the_orders_own_place_named_after_the_speech_still_counts(seed_corpus, orders):
    """A local order named by its place after the frame is still that order: its own date is
    silent, another reported ("press" before "conference" is no request to change it)."""
    _, ict = orders
    when = (ict.announced + dt.timedelta(days=1)).isoformat()
    for form in (
        "At a press conference in Peshawar, the minister said Afghans would not be allowed to "
        "stay in Islamabad after {date}.",
        "At a press conference in Islamabad, Naqvi said no Afghan national may reside in "
        "Islamabad beyond {date} without an NOC.",
    ):
        assert codes(seed_corpus, form.format(date=month_day(ict.date)), when) == [], form
        wrong = month_day(ict.date + dt.timedelta(days=31))
        assert codes(seed_corpus, form.format(date=wrong), when) == ["NL101"], form


@pytest.mark.parametrize(
    "text",
    [
        # another purpose is still another purpose
        "Speaking to reporters in Islamabad, he said refugees had until {date} to apply for "
        "new cards.",
        # a place where people are, not where a speaker spoke, keeps the order local or foreign
        "Speaking to reporters in Islamabad, he said Afghans in Iran must leave by {date}.",
    ],
)
def test_speech_place_look_alikes_stay_silent(seed_corpus, orders, text):
    national, _ = orders
    when = (national.announced + dt.timedelta(days=20)).isoformat()
    wrong = month_day(national.date + dt.timedelta(days=14))
    assert codes(seed_corpus, text.format(date=wrong), when) == []
