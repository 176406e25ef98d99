"""An enforcement start told with the day its order was announced ("On <announcement day>,
the government announced that deportations would start on <date>"): the clause dates the
decision, so the start is that order's own, not a later order the ledger may lack. Before
round 19 a start given after the order's last recorded day, in a text written after it, was
read as a later extension (dev news-r18-ob-004, an edited start a fortnight late). The anchor
is the one deadlines already had ("in a meeting on October 3 … gave a deadline until …").

Dates are read from the loaded ledger, never written in a test."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order, month_day

FORMS = (
    "On {announced}, Pakistan's government announced that mass deportations of illegal "
    "immigrants would start on {start}.",
    "On {announced}, the interior minister said the expulsion of undocumented Afghans would "
    "begin on {start}.",
)


@pytest.fixture
def phase(seed_corpus):
    return ledger_order(seed_corpus, "ifrp_phase1", "announced", "enforcement_from")


@pytest.mark.parametrize("form", FORMS)
def test_a_start_dated_by_its_announcement_is_that_orders_own(seed_corpus, phase, form):
    when = (phase.enforcement_from + dt.timedelta(days=12)).isoformat()
    wrong = phase.enforcement_from + dt.timedelta(days=14)
    text = form.format(announced=month_day(phase.announced), start=month_day(wrong))
    assert codes(seed_corpus, text, when) == ["NL101"]


@pytest.mark.parametrize("form", FORMS)
def test_the_recorded_start_stays_silent(seed_corpus, phase, form):
    when = (phase.enforcement_from + dt.timedelta(days=12)).isoformat()
    right = phase.enforcement_from
    text = form.format(announced=month_day(phase.announced), start=month_day(right))
    assert codes(seed_corpus, text, when) == []


def test_a_start_dated_by_another_day_may_be_a_later_order(seed_corpus, phase):
    """No anchor: a day that is no announcement on record leaves the later start unjudged."""
    when = (phase.enforcement_from + dt.timedelta(days=12)).isoformat()
    other = phase.announced + dt.timedelta(days=20)
    wrong = phase.enforcement_from + dt.timedelta(days=14)
    text = FORMS[0].format(announced=month_day(other), start=month_day(wrong))
    assert codes(seed_corpus, text, when) == []
