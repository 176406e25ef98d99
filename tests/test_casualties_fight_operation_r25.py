"""NL201, round 25's casualties hunt (r24-opened cc-012): soldiers or militants counted as
fallen in a fight (an exchange of fire, a gunfight, an encounter) that the count's sentence
tells as no attack fell in an operation, which a credited sentence conducting it tells ("the
ISPR said security forces conducted an IBO in the area"). After an attack, or a count of
people of neither side, or a search operation, the operation is the response.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were martyred in a fierce gunfight with militants in the Datta Khel "
        "area on Sunday. The military's media wing said troops had launched an "
        "intelligence-based operation in Datta Khel after reports of a hideout.",
        "Four terrorists were killed in an encounter near the border town overnight. "
        "According to officials, security forces carried out an operation near the border "
        "town.",
    ],
)
def test_an_operation_tells_the_forces_fight(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were martyred in an exchange of fire after terrorists attacked a check "
        "post in the district. According to officials, security forces launched an operation "
        "in the district.",
        "Three tribesmen were killed in clashes between two clans over land in the valley. "
        "Police said security forces conducted an operation in the valley.",
        "Two soldiers were martyred in a fierce gunfight with militants in the Datta Khel "
        "area on Sunday. The military's media wing said troops launched a search operation in "
        "Datta Khel.",
    ],
)
def test_a_response_to_an_attack_or_a_clash_credits_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
