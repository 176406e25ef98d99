"""A reporting verb frames what a source said, for every family alike (one list:
``narrlint.nlp.vocabulary.REPORTING_LEMMAS``).

"Emphasize" was missing while its synonym "stress" was there, so "the minister emphasized that
the deadline was set for <day>" left the cut-off unread behind words naming someone (no NL101
on a wrong day), and "police emphasized that twelve people were killed" did not credit the
toll to the police.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import lint_text
from .deadlines_support import codes, full_day, ledger_order

VERBS = ("emphasized", "emphasised", "stressed")
CUT_OFF = "The minister {verb} that the voluntary return deadline was set for {day}."


@pytest.mark.parametrize("verb", VERBS)
def test_a_cut_off_told_through_a_reporting_frame_is_compared(seed_corpus, verb):
    order = ledger_order(seed_corpus, "ifrp_phase1", "date", "announced")
    when = (order.announced + dt.timedelta(days=10)).isoformat()
    wrong = order.date + dt.timedelta(days=30)
    assert codes(seed_corpus, CUT_OFF.format(verb=verb, day=full_day(wrong)), when) == ["NL101"]
    assert codes(seed_corpus, CUT_OFF.format(verb=verb, day=full_day(order.date)), when) == []


@pytest.mark.parametrize("verb", VERBS)
def test_a_framed_date_of_something_else_stays_silent(seed_corpus, verb):
    order = ledger_order(seed_corpus, "ifrp_phase1", "date", "announced")
    when = (order.announced + dt.timedelta(days=10)).isoformat()
    day = full_day(order.date + dt.timedelta(days=30))
    text = f"The minister {verb} that the deadline for tax returns was set for {day}."
    assert codes(seed_corpus, text, when) == []


TOLL = "Twelve people were killed in the blast in the market on Monday."


@pytest.mark.parametrize("verb", VERBS)
def test_a_toll_a_named_source_emphasized_is_credited(seed_corpus, verb):
    framed = f"Police {verb} that twelve people were killed in the blast in the market on Monday."
    assert [f.code for f in lint_text(seed_corpus, TOLL, codes=("NL201",))] == ["NL201"]
    assert lint_text(seed_corpus, framed, codes=("NL201",)) == []
