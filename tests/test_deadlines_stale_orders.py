"""A long-ended order's day given as the one just set (issue 11, round 16): "Pakistan has
established a <day> deadline for deporting all foreigners illegally residing in the country"
in March 2025 with the first order's day of 2023 (round-15 blind miss news-r15-dm-012, an
edited passage). A day without its year was accepted by any order that recorded it; told in
the present perfect of setting an order, it now means an order still in its record's time,
and an order whose record ended over a year before the text is dropped when only it holds
the day (``dates_stale``).

Seed ledger (the orders read from it): in a text written a week after the later order was
announced, the old order's day is reported in the present perfect and silent in the past
perfect or with a fronted year (history); the later order's day is silent; in a text of the
old order's own time its day is silent.
"""

import datetime as dt

from .deadlines_support import codes, ledger_orders, month_day

OLD, NEW = "ifrp_phase1", "ifrp_phase2_acc"

NOW = (
    "Pakistan has established a {date} deadline for deporting all foreigners illegally"
    " residing in the country.",
    "The government has set a {date} deadline for illegal foreigners to leave the country.",
)
HISTORY = (
    "Pakistan had set a {date} deadline for all foreigners illegally residing in the country.",
    "In 2023, the government set a {date} deadline for illegal foreigners to leave the country.",
)


def _orders(corpus):
    old, new = ledger_orders(corpus, OLD, NEW)
    return old, new, (new.announced + dt.timedelta(days=7)).isoformat()


def test_an_ended_orders_day_set_now_is_reported(seed_corpus):
    old, new, when = _orders(seed_corpus)
    for form in NOW:
        assert codes(seed_corpus, form.format(date=month_day(old.date)), when) == ["NL101"]
        assert codes(seed_corpus, form.format(date=month_day(new.date)), when) == []


def test_history_and_the_orders_own_time_stay_silent(seed_corpus):
    old, _, when = _orders(seed_corpus)
    for form in HISTORY:
        assert codes(seed_corpus, form.format(date=month_day(old.date)), when) == [], form
    own = old.announced.isoformat()
    for form in NOW:
        assert codes(seed_corpus, form.format(date=month_day(old.date)), own) == [], form
