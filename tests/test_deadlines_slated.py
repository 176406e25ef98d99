"""A deadline's first value in a participle that opens its clause, and a start day written with
an article (issue 11, round 6): "Initially slated for March 31, the deadline for ACC holders …",
"Originally set for …, the deadline …", "deportation will commence from the 1 April". The grid
reads the phase-2 order from the loaded ledger: the recorded day stays silent, a month later is
reported; the same openings before another noun stay silent."""

import datetime as dt

from .deadlines_support import codes

OPENINGS = (
    "Initially slated for {date}, the deadline for ACC holders to leave has now been moved.",
    "Originally set for {date}, the deadline for ACC holders to leave the country was extended.",
)
LOOK_ALIKES = (
    "Initially slated for {date}, the conference on Afghan refugees was postponed.",
    "Originally set for {date}, the cricket series in Karachi was moved to Lahore.",
)


def _order(corpus):
    return corpus.ledger.deadlines["ifrp_phase2_acc"]


def test_a_first_value_in_an_opening_participle(seed_corpus):
    order = _order(seed_corpus)
    when = (order.date + dt.timedelta(days=2)).isoformat()
    mismatched = []
    for form in OPENINGS:
        for day, bad in ((order.date, False), (order.date + dt.timedelta(days=30), True)):
            text = form.format(date=f"{day:%B} {day.day}")
            if codes(seed_corpus, text, when) != (["NL101"] if bad else []):
                mismatched.append(text)
    assert mismatched == []


def test_a_start_day_with_an_article(seed_corpus):
    order = _order(seed_corpus)
    start = order.enforcement_from
    when = (order.announced + dt.timedelta(days=1)).isoformat()
    form = "According to the document, deportation of ACC holders will commence from the {date}."
    mismatched = []
    for day, bad in ((start, False), (start + dt.timedelta(days=29), True)):
        text = form.format(date=f"{day.day} {day:%B}")
        if codes(seed_corpus, text, when) != (["NL101"] if bad else []):
            mismatched.append(text)
    assert mismatched == []


def test_an_opening_participle_before_another_noun_stays_silent(seed_corpus):
    order = _order(seed_corpus)
    when = (order.date + dt.timedelta(days=2)).isoformat()
    wrong = order.date + dt.timedelta(days=30)
    texts = [form.format(date=f"{wrong:%B} {wrong.day}") for form in LOOK_ALIKES]
    assert [t for t in texts if codes(seed_corpus, t, when)] == []
