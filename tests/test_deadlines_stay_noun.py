"""A stay past a date, named as a noun (issue 11, round 16): "detailed policy for the Afghan
refugees regarding their stay in <city> beyond <day> will be formulated" gives the day a local
order bars people from staying past (round-15 blind miss, news-r15-dm-010: an edited cut-off).
"remaining after …" and "cannot stay beyond …" were read as the cut-off of a stay; the noun
"stay" after a determiner ("their stay", "the stay of Afghan nationals"), with no comma
between it and "after"/"beyond"/"past", now is too (``dates_enforcement._stay_before``).

Grid: the ledger's capital-city permit order (read from the loaded ledger) in a text written
the day after it was announced: its cut-off silent, a day 30 days later reported. Look-alikes
with the wrong day stay silent: an official's own stay, a stay set off by a comma from an
"after" that dates something else, a delegation's stay.
"""

import datetime as dt

from .deadlines_support import ledger_order, month_day_alarms, month_day_misses

ORDER = "islamabad_noc_2024_12"

FORMS = (
    "Detailed policy for Afghan refugees regarding their stay in Islamabad beyond {date} will"
    " be formulated by the ministry.",
    "A decision on the stay of Afghan nationals in Islamabad after {date} will be announced"
    " next week.",
)
LOOK_ALIKES = (
    "The minister said his stay in Islamabad beyond {date} will be brief.",
    "Afghan families are worried about their stay in Islamabad, after {date} talks failed.",
    "The delegation's stay in Islamabad beyond {date} will be funded by the embassy.",
)


def _written(order) -> str:
    return (order.announced + dt.timedelta(days=1)).isoformat()


def test_a_stay_noun_past_a_day_is_the_cut_off(seed_corpus):
    order = ledger_order(seed_corpus, ORDER, "date", "announced")
    assert month_day_misses(seed_corpus, FORMS, order.date, _written(order)) == []


def test_other_stays_stay_silent(seed_corpus):
    order = ledger_order(seed_corpus, ORDER, "date", "announced")
    assert month_day_alarms(seed_corpus, LOOK_ALIKES, order.date, _written(order)) == []
