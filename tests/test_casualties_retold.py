"""NL201: a next sentence whose source tells again the attack of the count's sentence, on what
that sentence names as attacked, covers the count ("Four persons died and six others sustained
injuries when two vehicles being escorted by police came under attack … Police sources said
the vehicles were on way … when it came under attack": dev news-r9-cc-026). Another attack,
another target, no source, or who the attacker was keep the finding; how the attacker struck
the place the count names ("According to police, the suicide attacker blew himself up in the
hall": dev news-cas-098) tells the same event and covers it since the round-12 policy
(tests/test_casualties_events.py). Invented sentences only.
"""

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNTS = [
    "{a} persons died and {b} others sustained injuries when two vehicles being escorted by "
    "police came under attack in Lower Kurram on Thursday.",
    "{a} passengers were killed when their bus came under fire near Parachinar.",
    "At least {a} people were killed after a convoy of trucks was ambushed in Kurram.",
    "{a} workers died when the van carrying them was attacked near Turbat.",
]
CREDITS = [
    "Police sources said the vehicles were on their way to Parachinar when they came under attack.",
    "Officials said the bus was on its way to Peshawar when it came under fire.",
    "According to police, the convoy was ambushed by gunmen on the main road.",
    "The deputy commissioner said the van was attacked as it left the camp.",
]


@pytest.mark.parametrize(("count", "credit"), zip(COUNTS, CREDITS, strict=True))
def test_a_source_retelling_the_attack_on_the_same_target_covers_the_count(
    seed_corpus, figures, count, credit
):
    for a in figures:
        text = f"{count.format(a=a, b=figures[0])} {credit}"
        assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    ("count", "credit"),
    [
        # the source tells another target's attack
        (COUNTS[1], "Officials said the checkpost was attacked an hour later."),
        # another attack on the same kind of target
        (COUNTS[0], "Police said the vehicles also came under attack in Hangu."),
        (COUNTS[2], "Police said another convoy was ambushed earlier in the week."),
        # the attack told again, by no one
        (COUNTS[3], "The van was attacked as it left the camp."),
        # the target named, but no attack told (who it carried does tell the people counted
        # since round 17: tests/test_casualties_passengers.py, dev news-r16-cc-023)
        (COUNTS[1], "Officials said the bus had been bought by the transport company last year."),
    ],
)
def test_a_retelling_of_something_else_keeps_the_finding(seed_corpus, figures, count, credit):
    a = figures[1]
    text = f"{count.format(a=a, b=figures[0])} {credit}"
    assert any(str(a) in f for f in fires(seed_corpus, text)), text


@pytest.mark.parametrize(
    ("credit", "covered"),
    [
        ("According to police, the suicide attacker blew himself up in the hall of the seminary.",
         True),
        ("Police said the bomber was an Afghan national.", False),
    ],
)  # fmt: skip
@pytest.mark.parametrize("count", ["{a} people were martyred in a suicide blast at a seminary."])
def test_how_an_attacker_struck_the_place_is_the_event_who_he_was_is_not(
    seed_corpus, figures, count, credit, covered
):
    a = figures[1]
    text = f"{count.format(a=a)} {credit}"
    assert (fires(seed_corpus, text) == []) is covered, text


def test_the_grid_reads_every_pair(seed_corpus, figures):
    """Each count of the grid fires alone (the coverage, not a misreading, silences it)."""
    for count in COUNTS:
        text = count.format(a=figures[1], b=figures[0])
        assert fires(seed_corpus, text) != [], text
