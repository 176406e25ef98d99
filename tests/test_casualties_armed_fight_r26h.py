"""NL201, round 26 casualties hunt (dev news-r26-hc-040, a clash in Tandojam): a credited
sentence after a fight's count that tells the fight by the arms its sides bore ("According to
the police, both sides were armed with axes and batons during the fight") tells the count's
event, as "Both sides used heavy weapons" does, and sources it
(:mod:`narrlint.claims.counts_armed`).

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Three men were hurt in a brawl between two families in Sukkur on Sunday. Police said"
        " the rival families were armed with sticks and knives during the brawl.",
        "Seven people were wounded in a clash between two clans near Jacobabad. According to"
        " the SHO, both sides had been armed with iron rods.",
        "Four men were injured in an armed clash over a plot in Gujrat. The two sides were"
        " armed with pistols and clubs, a police official said.",
    ],
)
def test_credited_arms_of_the_fight_source_its_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the arms told with no credit
        "Three men were hurt in a brawl between two families in Sukkur on Sunday. The rival"
        " families were armed with sticks and knives during the brawl.",
        # no arms: banners are not weapons
        "Two people were injured in a clash in Quetta on Monday. Police said both sides were"
        " armed with banners and placards.",
        # another incident, another time
        "Five persons were injured in a clash in Hala on Friday. Police said robbers were armed"
        " with pistols in another incident last year.",
        # negated: no arms borne
        "Four people were injured in a clash between two tribes near Mardan. Police said both"
        " sides were not armed with weapons.",
        # attributive: men armed with clubs, who did nothing of the clash
        "Four people were injured in a clash between two tribes near Mardan. Police said men"
        " armed with clubs later gathered outside the hospital.",
    ],
)
def test_uncredited_or_other_arms_stay_reported(seed_corpus, text):
    assert len(fires(seed_corpus, text)) == 1
