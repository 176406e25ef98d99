"""People referred back to by a demonstrative (issue 11, round 16): "He set a deadline of <day>
for these individuals to voluntarily leave the country" names no ledger group, yet "these
individuals" refers to the order's people as "them" does (round-16 mutation diagnostic, a
real minister's announcement with its day moved). A demonstrative ("these", "such") before a
word for people in general now refers back (``dates_clues.refers_back``): the cut-off is the
order in force at the text's date, as for "them".

Grid: the ledger's first repatriation order's cut-off (read from the loaded ledger) in a text
written on its announcement day: the recorded day silent, a day 30 days later reported.
Look-alikes: the same forms for other people ("these journalists", "these pilgrims") and a
demonstrative before a non-person noun stay silent with the wrong day.
"""

from .deadlines_support import ledger_order, month_day_alarms, month_day_misses

ORDER = "ifrp_phase1"

FORMS = (
    "He set a deadline of {date} for these individuals to voluntarily leave the country.",
    "The minister gave such persons until {date} to leave the country.",
    "He said these people must leave the country by {date}; otherwise they would be deported.",
)
LOOK_ALIKES = (
    "He set a deadline of {date} for these journalists to leave the hotel.",
    "The ministry gave these pilgrims until {date} to return from the shrine.",
    "He set a deadline of {date} for these documents to be filed.",
)


def test_demonstrative_people_held_to_the_order_in_force(seed_corpus):
    order = ledger_order(seed_corpus, ORDER, "date", "announced")
    assert month_day_misses(seed_corpus, FORMS, order.date, order.announced.isoformat()) == []


def test_other_people_and_things_stay_silent(seed_corpus):
    order = ledger_order(seed_corpus, ORDER, "date", "announced")
    assert month_day_alarms(seed_corpus, LOOK_ALIKES, order.date, order.announced.isoformat()) == []
