""" "The end of this year" is 31 December of the text's year (issue 11, round 25): "preparations are
being made to repatriate the refugees by the end of this year", written in February of a year whose
31 December ends the registered refugees' stay in force, was read as a 31 December without its year
and placed on the nearest one, the one before the text (already replaced), and reported with the
recorded end as its remedy (dev news-r24-dl-001, a real passage). A date without its year followed
by "this year" ("March 31 of this year") already carried the text's year; the end of this year now
does too.

The days come from the seed ledger's older PoR validity chain: each link ending on a 31 December,
a text a month into the link's time in that year. Look-alikes: the same wording in a year whose 31
December is no end on record (still reported), and "the end of the year" without "this", which a
story may tell of another year (read as before: no year).
"""

import datetime as dt

import pytest

from .deadlines_support import claims, codes

CHAIN = "por_validity_2012_2018"

THIS_YEAR_FORMS = (
    "Officials are preparing to send home as many registered Afghan refugees as they can by the "
    "end of this year.",
    "The Proof of Registration cards of Afghan refugees will remain valid until the end of this "
    "year.",
    "Registered Afghans may stay in the country till the end of this year, the ministry said.",
)


@pytest.fixture
def chain(seed_corpus):
    if CHAIN not in seed_corpus.ledger.deadlines:
        pytest.skip(f"the ledger has no {CHAIN}")
    return seed_corpus.ledger.deadlines[CHAIN]


def _year_end_links(chain) -> list[tuple[dt.date, dt.date]]:
    """(a text date a month into the link's time in its last year, the link's end) of each link
    ending on a 31 December, while it is the link in force."""
    links = list(chain.chain())
    found = []
    for link, after in zip(links, [*links[1:], None], strict=True):
        if link.date is None or (link.date.month, link.date.day) != (12, 31):
            continue
        start = max(link.announced or link.previous, dt.date(link.date.year, 1, 1))
        when = start + dt.timedelta(days=30)
        if after is not None and after.announced is not None and when >= after.announced:
            continue
        found.append((when, link.date))
    return found


def test_the_end_of_this_year_is_the_texts_year(chain, seed_corpus):
    links = _year_end_links(chain)
    assert len(links) >= 2  # the chain's year-end links
    loud = [
        f"{when}: {form}"
        for when, _ in links
        for form in THIS_YEAR_FORMS
        if codes(seed_corpus, form, when.isoformat())
    ]
    assert loud == []


def test_the_end_of_this_year_carries_its_year(seed_corpus):
    (read,) = claims(seed_corpus, THIS_YEAR_FORMS[1], "2016-08-01")
    assert (read.value.date.month, read.value.date.day, read.value.date.year) == (12, 31, 2016)


def test_the_end_of_the_year_keeps_no_year(seed_corpus):
    text = THIS_YEAR_FORMS[1].replace("this year", "the year")
    (read,) = claims(seed_corpus, text, "2016-08-01")
    assert read.value.date.year is None


def test_a_year_end_that_is_no_end_on_record_is_still_reported(chain, seed_corpus):
    """Weeks after a link was announced that runs past its year, "the end of this year" is a 31
    December the chain never recorded: a wrong end, reported."""
    links = list(chain.chain())
    recorded = {link.date for link in links} | {link.previous for link in links}
    wrong = [
        link.announced + dt.timedelta(days=20)
        for link in links
        if link.announced is not None
        and link.date is not None
        and (link.announced + dt.timedelta(days=20)).year == link.announced.year < link.date.year
        and dt.date(link.announced.year, 12, 31) not in recorded
    ]
    assert wrong
    for when in wrong:
        assert codes(seed_corpus, THIS_YEAR_FORMS[1], when.isoformat()) == ["NL101"], when
