"""A date set for the start of the campaign (issue 11, round 10): "Pakistan has set November 15
for the start of the expulsions", "fixed November 1 as the start date for deportations" give
the day an order starts to be enforced. A relative clause after the date that tells what the
order does ("…, which could leave 1.7 million Afghans vulnerable") is no choice left to people.
Grids cross the shapes with the seed ledger's national orders (their recorded enforcement start
read from the loaded ledger): the recorded start stays silent, two weeks later is reported;
a start of something else, another country's, or a choice stays silent."""

import datetime as dt

from .deadlines_support import codes

ORDERS = ("ifrp_phase1", "ifrp_phase2_acc", "ifrp_phase3_por")

FORMS = (
    "Pakistan has set {date} for the start of the expulsions, which could leave more than a "
    "million Afghans vulnerable.",
    "The government fixed {date} as the start date for deportations of Afghans.",
    "The interior ministry set {date} for the beginning of the deportations, officials said.",
    "The government has named {date} as the start of a crackdown on Afghans, who have lived in "
    "Pakistan for decades.",
)
LOOK_ALIKES = (
    "The ministry set {date} for the start of registration of Afghan refugees.",
    "Pakistan has set {date} for the start of talks on the expulsions of Afghans.",
    "Iran has set {date} for the start of the expulsions of Afghans.",
    "The board set {date} for the start of the cricket season, which could draw crowds.",
    "Afghans wishing to leave could do so before {date}, which officials welcomed.",
)


def _start(deadline) -> dt.date:
    return deadline.enforcement_from or deadline.date


def _texts(corpus, forms, shift: int):
    for order in ORDERS:
        deadline = corpus.ledger.deadlines[order]
        when = (deadline.announced + dt.timedelta(days=5)).isoformat()
        value = _start(deadline) + dt.timedelta(days=shift)
        for form in forms:
            yield form.format(date=f"{value:%B} {value.day}"), when


def test_a_start_set_at_the_recorded_day_stays_silent(seed_corpus):
    loud = [(t, w) for t, w in _texts(seed_corpus, FORMS, 0) if codes(seed_corpus, t, w)]
    assert loud == []


def test_a_start_set_two_weeks_off_is_reported(seed_corpus):
    missed = [
        (t, w) for t, w in _texts(seed_corpus, FORMS, 14) if codes(seed_corpus, t, w) != ["NL101"]
    ]
    assert missed == []


def test_a_start_of_something_else_stays_silent(seed_corpus):
    loud = [(t, w) for t, w in _texts(seed_corpus, LOOK_ALIKES, 14) if codes(seed_corpus, t, w)]
    assert loud == []
