"""A deadline named by its own order's act, in a clause that names no one (round 13).

"Islamabad has begun round-up operations across the country after the deadline for voluntary
departure expired on Nov.15" names no group nor any people, yet "the deadline for voluntary
departure" is an order to the orders' people: its noun's own phrase is one of the ledger's
orders' acts ("for voluntary departure", "for repatriation", "to leave"). Such a deadline
means the order in force at the text's date, as one given to people in general does, when the
act is voluntary or the clause tells of the order's enforcement ("raids", "arrests"); it is
not read so when the act has an object of its own ("departure of Hajj flights"), when the
clause names people (the people test judges them), or when the purpose is another.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .deadlines_support import assert_wrong_fires_right_silent, codes, ledger_orders, month_day

NATIONAL = "ifrp_phase1"

FORMS = (
    "Islamabad has begun round-up operations across the country after the deadline for "
    "voluntary departure expired on {date}.",
    "Police began raids in several cities after the deadline for repatriation ended on {date}.",
    "Police stepped up arrests once the deadline for voluntary return expired on {date}.",
    "After the deadline for departure expired on {date}, arrests began across the country.",
)


@pytest.fixture
def national(seed_corpus):
    (order,) = ledger_orders(seed_corpus, NATIONAL)
    return order


def test_a_deadline_named_by_its_orders_act(seed_corpus, national):
    when = (national.date + dt.timedelta(days=20)).isoformat()
    wrong = national.date + dt.timedelta(days=14)
    assert_wrong_fires_right_silent(seed_corpus, FORMS, national.date, wrong, when)


@pytest.mark.parametrize(
    "text",
    [
        "The deadline for departure of Hajj flights ended on {date}.",  # the act's own object
        "Banks began recovery drives after the deadline for return of the loans expired on {date}.",
        "Journalists left after the deadline for departure expired on {date}.",  # other people
        "The deadline to register for the tax amnesty expired on {date}.",  # another purpose
        "Iranian officials said the deadline for voluntary departure expired on {date}.",
        "The deadline for nominations ended on {date}, and campaigning began.",  # no order's act
    ],
)
def test_order_noun_look_alikes_stay_silent(seed_corpus, national, text):
    when = (national.date + dt.timedelta(days=20)).isoformat()
    wrong = month_day(national.date + dt.timedelta(days=14))
    assert codes(seed_corpus, text.format(date=wrong), when) == []
