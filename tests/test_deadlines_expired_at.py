"""A document's expiry written "expired at the end of <month>" (issue 11, round 17): the reader
took "on" and "the end of" between an expiry verb and its date but not "at", so "the cards
expired at the end of March" was no cut-off at all and a stale month went unnoticed (dev
news-r16-dm-013, an edited passage: the month of another expiry in a text written after the
last one). "at" now stands between a cue and its date as "on" does ("expire at midnight on
June 30").

Dates come from the seed ledger's PoR validity chain: its last expiry, in a text written five
weeks later. Look-alikes (talks ending, another country's documents, a meeting) stay silent.
"""

import datetime as dt

import pytest

from .deadlines_support import codes

CHAIN = "por_validity_chain"

FORMS = (
    "The appeal comes as PoR cards, which recognise many Afghans as refugees, expired at the "
    "end of {month}.",
    "Their Proof of Registration cards expired at the end of {month}.",
    "PoR cards lapsed at the end of {month}, officials said.",
)
LOOK_ALIKES = (
    "The talks on the border crossing ended at the end of {month}.",
    "Census slips held by Afghans in Iran expired at the end of {month}.",
    "The delegation arrived at the end of {month} to discuss trade.",
)


@pytest.fixture
def last_expiry(seed_corpus) -> tuple[dt.date, str]:
    """(the chain's last expiry, a text date five weeks after it)."""
    expired = [link.previous for link in seed_corpus.ledger.deadlines[CHAIN].chain()]
    last = max(d for d in expired if d is not None)
    return last, (last + dt.timedelta(days=36)).isoformat()


def _stale_month(last: dt.date) -> str:
    """A month three months before the last expiry: no expiry of that year is on record."""
    month = (last.month - 4) % 12 + 1
    return dt.date(2000, month, 1).strftime("%B")


def test_expired_at_the_end_of_a_stale_month_is_reported(seed_corpus, last_expiry):
    last, when = last_expiry
    for form in FORMS:
        assert codes(seed_corpus, form.format(month=_stale_month(last)), when) == ["NL101"], form


def test_expired_at_the_end_of_the_recorded_month_is_silent(seed_corpus, last_expiry):
    last, when = last_expiry
    for form in FORMS:
        assert codes(seed_corpus, form.format(month=f"{last:%B}"), when) == [], form


def test_look_alikes_stay_silent(seed_corpus, last_expiry):
    last, when = last_expiry
    for form in LOOK_ALIKES:
        assert codes(seed_corpus, form.format(month=_stale_month(last)), when) == [], form
