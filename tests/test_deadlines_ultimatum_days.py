"""An ultimatum "on" a day is the day it was given (issue 11, round 25): "Following the stern
ultimatum on <the day it was announced>, demanding departure by <its cut-off>, …" was read as a
second cut-off beside the real one and reported, its remedy telling the writer to write the
cut-off the sentence already gives (dev news-r24-mx-016, a real passage). "Ultimatum" also names
the act of giving one: right before "on <date>", as before the date ("the Oct. 3 ultimatum"),
its day may be the announcement. A "deadline on <date>" stays a cut-off.

The order is the seed ledger's first expulsion order (announcement and cut-off read from the
ledger). Look-alikes: the same sentences with a wrong cut-off, or an ultimatum "on" a day that is
neither the announcement nor a cut-off (reported).
"""

import datetime as dt

import pytest

from .deadlines_support import codes, month_day

ORDER = "ifrp_phase1"

GIVEN_ON_FORMS = (
    "After the government's final ultimatum on {given}, requiring undocumented foreigners to "
    "leave by {cut}, tens of thousands of Afghans crossed the border.",
    "Islamabad's ultimatum on {given} gave illegal immigrants until {cut} to go home.",
    "Since the caretaker cabinet's ultimatum on {given}, which demanded that undocumented "
    "migrants depart by {cut}, the camps at the border have filled.",
)


@pytest.fixture
def order(seed_corpus):
    return seed_corpus.ledger.deadlines[ORDER]


def _when(order) -> str:
    return (order.announced + dt.timedelta(days=20)).isoformat()


def test_an_ultimatum_on_its_announcement_day_is_silent(order, seed_corpus):
    given, cut = month_day(order.announced), month_day(order.date)
    loud = [
        form
        for form in GIVEN_ON_FORMS
        if codes(seed_corpus, form.format(given=given, cut=cut), _when(order))
    ]
    assert loud == []


def test_a_wrong_cut_off_beside_it_is_reported(order, seed_corpus):
    given, wrong = month_day(order.announced), month_day(order.date + dt.timedelta(days=30))
    for form in GIVEN_ON_FORMS:
        text = form.format(given=given, cut=wrong)
        assert codes(seed_corpus, text, _when(order)) == ["NL101"], form


def test_an_ultimatum_on_another_day_is_still_compared(order, seed_corpus):
    other = month_day(order.announced + dt.timedelta(days=12))
    text = f"The ultimatum on {other} told undocumented foreigners to leave the country."
    assert codes(seed_corpus, text, _when(order)) == ["NL101"]


def test_a_deadline_on_a_day_is_a_cut_off(order, seed_corpus):
    text = (
        f"The deadline on {month_day(order.announced)} for undocumented foreigners to leave "
        "the country has passed."
    )
    assert codes(seed_corpus, text, _when(order)) == ["NL101"]
