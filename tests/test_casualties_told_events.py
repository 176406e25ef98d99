"""NL201: more ways a credited next sentence tells the count's event, and a sentence that goes
on listing a credited report (found probing stored pages, round 17).

- How the bomb of the count's blast was set: a verb of planting with a weapon ("According to
  rescue officials, the bomb was fitted in a motorbike that caused the blast", "Police said the
  explosives had been planted near the gate") tells the blast itself; planting told of
  something else ("the flag was planted") or of another attack does not.
- An attack told by the arms used in it ("the attackers used rocket launchers and automatic
  weapons and tried to enter the police station": a class left from round 16) tells it; who
  the attackers were, or the arms as evidence, does not.
- What the blast did ("Police said the blast damaged dozens of shops", "the impact of the
  blast shattered windows") tells the blast.
- A passive confirmation of the event ("The blast was confirmed by police") tells it as "Police
  confirmed the blast" does; and the count's weapon referred back to ("the explosive material
  was planted in a motorcycle", "the device") refers to its blast.
- A definite reference to the event with a quoted name ('the "fire raid" by terrorists
  occurred at night') refers back to it as 'the fire raid' does.
- A sentence opening with an addition ("Additionally,", "In addition,") after a credited
  sentence of counts of the same kind goes on listing that report ("The spokesman said three
  women and three children were killed in A. Additionally, two women were killed in B");
  one with a time of its own, another incident, or no credited count before it does not.
Invented sentences only; the figures are the ledger's.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def n(seed_corpus) -> int:
    return ledger_tolls(seed_corpus)[1]


BLAST = "{n} people were killed in a blast near the councillor's house in the old city."


@pytest.mark.parametrize(
    "credit",
    [
        "According to rescue officials, the bomb was fitted in a motorbike parked near the "
        "councillor's house.",
        "Police said the explosives had been planted near the gate of the councillor's house.",
        "The device was hidden in a fruit cart outside the house, a police official said.",
    ],
)
def test_a_source_telling_how_the_bomb_was_set_tells_the_blast(seed_corpus, n, credit):
    text = f"{BLAST.format(n=n)} {credit}"
    assert not fires_on(fires(seed_corpus, text), n), text


@pytest.mark.parametrize(
    "credit",
    [
        # planting, but no weapon
        "Police said a flag had been planted on the roof of the councillor's house.",
        # a weapon planted in another attack
        "Police said another bomb had been planted near the councillor's house last year.",
        # no credit
        "The bomb was fitted in a motorbike parked near the councillor's house.",
    ],
)
def test_planting_of_something_else_keeps_the_finding(seed_corpus, n, credit):
    text = f"{BLAST.format(n=n)} {credit}"
    assert fires_on(fires(seed_corpus, text), n), text


RAID = "{n} soldiers were martyred after terrorists attacked a checkpost in the border district."


@pytest.mark.parametrize(
    ("credit", "covered"),
    [
        ('The military said the "fire raid" by terrorists occurred late at night.', True),
        ("The military said the 'night raid' by terrorists lasted two hours.", True),
        ('The military said a "fire raid" by terrorists was foiled in another district.', False),
    ],
)
def test_a_quoted_name_of_the_event_refers_back_to_it(seed_corpus, n, credit, covered):
    text = f"{RAID.format(n=n)} {credit}"
    assert fires_on(fires(seed_corpus, text), n) is not covered, text


LISTED = (
    "The spokesman said that {a} women and {b} children were killed and a house was destroyed "
    "in the Barak district of Tamra province."
)


@pytest.mark.parametrize(
    "addition",
    [
        "Additionally, {n} women were killed in the Sipar district of Kalan province.",
        "In addition, {n} women were killed and another house collapsed in Sipar.",
        "Moreover, {n} women were killed in the Sipar district.",
    ],
)
def test_an_addition_goes_on_listing_the_credited_report(seed_corpus, n, addition):
    text = f"{LISTED.format(a=n + 1, b=n + 2)} {addition.format(n=n)}"
    assert not fires_on(fires(seed_corpus, text), n), text


@pytest.mark.parametrize(
    ("before", "addition"),
    [
        # a time of its own
        (LISTED, "Additionally, {n} women were killed in Sipar on Monday."),
        # another incident
        (LISTED, "Additionally, {n} women were killed in a separate attack in Sipar."),
        # a new total
        (LISTED, "In addition, the death toll rose to {n}."),
        # nothing credited before it
        (
            "{a} women and {b} children were killed in the border district.",
            "Additionally, {n} women were killed in Sipar.",
        ),
    ],
)
def test_an_addition_of_its_own_keeps_the_finding(seed_corpus, n, before, addition):
    text = f"{before.format(a=n + 1, b=n + 2)} {addition.format(n=n)}"
    assert fires_on(fires(seed_corpus, text), n), text


STATION = "{n} policemen were martyred when terrorists attacked a police station in the village."


@pytest.mark.parametrize(
    ("credit", "covered"),
    [
        # the attack told by the arms used in it
        (
            "A police official said the attackers used rocket launchers and automatic weapons "
            "and tried to enter the police station.",
            True,
        ),
        ("According to police, the militants employed drones against the police station.", True),
        # arms of another kind of deed: no attack told
        ("A police official said the attackers belonged to a banned group.", False),
        ("Police said weapons used in the attack had been sent for forensic tests.", False),
    ],
)
def test_an_attack_told_by_its_weapons_tells_the_event(seed_corpus, n, credit, covered):
    text = f"{STATION.format(n=n)} {credit}"
    assert fires_on(fires(seed_corpus, text), n) is not covered, text


MARKET = "{n} people were killed in a blast at a market in the city."


@pytest.mark.parametrize(
    ("credit", "covered"),
    [
        # what the blast did there tells the blast
        ("Police said the blast damaged dozens of shops around the market.", True),
        ("Police said the impact of the blast shattered windows of nearby buildings.", True),
        # its cause, or the writer's account of the damage, does not
        ("Police said the market had been damaged in a fire last year.", False),
        ("The blast damaged dozens of shops around the market.", False),
    ],
)
def test_what_the_blast_did_tells_it(seed_corpus, n, credit, covered):
    text = f"{MARKET.format(n=n)} {credit}"
    assert fires_on(fires(seed_corpus, text), n) is not covered, text


@pytest.mark.parametrize(
    ("credit", "covered"),
    [
        # a passive confirmation of the event, with its agent
        ("The blast was confirmed by police.", True),
        ("The attack has been confirmed by the district administration.", True),
        # not confirmed, or condemned
        ("The blast was not confirmed by police.", False),
        ("The blast was condemned by the chief minister.", False),
        # the count's weapon referred back to, set by a credited source
        ("Police said that the explosive material was planted in a motorcycle.", True),
        ("Police said that explosive material was found in a house last year.", False),
    ],
)
def test_a_passive_confirmation_or_the_weapon_refers_to_the_blast(seed_corpus, n, credit, covered):
    text = f"{MARKET.format(n=n)} {credit}"
    assert fires_on(fires(seed_corpus, text), n) is not covered, text
