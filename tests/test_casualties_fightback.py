"""NL201: a credited sentence after a toll of an attack that tells the attacked fighting the
attackers off ("the personnel responded swiftly, forcing the attackers to retreat", "the
militants fled after retaliatory fire from the guards", "troops repulsed the attack") tells
that attack itself and sources its toll (r17 blind cc-026, cc-030). A response with no
attackers in it (the rescue, the cordon), another attack, or no credit keeps the finding.
Invented sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNTS = [
    "Militants stormed a police post in Tank overnight, killing {a} constables.",
    "A gun attack on a border checkpoint left {a} guards injured on Tuesday.",
    "{a} soldiers were wounded when gunmen raided a camp near Wana.",
]
FIGHTS = [
    "According to a district police spokesman, the guards responded at once, forcing the "
    "attackers to withdraw.",
    "The gunmen escaped into the hills after retaliatory fire from the guards, an official said.",
    "Troops repulsed the attack within an hour, the military said in a statement.",
    "Security officials said the personnel returned fire and the assailants retreated.",
]


@pytest.mark.parametrize(("count", "fight"), itertools.product(COUNTS, FIGHTS))
def test_fighting_the_attackers_off_tells_the_attack(seed_corpus, figures, count, fight):
    text = f"{count.format(a=figures[1])} {fight}"
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "follow",
    [
        # the response after the event, no attackers in it
        "Rescue teams responded within minutes, sealing off the area, police said.",
        # another attack
        "In another attack, troops repulsed militants in Khyber, the military said.",
        # no credit
        "The guards responded at once, forcing the attackers to withdraw.",
    ],
)
def test_a_response_another_attack_or_no_credit_keeps_the_finding(seed_corpus, figures, follow):
    for count in COUNTS:
        text = f"{count.format(a=figures[1])} {follow}"
        assert fires_on(fires(seed_corpus, text), figures[1]), text
