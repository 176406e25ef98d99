"""NL201: a credited next sentence that tells the blast or shooting of the count's sentence
striking a vehicle tells how the people in it were hit, and covers the count ("Three people
were killed … when a roadside bomb hit their vehicle. // Officials … said that a truck was
going … when the bomb … was detonated by remote control": r11 hunt 020; "A suicide bombing …
has killed 13 soldiers. The attacker drove an explosive-laden vehicle into a military convoy
…, a local government official said": dev news-r9-cc-008), whatever the wording of the two
sentences. A vehicle that is the weapon of a blast the count's sentence does not tie to it, a
getaway car and another attack keep the finding (how the bomber struck the count's place is
the event itself since the round-12 policy: tests/test_casualties_events.py).
Invented sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNTS = [
    "{t} people were killed when a roadside bomb hit their vehicle in Bajaur on Friday.",
    "A suicide bombing in North Waziristan has killed {t} soldiers.",
    "{t} labourers lost their lives in a blast near Turbat.",
]
RETOLD = [
    "Officials said that a truck was going to the valley when the bomb placed on the roadside "
    "was detonated by remote control.",
    "The attacker drove an explosive-laden vehicle into a military convoy, a local official said.",
    "According to police, gunmen opened fire on a passenger van before the explosion.",
    "Police said the bus was hit by an improvised explosive device planted by the road.",
]
BREAKS = [" ", "\n\n"]


@pytest.mark.parametrize(
    ("count", "retold", "brk"), itertools.product(range(len(COUNTS)), RETOLD, BREAKS)
)
def test_a_credited_retelling_of_the_vehicle_hit_covers_the_count(
    seed_corpus, figures, count, retold, brk
):
    t = figures[1]
    text = COUNTS[count].format(t=t) + brk + retold
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "retold",
    [
        # the vehicle is the weapon, at a place the count's sentence does not name
        "Police said a car bomb exploded outside the market.",
        # a getaway car, not the target
        "According to police, the attackers fled in a car after the blast.",
        # another attack
        "Police said gunmen also opened fire on a van in Kech after the explosion.",
        # no vehicle at all (how the bomb was set, "the bomb was planted near the mosque",
        # tells the blast itself since round 17: tests/test_casualties_told_events.py)
        "Police said the bomb disposal squad reached the mosque later.",
    ],
)
def test_a_credited_account_without_the_vehicle_hit_needs_the_counts_source(
    seed_corpus, figures, retold
):
    t = figures[1]
    text = COUNTS[2].format(t=t) + " " + retold
    assert any(str(t) in f.split() for f in fires(seed_corpus, text)), text


def test_a_vehicle_hit_with_no_blast_in_the_counts_sentence_covers_nothing(seed_corpus, figures):
    t = figures[1]
    text = f"{t} people died in Quetta on Monday. Police said a truck was hit by a bomb in Kech."
    assert any(str(t) in f.split() for f in fires(seed_corpus, text)), text
