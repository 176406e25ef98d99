"""NL201: "both sides" ("the two sides") in a credited sentence after a count of a fight names
the fight's parties as "the clash" names the fight, and a credited account of what they did
tells the count's event (round 18's classes left: "both sides used …"). Look-alikes keep the
finding: a count of a blast (no sides), no credit, another or a future fight.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


CLASH = "{n} soldiers were martyred in a clash with border forces at the Tirah post on Sunday."
BLAST = "{n} soldiers were martyred in a blast at the Tirah post on Sunday."
CREDITS = [
    "Both sides used heavy weapons, officials said.",
    "Officials said the two sides used artillery and mortars.",
]
LOOK_ALIKES = [
    (BLAST, CREDITS[0]),
    (CLASH, "Both sides used heavy weapons."),
    (CLASH, "Officials said both sides had also used heavy weapons in an earlier clash."),
    (CLASH, "Officials said both sides would use heavy weapons."),
]


@pytest.mark.parametrize("credit", CREDITS)
def test_both_sides_of_the_fight_credited_source_its_count(seed_corpus, figures, credit):
    for n in figures:
        text = f"{CLASH.format(n=n)} {credit}"
        assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(("count", "other"), LOOK_ALIKES)
def test_no_fight_no_credit_or_another_fight_keeps_the_finding(seed_corpus, figures, count, other):
    for n in figures:
        text = f"{count.format(n=n)} {other}"
        assert fires_on(fires(seed_corpus, text), n), text
