"""A fronted time followed by a time given to act (issue 11, round 17): "Until October 31,
individuals were given the option to leave voluntarily or face deportation" (dev
news-r13-cc-051) opens with its cut-off, then says what it allowed. A fronted "Until <date>,"
was read as a cut-off only before an obligation ("By March 20, ACC holders must leave"); a
verb of giving followed within a few words by "to" and an action of the ledger's orders
("were given the option to leave", "granted time to go") is such an order too.

The order is the seed ledger's first expulsion order (its cut-off read from the ledger), in a
text written a week after it was announced: its day stays silent, a day a month later is
reported. Look-alikes: a fronted time before a count or a gift of something else stays silent.
"""

import datetime as dt

import pytest

from .deadlines_support import codes, month_day

ORDER = "ifrp_phase1"

FORMS = (
    "Until {date}, undocumented foreigners were given the option to leave voluntarily or face "
    "deportation.",
    "Until {date}, illegal immigrants have been granted time to leave the country.",
)
LOOK_ALIKES = (
    "Until {date}, undocumented families were given food and shelter in camps.",
    "Until {date}, some 200,000 undocumented foreigners had left the country.",
)


@pytest.fixture
def order(seed_corpus):
    return seed_corpus.ledger.deadlines[ORDER]


def _when(order) -> str:
    return (order.announced + dt.timedelta(days=7)).isoformat()


def test_a_fronted_time_given_to_act_is_a_cut_off(seed_corpus, order):
    wrong = order.date + dt.timedelta(days=30)
    for form in FORMS:
        assert codes(seed_corpus, form.format(date=month_day(wrong)), _when(order)) == ["NL101"], (
            form
        )
        assert codes(seed_corpus, form.format(date=month_day(order.date)), _when(order)) == [], form


def test_look_alikes_stay_silent(seed_corpus, order):
    wrong = order.date + dt.timedelta(days=30)
    for form in LOOK_ALIKES:
        assert codes(seed_corpus, form.format(date=month_day(wrong)), _when(order)) == [], form
