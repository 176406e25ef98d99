"""NL201, round 23's casualties false-alarm hunt (dev hunt-casualties-r23.yaml, hc-060): a
credited sentence that tells who all of the people counted were, naming them by the count's own
noun ("Police sources said that the militants belonged to a banned faction" after "14 militants
were killed"), speaks of the count, as "the victims belonged to …" does; the same sentence
about other people ("the attackers belonged to …" after a count of guards) does not.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "credit",
    [
        "Police sources said that the militants belonged to a banned faction.",
        "According to the CTD, the militants hailed from the tribal belt.",
    ],
)
def test_who_all_of_them_were_by_their_own_noun(seed_corpus, credit):
    text = f"Troops shelled the hideout, due to which 14 militants were killed. {credit}"
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "credit",
    [
        "Police sources said that the attackers belonged to a banned faction.",
        "Police sources said that most of the guards belonged to the tribal belt.",
    ],
)
def test_who_other_people_or_some_were_tells_nothing(seed_corpus, credit):
    text = f"Gunmen stormed the bank, due to which 14 guards were killed. {credit}"
    assert fires(seed_corpus, text) != []
