"""A nationality word before one person or one body names no people (round 23): "the Afghan
skipper", "an Afghan official", "the Afghan embassy" tell who speaks or acts, not whom an order
is for, so a deadline the same sentence gives to refugees in general is held to the order in
force, as it is without them. The nationality before people ("Afghan pilgrims", "Afghan
students") still names people of their own, whose deadline the ledger does not hold. Values come
from the loaded ledger (the first phase's cut-off): the recorded day silent, a month later
NL101."""

import datetime as dt

from .deadlines_support import ledger_order, month_day_alarms, month_day_misses

FORMS = (
    "An Afghan official said refugees had been told to leave Pakistan by {date}.",
    "Refugees were ordered to leave the country by {date}, the Afghan embassy said.",
    "The Afghan captain said refugees had been told to leave Pakistan by {date}.",
)
LOOK_ALIKES = (
    "Afghan pilgrims were told to leave Pakistan by {date}.",
    "Afghan students were told to leave the hostel by {date}.",
)


def _order(corpus):
    order = ledger_order(corpus, "ifrp_phase1", "date")
    return order.date, (order.date + dt.timedelta(days=3)).isoformat()


def test_one_person_of_a_nationality_names_no_people(seed_corpus):
    right, when = _order(seed_corpus)
    assert month_day_misses(seed_corpus, FORMS, right, when) == []


def test_people_of_a_nationality_stay_their_own(seed_corpus):
    right, when = _order(seed_corpus)
    assert month_day_alarms(seed_corpus, LOOK_ALIKES, right, when) == []
