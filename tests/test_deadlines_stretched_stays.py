"""A stay "stretched for <length>" is an extension's length (issue 11, round 25): "The stay of
Afghan refugees had last been stretched for six months in June by the caretaker government"
(an edited item of the round-24 blind split, dev news-r24-dr-011: the interim link was three
months) was not read, as "stretched" is no verb of extending. It is one when a stay is what it
stretches (the stay noun of the clause before it); then the length is judged, as "extended for
six months" is, by the chain's link in force.

The lengths come from the seed ledger's PoR validity chain of 2018-2020: a text a month after each
link was announced, the link's length in months right (silent), three months more wrong
(reported). Look-alikes: talks, resources or savings that stretch for months (silent).
"""

import datetime as dt

import pytest

from .deadlines_support import NUMBER_WORDS, codes

CHAIN = "por_validity_2018_2020"

STAY_FORMS = (
    "The stay of Afghan refugees had last been stretched for {n} months by the government.",
    "The government stretched the stay of registered Afghan refugees for another {n} months.",
)
LOOK_ALIKES = (
    "The talks on the return of Afghan refugees stretched for {n} months.",
    "Resources for Afghan refugees have been stretched for {n} months.",
    "During their stay, Afghan refugees stretched their savings for {n} months.",
)


@pytest.fixture
def chain(seed_corpus):
    if CHAIN not in seed_corpus.ledger.deadlines:
        pytest.skip(f"the ledger has no {CHAIN}")
    return seed_corpus.ledger.deadlines[CHAIN]


def _links(chain) -> list[tuple[dt.date, int]]:
    """(a text date a month after the link's announcement, its length in whole months) of each
    link announced before the next one, with both ends recorded."""
    links = list(chain.chain())
    found = []
    for link, after in zip(links, [*links[1:], None], strict=True):
        if None in (link.announced, link.previous, link.date):
            continue
        when = link.announced + dt.timedelta(days=30)
        if after is not None and after.announced is not None and when >= after.announced:
            continue
        found.append((when, round((link.date - link.previous).days / 30.44)))
    return found


def test_a_stretched_stay_is_an_extensions_length(chain, seed_corpus):
    links = _links(chain)
    assert links
    wrong = []
    for when, months in links:
        for form in STAY_FORMS:
            right = form.format(n=NUMBER_WORDS[months])
            if codes(seed_corpus, right, when.isoformat()):
                wrong.append(f"{when}: silent expected: {right}")
            bad = form.format(n=NUMBER_WORDS[months + 3])
            if codes(seed_corpus, bad, when.isoformat()) != ["NL101"]:
                wrong.append(f"{when}: NL101 expected: {bad}")
    assert wrong == []


def test_other_things_stretched_stay_silent(chain, seed_corpus):
    loud = [
        f"{when}: {form}"
        for when, months in _links(chain)
        for form in LOOK_ALIKES
        if codes(seed_corpus, form.format(n=NUMBER_WORDS[months + 3]), when.isoformat())
    ]
    assert loud == []
