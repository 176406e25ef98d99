"""A deportation held off up to a date (issue 11, round 10): "the court barred the deportation of
Afghan refugees holding PoR cards until June 30", "a stay on deportation till December 31 of
those refugees whose PoR cards expired", "PoR card holders will not be deported until …": the
people are protected up to the date as their cards' validity runs to it, so the date is read as
that validity. Grids use the seed ledger's PoR validity chain (each link read from the loaded
ledger, in a text written five days after it was announced): the link's date stays silent, a
date three months later is reported. A deportation asked for, one not held off, another
country's or one whose date a clause apart gives stays silent."""

import pytest

from .deadlines_support import announced_links, look_alike_alarms, validity_grid_misses

CHAIN = "por_validity_chain"

FORMS = (
    "The court barred the deportation of Afghan refugees holding PoR cards until {date}.",
    "There is a stay on deportation till {date} of registered Afghan refugees, the ministry said.",
    "PoR card holders will not be deported until {date}, the interior ministry said.",
    "The government halted the ‘forced’ expulsion of registered refugees until {date}.",
)
LOOK_ALIKES = (
    "UNHCR urged Pakistan to halt the deportation of PoR card holders until {date}.",
    "The deportation of PoR card holders went on until {date}, officials said.",
    "The court barred the deportation of PoR card holders, and hearings go on until {date}.",
    "Iran has halted the deportation of registered Afghan refugees until {date}.",
)


@pytest.fixture
def links(seed_corpus):
    """(text date, recorded date) of the chain's last two links."""
    return announced_links(seed_corpus, CHAIN)


def test_a_deportation_held_off_until_the_recorded_validity_grid(seed_corpus, links):
    assert validity_grid_misses(seed_corpus, links, FORMS) == []


def test_a_deportation_not_held_off_look_alikes(seed_corpus, links):
    assert look_alike_alarms(seed_corpus, links, LOOK_ALIKES) == []
