"""The length of an extension of people's stay (round 14): "the government has extended the
stay of Afghan refugees for <length>" names no ledger group, but a stay is a leave to remain
that only documents give, so its length is that of the validity chain's link in force at the
text's date, months after the link was announced. Look-alikes stay silent: a deadline (not a
stay) extended, a stay that is no extension. Values come from the loaded ledger (the PoR
validity chain's last link)."""

import datetime as dt

import pytest

from .deadlines_support import codes

CHAIN = "por_validity_chain"

STAY_FORMS = (
    "The minister said the government has extended the stay of the Afghan refugees for "
    "{months} months.",
    "Pakistan extended the stay of Afghan refugees by {months} months, officials said.",
)

LOOK_ALIKES = (
    "The government extended the deadline for Afghan refugees by {months} months.",
    "Many Afghan refugees stay in Pakistan for {months} months before moving on.",
    "Their stay in the camp lasted {months} months, the refugees said.",
)


@pytest.fixture
def link(seed_corpus):
    found = seed_corpus.ledger.deadlines
    if CHAIN not in found:
        pytest.skip("the ledger lacks the chain these cases are built on")
    links = [
        k
        for k in found[CHAIN].chain()
        if k.announced is not None and k.date is not None and k.previous is not None
    ]
    if not links:
        pytest.skip("the chain records no announced link with its previous date")
    return links[-1]


def _setting(link):
    """(the link's length in months, a text date five months after it was announced)."""
    months = round((link.date - link.previous).days / 30.44)
    return months, (link.announced + dt.timedelta(days=150)).isoformat()


def test_a_stay_extension_is_held_to_the_link_in_force(seed_corpus, link):
    months, when = _setting(link)
    wrong = []
    for form in STAY_FORMS:
        for length, expected in ((months, []), (months * 2, ["NL101"])):
            text = form.format(months=length)
            if codes(seed_corpus, text, when) != expected:
                wrong.append(text)
    assert wrong == []


def test_a_stay_look_alike_stays_silent(seed_corpus, link):
    months, when = _setting(link)
    loud = [f for f in LOOK_ALIKES if codes(seed_corpus, f.format(months=months * 2), when)]
    assert loud == []
