"""Trouble held off up to a date (round 14): "PoR card holders will not face any difficulty
until <date>", "would face no legal action till <date>" assure a stay up to the date as "will
not be deported until <date>" does, so the date is held to the cards' validity in force.
Look-alikes stay silent: a report of trouble that was not faced, a wish, trouble of another
kind of people's. Values come from the loaded ledger (the PoR validity chain's last link)."""

import datetime as dt

import pytest

from .deadlines_support import codes, full_day

CHAIN = "por_validity_chain"

ASSURANCES = (
    "The minister announced that Afghan nationals holding PoR cards will not face any "
    "difficulty until {date}.",
    "Officials said PoR card holders would face no legal action till {date}.",
)

LOOK_ALIKES = (
    "PoR card holders said they had faced no difficulty until {date}.",
    "Rights groups urged that PoR card holders should not face any difficulty until {date}.",
    "Traders will not face any difficulty at the border until {date}, customs officials said.",
)


@pytest.fixture
def link(seed_corpus):
    found = seed_corpus.ledger.deadlines
    if CHAIN not in found:
        pytest.skip("the ledger lacks the chain these cases are built on")
    links = [k for k in found[CHAIN].chain() if k.announced is not None and k.date is not None]
    if not links:
        pytest.skip("the chain records no announced link")
    return links[-1]


def _when(link) -> str:
    return (link.announced + dt.timedelta(days=30)).isoformat()


def test_trouble_held_off_is_held_to_the_validity(seed_corpus, link):
    wrong = []
    for form in ASSURANCES:
        for day, expected in ((link.date, []), (link.date + dt.timedelta(days=62), ["NL101"])):
            text = form.format(date=full_day(day))
            if codes(seed_corpus, text, _when(link)) != expected:
                wrong.append(text)
    assert wrong == []


def test_a_trouble_look_alike_stays_silent(seed_corpus, link):
    day = full_day(link.date + dt.timedelta(days=62))
    loud = [f for f in LOOK_ALIKES if codes(seed_corpus, f.format(date=day), _when(link))]
    assert loud == []
