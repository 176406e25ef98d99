"""NL201, round 24's casualties hunt (dev categories-casualties-r23-opened.yaml): a source that
says the people counted were all kin ("the victims were cousins", "siblings") tells who all of
them were, as "members of the same family" does, also when an event's noun names them ("the
firing victims", "the blast victims"); kin of the attackers, or most of the victims, do not.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Five men were killed when gunmen opened fire at a wedding in the valley on Friday. A "
        "police official said the victims were cousins.",
        "Five men were killed when gunmen opened fire at a wedding in the valley on Friday. A "
        "police official said the shooting victims were siblings.",
        "Four women were wounded when a grenade hit a house in the village. The local police "
        "chief said both the assailants and the blast victims were cousins.",
    ],
)
def test_a_source_saying_all_the_victims_were_kin_covers_the_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Five men were killed when gunmen opened fire at a wedding in the valley on Friday. A "
        "police official said the gunmen were cousins.",
        "Five men were killed when gunmen opened fire at a wedding in the valley on Friday. A "
        "police official said most of the shooting victims were cousins.",
    ],
)
def test_kin_of_others_or_of_some_of_them_credits_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
