"""An infinitive whose object is the order's own act (issue 11, round 25): "urging Afghan nationals
to engage in volunteer repatriation before the deadline, which is set to conclude on <a day after
the recorded one>" (dev news-r6-dl-006, a real passage) was read as a deadline for another
purpose ("to engage" is no action of the ledger's orders), so no order was named and the wrong
day went unreported. A verb of undertaking ("engage in", "participate in", "undertake") whose
object is an action noun of the ledger's orders ("repatriation", "return") purposes that action,
as "to complete the repatriation of …" already did.

People are named in general ("Afghan nationals"); the order is the seed ledger's first expulsion
order (its cut-off and announcement read from the ledger). Look-alikes: the same verbs with another
object (a census, business talks: another purpose, silent), and the recorded cut-off (silent).
"""

import datetime as dt

import pytest

from .deadlines_support import codes, month_day

ORDER = "ifrp_phase1"

UNDERTAKEN_FORMS = (
    "Officials asked Afghan nationals to engage in voluntary repatriation before the "
    "deadline of {date}.",
    "Mosque loudspeakers urged Afghan nationals to participate in the voluntary return "
    "before the deadline, which ends on {date}.",
    "The district administration told Afghan nationals to undertake their repatriation "
    "before the deadline of {date}.",
)
OTHER_PURPOSES = (
    "Officials asked Afghan nationals to engage in business talks before the deadline of {date}.",
    "Afghan nationals were told to participate in the census before the deadline of {date}.",
)


@pytest.fixture
def order(seed_corpus):
    return seed_corpus.ledger.deadlines[ORDER]


def _when(order) -> str:
    return (order.announced + dt.timedelta(days=14)).isoformat()


def test_an_undertaken_act_of_the_order_names_it(order, seed_corpus):
    wrong = month_day(order.date + dt.timedelta(days=21))
    for form in UNDERTAKEN_FORMS:
        assert codes(seed_corpus, form.format(date=wrong), _when(order)) == ["NL101"], form
        right = form.format(date=month_day(order.date))
        assert codes(seed_corpus, right, _when(order)) == [], form


def test_other_purposes_stay_silent(order, seed_corpus):
    wrong = month_day(order.date + dt.timedelta(days=21))
    loud = [
        form for form in OTHER_PURPOSES if codes(seed_corpus, form.format(date=wrong), _when(order))
    ]
    assert loud == []
