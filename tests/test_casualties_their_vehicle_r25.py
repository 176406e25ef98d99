"""NL201, round 25's casualties hunt (r24-opened cc-005): a credited sentence telling that the
counted people's own vehicle ("their mobile", "their van") came under an attack ("a sudden
ambush", "heavy gunfire") tells again the attack on the vehicle the count's sentence names.
A place, another vehicle, or an attack added with "also" does not.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Three policemen were killed when gunmen opened fire on a police patrol car on the "
        "highway on Friday. According to police, an inspector was escorting two constables "
        "home when their mobile came under a sudden ambush.",
        "Two levies men were martyred when militants fired on a levies vehicle near the "
        "market. Officials said the inspector and his guard were returning from court when "
        "their vehicle came under heavy gunfire.",
    ],
)
def test_their_own_vehicle_coming_under_attack_tells_the_attack(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Four levies men were killed when militants opened fire on their vehicle in the "
        "district. Officials said the checkpoint came under a sudden ambush.",
        "Four levies men were killed when militants opened fire on their vehicle in the "
        "district. Officials said a second vehicle came under attack later.",
        "Four levies men were killed when militants opened fire on their vehicle in the "
        "district. Officials said their convoy also came under attack near the bridge.",
    ],
)
def test_another_target_or_an_added_attack_credits_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
