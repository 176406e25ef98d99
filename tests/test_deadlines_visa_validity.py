"""The validity of entry papers is not a ledger chain's (round 26): "the validity of their visas
extended by two months", of foreign nationals stranded in the country, is another order's
window, not the registration cards' validity chain ("validity" alone is one of the chain's
subject terms). Look-alikes stay silent (visas, passports of other people extended); the
cards' own validity given with a wrong length is still reported. Values come from the loaded
ledger (the PoR chain's link announced last before the text's date)."""

import datetime as dt

from .deadlines_support import codes, ledger_order

CHAIN = "por_validity_2018_2020"

PAPERS = (
    "Travellers stuck in Pakistan by the flight bans have had the validity of their visas "
    "extended by five months.",
    "The interior ministry extended the validity of the visas of foreign tourists by five months.",
    "Pakistanis abroad saw the validity of their passports extended by five months.",
    "The validity of expired visas was extended by five months.",
    "The government has extended the validity of all visas by five months.",
)


def _link(corpus):
    """(a text date a month after the chain's last announced link, the link's length in
    days)."""
    chain = ledger_order(corpus, CHAIN)
    link = [x for x in chain.chain() if x.announced is not None and x.date is not None][-1]
    return link.announced + dt.timedelta(days=30), (link.date - link.previous).days


def test_the_validity_of_visas_is_not_the_cards_chain(seed_corpus):
    when, days = _link(seed_corpus)
    assert abs(days - 150) > 40  # five months is not the link's length
    loud = [text for text in PAPERS if codes(seed_corpus, text, when.isoformat())]
    assert loud == []


def test_the_cards_validity_with_a_wrong_length_is_still_reported(seed_corpus):
    when, _ = _link(seed_corpus)
    text = "The cabinet extended the validity of PoR cards by five months."
    assert codes(seed_corpus, text, when.isoformat()) == ["NL101"]
