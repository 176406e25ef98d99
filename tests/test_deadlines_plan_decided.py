"""A campaign's start dated to its plan's approval (issue 11, round 16): "Since the deportations
began in September 2023, …" and "In the first phase, launched in September 2023, …" were
reported against an order announced in October and enforced from November, while the ledger
records the plan's approval in September (an event of kind "decision" titled with the plan's
name; dev news-r13-cc-037 and news-r7-dl-060, both labelled clean after the round-15 audit).
A decision on the order's plan within 60 days before its announcement (its title holding one
of the order's subject terms of several words) now dates a start given as a month or a year
too (``dates_lexicon._decided``, ``Profile.decided``).

Grid (seed ledger, each day read from it): the decision's month, the announcement's and the
enforcement's are silent; months before the decision still get NL101. Unit look-alikes: a
decision titled only with a one-word term another order shares, one made after the
announcement, or one long before it dates nothing.
"""

import datetime as dt
from types import SimpleNamespace

import pytest

from narrlint.claims.dates_lexicon import _decided, lexicon_for

from .deadlines_support import codes

FORMS = (
    "Since the deportations began in {month}, at least 800,000 Afghans have been returned, a"
    " rights group said.",
    "This marks the second phase of the deportation drive. In the first phase, launched in"
    " {month}, over 70,000 families returned.",
)
WRITTEN = "2025-04-06"


def _decided_order(corpus):
    found = [p for p in lexicon_for(corpus).profiles if p.decided and p.deadline.national]
    if not found:
        pytest.skip("the ledger records no decision on a national order's plan")
    return found[0]


def _month(day: dt.date, back: int = 0) -> str:
    first = dt.date(day.year, day.month, 1)
    for _ in range(back):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return f"{first:%B %Y}"


def test_the_decisions_month_is_a_start(seed_corpus):
    profile = _decided_order(seed_corpus)
    (decided,) = sorted(profile.decided)[:1]
    for form in FORMS:
        for day in (decided, profile.deadline.announced, profile.deadline.enforcement_from):
            text = form.format(month=_month(day))
            assert codes(seed_corpus, text, WRITTEN) == [], text


def test_months_before_the_decision_are_reported(seed_corpus):
    profile = _decided_order(seed_corpus)
    decided = min(profile.decided)
    for form in FORMS:
        text = form.format(month=_month(decided, back=2))
        assert codes(seed_corpus, text, WRITTEN) == ["NL101"], text


def _order(announced: str, *terms: str):
    return SimpleNamespace(announced=dt.date.fromisoformat(announced), subject_terms=terms)


def _event(day: str, title: str):
    return SimpleNamespace(date=dt.date.fromisoformat(day), title=title, kind="decision")


def test_only_a_decision_on_the_plan_before_it_dates_it():
    order = _order("2030-05-10", "resettlement plan", "camps")
    events = [
        _event("2030-05-01", "Cabinet approves the Resettlement Plan"),  # dates it
        _event("2030-04-20", "District orders the camps vacated"),  # a shared word only
        _event("2030-05-20", "Cabinet amends the resettlement plan"),  # after the announcement
        _event("2029-11-01", "Cabinet debates the resettlement plan"),  # long before
    ]
    assert _decided(order, events) == {dt.date(2030, 5, 1)}
