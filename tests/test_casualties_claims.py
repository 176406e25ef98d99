"""NL201 and round 8's hunt on fresh news: who is credited, and which number is the count.

Each class is tested with invented sentences (never a passage of the news sets): paraphrases
that must keep their judgment, and clean look-alikes that must keep the other one.
"""

import pytest

from .casualties_support import fires

# ---------------------------------------------------------------------------------------------
# A party claiming its own toll: "claims to have killed", "claimed its troops killed"


@pytest.mark.parametrize(
    "text",
    [
        "The army claims to have killed 40 militants near the border.",
        "The Taliban claimed to have killed 58 Pakistani soldiers in the overnight clashes.",
        "Islamabad claims to have eliminated 35 fighters since the operation began.",
        "The army claimed its troops killed 133 fighters in the clashes.",
        "Pakistan claimed its military eliminated 133 Taliban members and wounded hundreds.",
        "The rebels claimed their fighters shot dead 17 soldiers at the checkpoint.",
        "Kabul claimed its border forces neutralised 20 attackers overnight.",
    ],
)
def test_a_party_claiming_its_own_toll_is_credited(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # responsibility for an attack is no toll
        (
            "The group claims to have carried out the attack that killed 12 people.",
            "killed 12 people",
        ),
        # an event "claiming" victims names no source
        (
            "The flood claimed its first victims in the valley, where 14 people drowned.",
            "14 people drowned",
        ),
        (
            "The blast claimed their lives and injured 20 others.",
            "injured 20 others",
        ),
        (
            "The attack, which claimed its heaviest toll in the market, killed 25 people.",
            "killed 25 people",
        ),
    ],
)
def test_a_claim_of_no_toll_credits_nothing(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)
