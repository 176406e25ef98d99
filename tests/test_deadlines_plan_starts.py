"""A start told of the plan by its proper name (issue 11, round 10; dev news-r5-dl-030): "The
Illegal Foreigners Repatriation Program, initiated last November, is now extended to ACC
holders" puts the campaign's start a year late. The plan named in capitals (or by its acronym)
before a participle or a relative of starting is what began, and its start is the campaign's
first order, whatever group or later phase the sentence goes on to name. Times are read from
the seed ledger's first national order; look-alikes (a plan in lower case, another country's
or UNHCR's programme, talks on the plan) stay silent."""

import datetime as dt

from .deadlines_support import codes

PLANS = (
    "The Illegal Foreigners Repatriation Plan",
    "The IFRP",
    "Pakistan's Illegal Foreigners Repatriation Programme",
)
SHAPES = (
    "{plan}, initiated {time}, is now extended to ACC holders.",
    "{plan}, launched {time}, has sent thousands of Afghans home.",
    "{plan}, which began {time}, has been widened to PoR card holders.",
    "{plan} was launched {time} by the caretaker government.",
)


def _first_order(corpus):
    orders = [
        d
        for d in corpus.ledger.deadlines.values()
        if d.enforcement_from is not None and d.national and not d.steps
    ]
    return min(orders, key=lambda d: d.enforcement_from)


def _times(corpus):
    """(time, draft date, wrong): the start's month told relative to a draft four months on
    (right) and to one a year later (wrong), and its month and year against a year off."""
    start = _first_order(corpus).enforcement_from
    soon = start + dt.timedelta(days=120)
    late = soon + dt.timedelta(days=365)
    return (
        (f"last {start:%B}", soon.isoformat(), False),
        (f"last {start:%B}", late.isoformat(), True),
        (f"in {start:%B} {start.year}", late.isoformat(), False),
        (f"in {start:%B} {start.year + 1}", late.isoformat(), True),
    )


def test_a_start_of_the_plan_by_its_name_is_held_to_the_campaigns_first_order(seed_corpus):
    misses = []
    for shape in SHAPES:
        for plan in PLANS:
            for time, when, wrong in _times(seed_corpus):
                text = shape.format(plan=plan, time=time)
                if codes(seed_corpus, text, when) != (["NL101"] if wrong else []):
                    misses.append((text, when))
    assert misses == []


def test_look_alikes_of_a_plan_by_name_stay_silent(seed_corpus):
    start = _first_order(seed_corpus).enforcement_from
    late = (start + dt.timedelta(days=485)).isoformat()
    month = f"last {start:%B}"
    texts = (
        f"The repatriation plan, launched {month}, is now extended to ACC holders.",
        f"UNHCR's Voluntary Repatriation Programme, launched {month}, has helped thousands.",
        f"Iran's Repatriation Plan, launched {month}, is now extended to Afghans.",
        f"Talks on the Illegal Foreigners Repatriation Plan began {month}.",
    )
    for text in texts:
        assert codes(seed_corpus, text, late) == [], text


def test_a_later_phase_named_further_on_does_not_take_the_plans_start(seed_corpus):
    start = _first_order(seed_corpus).enforcement_from
    text = (
        f"The Illegal Foreigners Repatriation Plan was launched in {start.year} by the then"
        " caretaker government; the second phase, announced on Friday, gives ACC holders until"
        " March 31."
    )
    assert codes(seed_corpus, text, "2025-03-08") == []
