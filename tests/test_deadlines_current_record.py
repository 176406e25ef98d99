"""A cut-off given weeks after the ledger's last record of an order, for that order's group,
that tells of no change ("set a deadline of 1 December", "have until November 30 to leave"),
contradicts the record in force: it is compared, not taken for a later order the ledger has no
record of yet (dev news-r8-dm-058, -061, news-r5-dl-063, news-r3-dl-038, news-r7-dl-042). A
change or a fresh order told ("extended to", "a new deadline", "now have until"), another time
given beside it ("on Monday"), or a text months later keeps the old reading. Values are read
from the loaded ledger, never written in a test."""

import datetime as dt

from narrlint.claims.dates_record import CURRENT_RECORD_DAYS

from .deadlines_support import month_day, reported

ORDERS = {
    "ifrp_phase1": ("illegal foreigners", "undocumented Afghans", "unregistered Afghans"),
    "ifrp_phase3_por": ("PoR card holders", "Afghans holding Proof of Registration cards"),
}
"""National orders with the group phrases that name them."""

TOLD_PLAINLY = (
    "Pakistan has set a deadline of {date} for {group} to leave the country.",
    "The government has given {group} until {date} to leave voluntarily or be deported.",
    "{Group} must leave Pakistan by {date} or face arrest.",
    "With a {date} deadline set for {group} to leave, families are selling their belongings.",
    "Authorities said {group} would have to leave the country before {date}.",
)
"""Shapes that give the order's cut-off and tell of no change: different verbs, voices and
positions of the date."""

LOOK_ALIKES = (
    # a change told: maybe an extension the ledger has no record of yet (info at most)
    "Pakistan has extended the deadline for {group} to {date}.",
    "The deadline for {group} to leave was pushed back to {date}.",
    # a fresh order told
    "Pakistan has set a new deadline of {date} for {group} to leave the country.",
    "{Group} now have until {date} to leave the country.",
    # another time beside it: perhaps when a later order was given
    "On Monday, the government gave {group} until {date} to leave voluntarily.",
    "Two weeks ago the interior ministry told {group} to leave by {date}.",
)


def _last_known(deadline) -> dt.date:
    days = [deadline.date, deadline.enforcement_from, *(e.date for e in deadline.extensions)]
    return max(d for d in days if d is not None)


def _cases(corpus, templates, after_days):
    """(text, draft date, recorded date) for each order, group and template: a text written
    ``after_days`` after the order's last record, giving a date three weeks after the text."""
    for order, groups in ORDERS.items():
        deadline = corpus.ledger.deadlines[order]
        when = _last_known(deadline) + dt.timedelta(days=after_days)
        wrong = when + dt.timedelta(days=21)
        for template in templates:
            for group in groups:
                fill = {"group": group, "Group": group[0].upper() + group[1:]}
                yield (
                    template.format(date=month_day(wrong), **fill),
                    when.isoformat(),
                    (template.format(date=month_day(deadline.date), **fill)),
                )


def _errors(corpus, text, when):
    return [c for c, severity, _ in reported(corpus, text, when) if severity != "info"]


def test_a_cut_off_weeks_after_the_record_is_compared_grid(seed_corpus):
    wrong = []
    for text, when, right in _cases(seed_corpus, TOLD_PLAINLY, after_days=10):
        if _errors(seed_corpus, text, when) != ["NL101"]:
            wrong.append(("missed", text, when))
        if _errors(seed_corpus, right, when):
            wrong.append(("false alarm", right, when))
    assert wrong == []


def test_a_cut_off_weeks_after_the_record_look_alikes(seed_corpus):
    reported_ = [
        (text, when)
        for text, when, _ in _cases(seed_corpus, LOOK_ALIKES, after_days=10)
        if _errors(seed_corpus, text, when)
    ]
    assert reported_ == []


def test_a_cut_off_months_after_the_record_may_be_a_later_order(seed_corpus):
    later = CURRENT_RECORD_DAYS + 20
    reported_ = [
        (text, when)
        for text, when, _ in _cases(seed_corpus, TOLD_PLAINLY, after_days=later)
        if _errors(seed_corpus, text, when)
    ]
    assert reported_ == []


def test_another_authority_s_cut_off_is_not_the_record_s(seed_corpus):
    deadline = seed_corpus.ledger.deadlines["ifrp_phase1"]
    when = _last_known(deadline) + dt.timedelta(days=10)
    date = month_day(when + dt.timedelta(days=21))
    for text in (
        f"Iran has set a deadline of {date} for undocumented Afghans to leave the country.",
        f"Iranian authorities gave illegal foreigners until {date} to leave the country.",
    ):
        assert _errors(seed_corpus, text, when.isoformat()) == [], text
