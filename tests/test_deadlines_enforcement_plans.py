"""An enforcement start told as a permission from a fronted day ("From December 1, they can
arrest and deport illegal Afghan citizens": dev news-r8-dl-023) or as the order's plan ("will
stick to its plan for deporting all illegal and ACC holders from May 1": dev news-r8-dm-033) is
the order's start of enforcement, compared with the record; a fronted day that permits no
enforcement, an enforcement negated, or another country's plan is not. Dates are read from the
loaded ledger, never written in a test."""

import datetime as dt

from .deadlines_support import codes, grid_misses, month_day

STARTS = (
    "From {day}, they can arrest and deport {group}.",
    "From {day}, police can detain {group} found anywhere in the country.",
    "Islamabad will stick to its plan for deporting all {group} from {day}.",
    "Officials briefed reporters on the plan for arresting {group} from {day}.",
    "Under the plan, expelling {group} from {day} is the first step.",
)
LOOK_ALIKES = (
    "From {day}, {group} can apply for exit permits at any passport office.",
    "From {day}, {group} can no longer be deported, the court ruled.",
    "The plan for deporting {group} was discussed on {day}.",
    "Iran can deport {group} from {day}, its interior ministry said.",
)
GROUPS = ("illegal immigrants", "undocumented Afghans")


def _phase_one(corpus):
    order = corpus.ledger.deadlines["ifrp_phase1"]
    return order, (order.enforcement_from - dt.timedelta(days=12)).isoformat()


def test_an_enforcement_start_told_as_a_permission_or_a_plan_grid(seed_corpus):
    order, when = _phase_one(seed_corpus)
    days = ((order.enforcement_from, False), (order.enforcement_from + dt.timedelta(days=14), True))
    assert grid_misses(seed_corpus, STARTS, GROUPS, days, when) == []


def test_an_enforcement_start_told_as_a_permission_or_a_plan_look_alikes(seed_corpus):
    order, when = _phase_one(seed_corpus)
    day = month_day(order.enforcement_from + dt.timedelta(days=14))
    loud = [
        text
        for form in LOOK_ALIKES
        for group in GROUPS
        for text in [form.format(day=day, group=group)]
        if codes(seed_corpus, text, when)
    ]
    assert loud == []
