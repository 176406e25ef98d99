"""A group named by its participle after a pronoun (issue 11, round 10): "those registered earlier
had their stay extended until …" names the registered refugees as "registered refugees" does (the
ledger's modifier of one group, after "those", "anyone", "everyone", "others"). Grids use the
seed ledger's PoR validity chain (its last two links, read from the loaded ledger, in a text
written five days after each was announced): the link's date stays silent, three months later
is reported. After "they" or "them" the participle is a verb and names no group; one before
"for" or "to" tells a purpose ("those registered for vaccines"), not the group."""

import datetime as dt

import pytest

from .deadlines_support import announced_links, codes, full_day

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
    wrong = []
    for when, right in links:
        for form in FORMS:
            for value, bad in ((right, False), (right + dt.timedelta(days=92), True)):
                text = form.format(date=full_day(value))
                if codes(seed_corpus, text, when.isoformat()) != (["NL101"] if bad else []):
                    wrong.append(f"{when}: {text}")
    assert wrong == []


def test_a_participle_that_names_no_group_look_alikes(seed_corpus, links):
    loud = []
    for when, right in links:
        for form in LOOK_ALIKES:
            text = form.format(date=full_day(right + dt.timedelta(days=92)))
            if codes(seed_corpus, text, when.isoformat()):
                loud.append(f"{when}: {text}")
    assert loud == []
