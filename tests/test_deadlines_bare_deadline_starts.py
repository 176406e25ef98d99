"""An enforcement start after a bare deadline of its sentence (issue 11, round 16): "The
deadline given by the government was ending, so regular action would be launched from
<day>, the commissioner added" names no people, group or order, yet it is the start of the
order in force (round-15 blind miss news-r15-dl-008: the start moved by two weeks). A cut-off
given without saying whose was held to the order in force only when an order's act or people
were named; an enforcement start whose sentence has a bare "the deadline"/"the ultimatum"
(no "for"/"to" phrase saying whose or what for) and an enforcement word now is too
(``dates_context.enforced_after_deadline``).

Grid: the ledger's first repatriation order, a text written three days before its cut-off:
its enforcement start silent, a day 30 days later reported. Look-alikes with that day stay
silent: a deadline with a purpose of its own, a deadline given to others, a start of
something that is no enforcement.
"""

import datetime as dt

from .deadlines_support import ledger_order, month_day_alarms, month_day_misses

ORDER = "ifrp_phase1"

FORMS = (
    "The deadline given by the government was ending, so regular action would be launched from"
    " {date}, the commissioner added.",
    "The ultimatum expires this week, and a crackdown will be launched from {date}.",
)
LOOK_ALIKES = (
    "The deadline for filing tax returns was ending, so action would be launched from {date}.",
    "The deadline given to the contractors was ending, so action would be launched from {date}.",
    "The deadline was ending, so the festival would be launched from {date}.",
)


def _written(order) -> str:
    return (order.date - dt.timedelta(days=3)).isoformat()


def test_a_start_after_a_bare_deadline_is_the_orders(seed_corpus):
    order = ledger_order(seed_corpus, ORDER, "date", "enforcement_from")
    misses = month_day_misses(seed_corpus, FORMS, order.enforcement_from, _written(order))
    assert misses == []


def test_deadlines_of_others_and_other_starts_stay_silent(seed_corpus):
    order = ledger_order(seed_corpus, ORDER, "date", "enforcement_from")
    alarms = month_day_alarms(seed_corpus, LOOK_ALIKES, order.enforcement_from, _written(order))
    assert alarms == []
