"""People counted but not named who hurry to do the order's act before its deadline (round 23):
"Many rushed to leave the country before a <day> deadline", also with a second predicate of the
same subject after it (", or are hiding to avoid being rounded up by police, …", ", and have
since been …"). A verb of haste tells how they acted, not who they are, and a second predicate
with no subject of its own tells more of what they did, not whom the order is for: the deadline
is held to the order in force. Other people ("Many pilgrims …"), another act ("to finish their
exams"), a second predicate after another subject that says whose the deadline is ("The deadline
… is <day>, and has been set only for Hajj pilgrims") stay silent. Values come from the loaded
ledger (the first phase's cut-off): the recorded day silent, a month later NL101."""

import datetime as dt

from .deadlines_support import ledger_order, month_day_alarms, month_day_misses

FORMS = (
    "Many rushed to leave the country before a {date} deadline.",
    "Many scrambled to get out before the {date} deadline to leave, and have since been living "
    "in tents near the border.",
    "Many hurried to leave before a {date} deadline, or are hiding indoors to avoid being rounded "
    "up by police, leaving the bazaar half empty.",
)
LOOK_ALIKES = (
    "Many pilgrims hurried to leave before a {date} deadline, or are hiding indoors.",
    "Many hurried to finish their exams before a {date} deadline, or are hiding indoors.",
    "The deadline to leave is {date}, and has been set only for Hajj pilgrims.",
)


def _order(corpus):
    order = ledger_order(corpus, "ifrp_phase1", "date")
    return order.date, (order.date + dt.timedelta(days=20)).isoformat()


def test_counted_people_hurrying_before_a_deadline(seed_corpus):
    right, when = _order(seed_corpus)
    assert month_day_misses(seed_corpus, FORMS, right, when) == []


def test_other_people_or_acts_stay_silent(seed_corpus):
    right, when = _order(seed_corpus)
    assert month_day_alarms(seed_corpus, LOOK_ALIKES, right, when) == []
