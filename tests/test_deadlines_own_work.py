"""A word of recency that qualifies what an owner made or did ("in its latest report", "dedicated
their latest win to …") tells of no fresh deadline (round 23): the sentence's cut-off is still
held to the order in force. "a new deadline", "the government's latest order" still tell of one
the ledger may not hold yet, and stay silent. Values come from the loaded ledger (the first
phase's cut-off): the recorded day silent, a month later NL101."""

import datetime as dt

from .deadlines_support import ledger_order, month_day_alarms, month_day_misses

FORMS = (
    "In its latest report, the UN agency said refugees were told to leave Pakistan by {date}.",
    "The captain dedicated their latest win to refugees who had been told to leave Pakistan by "
    "{date}.",
)
LOOK_ALIKES = (
    "Refugees now face a new deadline and must leave Pakistan by {date}.",
    "Refugees were told to leave Pakistan by {date} under the government's latest order.",
)


def _order(corpus):
    order = ledger_order(corpus, "ifrp_phase1", "date")
    return order.date, (order.date + dt.timedelta(days=3)).isoformat()


def test_recency_of_an_owners_work_is_no_fresh_deadline(seed_corpus):
    right, when = _order(seed_corpus)
    assert month_day_misses(seed_corpus, FORMS, right, when) == []


def test_a_fresh_deadline_still_stays_silent(seed_corpus):
    right, when = _order(seed_corpus)
    assert month_day_alarms(seed_corpus, LOOK_ALIKES, right, when) == []
