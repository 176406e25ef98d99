"""NL201, round 26 (dev r25-cc-028: "... two constables were martyred when militants ...
targeted the Sarband police station ... Officials said the militants, equipped with advanced
weapons, ... carried out a ‘coordinated’ attack"): a credited next sentence whose attackers
"carried out a (coordinated) attack" tells the count's event, as "the militants attacked the
post" does; the passive "the attack was carried out with heavy weapons" was read already.
Not another attack ("carried out another attack", "a second attack"), not a force's
operation ("carried out an operation"), not attacks in general ("in carrying out attacks",
dev r8-cc-047 keeps its finding), nor who did it ("was carried out by", "the TTP carried out
a suicide attack", "... carried out the attack": the doers must be the attackers the count's
story names, the attack told anew).

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Three policemen were martyred when gunmen stormed a checkpost near the river on Monday"
        " night. Police said the gunmen, armed with rifles and grenades, carried out a"
        " ‘well-planned’ attack.",
        "Four guards were killed when insurgents hit a border post in the hills. A senior"
        " official said the insurgents carried out a coordinated assault from two sides.",
    ],
)
def test_carried_out_attack_tells_the_event(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # another attack
        "Three policemen were martyred when gunmen stormed a checkpost near the river on Monday"
        " night. Police said the gunmen carried out another attack on a school.",
        # a force's operation, not the attack
        "Three policemen were martyred when gunmen stormed a checkpost near the river on Monday"
        " night. Police said security forces carried out a search operation in the area.",
        # attacks in general, not one told ("in carrying out attacks")
        "Three policemen were martyred when gunmen stormed a checkpost near the river on Monday"
        " night. Police said the gunmen had a long record of carrying out attacks in the area.",
        # who did it: a named group, or the attack identified by "the"
        "Three policemen were martyred when gunmen stormed a checkpost near the river on Monday"
        " night. Police said a banned outfit carried out the attack.",
        "Three policemen were martyred when gunmen stormed a checkpost near the river on Monday"
        " night. Police said the TTP carried out a suicide attack.",
        # not carried out: something else
        "Three policemen were martyred when gunmen stormed a checkpost near the river on Monday"
        " night. Police said the gunmen carried out the orders of their commander.",
    ],
)
def test_other_things_carried_out_credit_nothing(seed_corpus, text):
    assert len(fires(seed_corpus, text)) == 1
