"""People in general given a date when no order to leave is in force (issue 11, round 21;
blind r20 misses news-r20-dm-015 and news-r20-dl-010): in the years of card extensions only,
"the framework under which Afghan refugees reside expired on …" or "the last date to send
Afghan refugees back was …" can only mean the registered refugees' stay, the one validity chain
whose record covers the text's date. Such a date is now judged by that chain (only when exactly
one covers it, and no order to leave of the ledger is in force then); before, people in general
were held to orders to leave alone, and a chain was never the one meant, so a stale or
year-slipped end was passed over.

The cases come from the seed ledger's PoR chain of 2012-2018: a text a few days after one of
its links ended, before the next was announced. Look-alikes that stay silent: the recorded
end; the same wording when an order to leave is in force (several stays may be meant); a date
to do something else (register).
"""

import datetime as dt
import itertools

import pytest

from .deadlines_support import codes, full_day, ledger_order, ledger_orders, month_day

CHAIN = "por_validity_2012_2018"
ORDER = "ifrp_phase1"

FORMS = (
    "After the arrangement under which Afghan refugees live in Pakistan expired on {date}, "
    "many families feared arrest.",
    "Officials said the last date to send the Afghan refugees back to their country was {date}, "
    "but no decision had been taken.",
    "The stay of Afghan refugees in Pakistan expired on {date}, a provincial official said.",
)


@pytest.fixture
def case(seed_corpus):
    """(text date, the end of the link that had just run out) of the chain."""
    chain = ledger_order(seed_corpus, CHAIN)
    links = [link for link in chain.chain() if link.date is not None]
    ends = {link.date for link in links}
    for link, after in itertools.pairwise(links):
        when = link.date + dt.timedelta(days=4)
        ran_out = after.announced is not None and after.announced > when
        if ran_out and _wrong(link.date) not in ends:
            return when, link.date
    pytest.skip("no link of the chain ran out days before the next was announced")


def _wrong(end: dt.date) -> dt.date:
    """A day a year before the end, written with its year: a slip of the year."""
    return end - dt.timedelta(days=365)


def test_a_stale_end_for_people_in_general_fires(seed_corpus, case):
    when, end = case
    for form in FORMS:
        text = form.format(date=full_day(_wrong(end)))
        assert codes(seed_corpus, text, when.isoformat()) == ["NL101"], form


def test_the_recorded_end_stays_silent(seed_corpus, case):
    when, end = case
    for form in FORMS:
        for written in (full_day(end), month_day(end)):
            text = form.format(date=written)
            assert codes(seed_corpus, text, when.isoformat()) == [], text


def test_a_date_to_register_stays_silent(seed_corpus, case):
    when, end = case
    text = (
        "The last date for Afghan refugees to register for the new survey was "
        f"{full_day(_wrong(end))}, officials said."
    )
    assert codes(seed_corpus, text, when.isoformat()) == []


def test_with_an_order_to_leave_in_force_nothing_is_said(seed_corpus):
    """Several stays may be meant while an order to leave is in force: the chain is not
    chosen for people in general then."""
    (order,) = ledger_orders(seed_corpus, ORDER)
    when = order.date + dt.timedelta(days=5)
    text = FORMS[0].format(date=full_day(order.date + dt.timedelta(days=75)))
    assert codes(seed_corpus, text, when.isoformat()) == []


LOOK_ALIKES = (
    # people named only as Afghans: the unregistered are Afghans too
    "Another 800,000 Afghans, who have not registered with the United Nations High Commission "
    "for Refugees, will have to leave by {date}, the official added.",
    # a start of enforcement: no validity sets one
    "A fresh wave of deportations, set to begin after {date}, will affect many refugees.",
)


def test_people_not_called_holders_and_starts_stay_silent(seed_corpus, case):
    when, end = case
    for form in LOOK_ALIKES:
        text = form.format(date=full_day(_wrong(end)))
        assert codes(seed_corpus, text, when.isoformat()) == [], form
