"""A document's validity told in the present or future with a date without its year runs to a
day still ahead of the text (issue 11, round 21; blind r20 false alarm news-r20-dm-016): in
March of a year whose 31 December ends the PoR link in force, "cards that are valid till
December 31" was placed in the nearest year, the December before the text, which no link
records, and NL101 fired on a clean passage. The present ("are valid till", "expire on") or the
future ("will remain valid until") now places the date on or after the text's date; the past
("were valid till") and a bare "valid till" keep the nearest year.

The cases are built from the seed ledger's PoR validity chain: a text a few months into the
year of a link's end, when the same day a year before is on no record.
"""

import datetime as dt

import pytest

from .deadlines_support import claims, codes, ledger_order, month_day

CHAIN = "por_validity_2012_2018"

AHEAD = (
    "Police are arresting Afghan refugees whose PoR cards are valid till {date}.",
    "The PoR cards of registered Afghan refugees will remain valid until {date}, officials said.",
    "Proof of Registration cards held by Afghan refugees expire on {date}, a UNHCR official said.",
)


def _year_before(day: dt.date) -> dt.date | None:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return None


@pytest.fixture
def case(seed_corpus):
    """(text date, the link's recorded end) where the end's day a year before is no record."""
    chain = ledger_order(seed_corpus, CHAIN)
    ends = {link.date for link in chain.chain() if link.date is not None}
    for link in chain.chain():
        before = _year_before(link.date) if link.date is not None else None
        if link.announced is None or before is None or before in ends:
            continue
        when = before + dt.timedelta(days=80)
        if link.announced < when < link.date:
            return when, link.date
    pytest.skip("no link of the chain ends a year after a day no link records")


def test_a_validity_told_ahead_is_placed_on_or_after_the_text(seed_corpus, case):
    when, end = case
    for form in AHEAD:
        text = form.format(date=month_day(end))
        (claim,) = claims(seed_corpus, text, when.isoformat())
        assert claim.placed == end, form
        assert codes(seed_corpus, text, when.isoformat()) == [], form


def test_a_wrong_day_told_ahead_still_fires(seed_corpus, case):
    when, end = case
    wrong = end - dt.timedelta(days=184)  # a mid-year day of the same year, on no record
    for form in AHEAD:
        text = form.format(date=month_day(wrong))
        assert codes(seed_corpus, text, when.isoformat()) == ["NL101"], form


def test_a_validity_told_in_the_past_keeps_the_nearest_year(seed_corpus, case):
    """ "were valid till December 31" in March: the December just gone, as before."""
    when, end = case
    text = f"Police arrested Afghan refugees whose PoR cards were valid till {month_day(end)}."
    (claim,) = claims(seed_corpus, text, when.isoformat())
    assert claim.placed == _year_before(end)
