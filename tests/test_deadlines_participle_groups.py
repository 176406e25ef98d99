"""A group named by its participle after a pronoun (issue 11, round 10): "those registered earlier
had their stay extended until …" names the registered refugees as "registered refugees" does (the
ledger's modifier of one group, after "those", "anyone", "everyone", "others"). Grids use the
seed ledger's PoR validity chain (its last two links, read from the loaded ledger, in a text
written five days after each was announced): the link's date stays silent, three months later
is reported. After "they" or "them" the participle is a verb and names no group; one before
"for" or "to" tells a purpose ("those registered for vaccines"), not the group."""

import pytest

from .deadlines_support import announced_links, look_alike_alarms, validity_grid_misses

CHAIN = "por_validity_chain"

FORMS = (
    "Authorities say those registered earlier had their stay extended until {date}.",
    "The cabinet extended the stay of those registered with UNHCR until {date}.",
    "Officials said everyone registered had their cards extended until {date}.",
)
LOOK_ALIKES = (
    "They registered their shops, and the market stays open until {date}.",
    "Pakistanis registered abroad can vote until {date}, the commission said.",
    "The clinic extended the hours of those registered for vaccines until {date}.",
    "The stay of those registered to vote abroad was extended until {date}.",
)


@pytest.fixture
def links(seed_corpus):
    """(text date, recorded date) of the chain's last two links."""
    return announced_links(seed_corpus, CHAIN)


def test_a_group_named_by_its_participle_grid(seed_corpus, links):
    assert validity_grid_misses(seed_corpus, links, FORMS) == []


def test_a_participle_that_names_no_group_look_alikes(seed_corpus, links):
    assert look_alike_alarms(seed_corpus, links, LOOK_ALIKES) == []
