"""Two false alarms of real reporting (round 9, dev news-r8-dm-014 and news-r8-dm-049):

* a fronted "On <date>," whose clause announces or reports an order before any enforcement word
  dates the announcement ("On 3 October, Pakistan's caretaker government announced it would
  carry out mass deportations"), never the start of enforcement; a fronted day whose clause
  enforces first is still the start ("On November 15, authorities will start deporting …, the
  minister announced");
* a date still ahead of the text, told in the past perfect ("had set March 31 as the last day
  for …") months after the ledger's last record of the order, is a later order the ledger has no
  record of, not that order's history; a past date so told is still its history.

Dates are read from the loaded ledger, never written in a test."""

import datetime as dt

from narrlint.claims.dates_record import CURRENT_RECORD_DAYS

from .deadlines_support import codes, grid_misses, month_day

ANNOUNCED = (
    "On {day}, Pakistan's caretaker government announced it would carry out mass deportations "
    "of {group}.",
    "On {day}, the interior ministry declared that {group} would be deported.",
    "On {day}, the apex committee decided that {group} would be expelled from the country.",
    "On {day}, officials said police would begin arresting {group}.",
)
ENFORCED = (
    "On {day}, police will begin arresting {group}.",
    "On {day}, authorities will start deporting {group}, the minister announced.",
    "On {day}, the crackdown on {group} will begin, officials said.",
)
GROUPS = ("illegal immigrants", "undocumented Afghans")


def _phase_one(corpus):
    order = corpus.ledger.deadlines["ifrp_phase1"]
    return order, (order.announced + dt.timedelta(days=10)).isoformat()


def test_a_fronted_day_of_an_announcement_is_not_an_enforcement_start(seed_corpus):
    order, when = _phase_one(seed_corpus)
    loud = []
    for form in ANNOUNCED:
        for group in GROUPS:
            # the day it was announced, and another day: neither is the start of enforcement
            for day in (order.announced, order.announced + dt.timedelta(days=2)):
                text = form.format(day=month_day(day), group=group)
                if codes(seed_corpus, text, when):
                    loud.append(text)
    assert loud == []


def test_a_fronted_day_of_enforcement_is_still_its_start(seed_corpus):
    order, when = _phase_one(seed_corpus)
    days = ((order.enforcement_from, False), (order.enforcement_from + dt.timedelta(days=14), True))
    assert grid_misses(seed_corpus, ENFORCED, GROUPS, days, when) == []


HAD_SET = (
    "Local sources reported that authorities had set {date} as the last day for {group} to leave.",
    "Officials had given {group} until {date} to leave the province.",
    "The district administration had set a deadline of {date} for {group} to leave.",
)


def _last_known(deadline) -> dt.date:
    days = [deadline.date, deadline.enforcement_from, *(e.date for e in deadline.extensions)]
    return max(d for d in days if d is not None)


def test_a_date_ahead_told_in_the_past_perfect_long_after_the_record_is_a_later_order(
    seed_corpus,
):
    order, _ = _phase_one(seed_corpus)
    when = _last_known(order) + dt.timedelta(days=CURRENT_RECORD_DAYS + 70)
    ahead = month_day(when + dt.timedelta(days=20))
    loud = [
        text
        for form in HAD_SET
        for group in GROUPS
        for text in [form.format(date=ahead, group=group)]
        if codes(seed_corpus, text, when.isoformat())
    ]
    assert loud == []


def test_a_past_date_told_in_the_past_perfect_is_still_the_order_s_history(seed_corpus):
    order, _ = _phase_one(seed_corpus)
    when = _last_known(order) + dt.timedelta(days=CURRENT_RECORD_DAYS + 70)
    wrong_day = order.date + dt.timedelta(days=30)
    wrong = []
    for form in HAD_SET:
        for group in GROUPS:
            for day, bad in ((order.date, False), (wrong_day, True)):
                date = f"{month_day(day)}, {day.year}"
                text = form.format(date=date, group=group)
                if codes(seed_corpus, text, when.isoformat()) != (["NL101"] if bad else []):
                    wrong.append(text)
    assert wrong == []
