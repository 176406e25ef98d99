"""Documents named in the sentence before (issue 11, round 11): "… more than 1.3 million Afghan
refugees hold PoR cards issued jointly by the UNHCR and the Government of Pakistan. These cards
expired on March 31, …" (dev news-r10-dw-057). "these" and "those" refer back as "the", "this"
and "their" did (``ANAPHORIC_DETERMINERS``), so a document, an extension or a deadline they name
is the one of the sentence before. And "valid till <day>" may name the first day the cards were
no longer valid, as "expired on" does ("these cards had previously been valid till April 1"
against a validity recorded to 31 March: dev news-r10-dl-011, a one-day convention, not an
error).

Grids use the seed ledger's PoR validity chain (each link read from the loaded ledger, in a text
written five days after it was announced): the link's date stays silent, a date three months
later is reported. Look-alikes (another subject after "these", cards of another country, a
sentence before that names no document) stay silent.
"""

import datetime as dt

import pytest

from .deadlines_support import (
    announced_links,
    codes,
    full_day,
    look_alike_alarms,
    validity_grid_misses,
)

CHAIN = "por_validity_chain"

BEFORE = (
    "More than a million Afghan refugees in Pakistan hold PoR cards issued jointly by the UNHCR.",
    "The government had issued Proof of Registration cards to registered Afghan refugees.",
)
AFTER = (
    "These cards will remain valid until {date}, officials said.",
    "Those cards are now valid till {date}.",
    "The validity of these documents runs until {date}.",
)
FORMS = tuple(f"{b} {a}" for b in BEFORE for a in AFTER)
LOOK_ALIKES = (
    f"{BEFORE[0]} These talks will continue until {{date}}.",
    "Afghans in Iran hold census slips. These cards are valid until {date}.",
    "Officials met in Islamabad on Monday. These cards will remain valid until {date}.",
)


@pytest.fixture
def links(seed_corpus):
    """(text date, recorded date) of the chain's last two links."""
    return announced_links(seed_corpus, CHAIN)


def test_these_cards_are_the_ones_named_before(seed_corpus, links):
    assert validity_grid_misses(seed_corpus, links, FORMS) == []


def test_these_look_alikes_stay_silent(seed_corpus, links):
    assert look_alike_alarms(seed_corpus, links, LOOK_ALIKES) == []


@pytest.mark.parametrize("form", AFTER[:2])
def test_valid_till_the_day_after_the_last_valid_day(seed_corpus, links, form):
    """The first day without validity is accepted, two days later is not."""
    for when, right in links:
        for late, bad in ((1, False), (2, True)):
            text = f"{BEFORE[0]} {form.format(date=full_day(right + dt.timedelta(days=late)))}"
            assert codes(seed_corpus, text, when.isoformat()) == (["NL101"] if bad else []), text
