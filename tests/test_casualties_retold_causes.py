"""NL201: a credited sentence after a toll that tells how its event was done, in words the
event readers did not know: a grenade thrown ("Police said two men on a motorcycle threw the
grenade and fled" after "… injured when a grenade was hurled at a shop") and an accident's
driver losing control ("Rescue officials said the driver lost control on a sharp bend" after
"… died when a coach plunged into a ravine": "the driver" refers back to the vehicle the
count's sentence names). Another act of the driver, a party "thrown", or no credit keeps the
finding. Invented sentences only; the figures are the ledger's.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


CASES = [
    (
        "{a} shoppers were injured when a grenade was hurled at a shop in Panjgur.",
        "Police said two men on a motorcycle threw the grenade and fled.",
    ),
    (
        "{a} passengers died when a coach plunged into a ravine near Babusar.",
        "Rescue officials said the driver lost control on a sharp bend.",
    ),
    (
        "A van skidded off the road in Kohistan, killing {a} people.",
        "According to police, the driver had lost control of the van while overtaking.",
    ),
]


@pytest.mark.parametrize(("count", "credit"), CASES)
def test_a_credited_cause_of_the_event_sources_its_toll(seed_corpus, figures, count, credit):
    text = f"{count.format(a=figures[1])} {credit}"
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # another act of the driver: not the accident
        "{a} passengers died when a coach plunged into a ravine near Babusar. Police said the "
        "driver had fled the scene.",
        # no vehicle in the count's sentence for "the driver" to refer back to
        "{a} people died in a landslide near Babusar. Officials said the driver lost control.",
        # no credit
        "{a} passengers died when a coach plunged into a ravine near Babusar. The driver lost "
        "control on a sharp bend.",
        # a party thrown
        "{a} shoppers were injured in a stampede at a mall. Police said the owners threw a "
        "party for the staff.",
    ],
)
def test_another_act_or_no_credit_keeps_the_finding(seed_corpus, figures, text):
    text = text.format(a=figures[1])
    assert fires_on(fires(seed_corpus, text), figures[1]), text
