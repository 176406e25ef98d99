"""NL201: a count's subject may name its people with a name of several words, and its verb
may take a chain of auxiliaries ("were suspected to have been killed"): the name is one word of
the subject and the auxiliaries are the verb's, so neither pushes the casualty word out of the
number's reach (round 15 blind: a toll of fighters of two named groups was not read; a count of
victims "from <District> in <Province>" was not read, so the injury count after the credited
account had nothing to complement).

Invented sentences (never a passage of the news sets).
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "Between 20 and 25 Daesh Khorasan and Jamaat Ul Ahrar militants were believed to "
            "have been killed.",
            "25 Daesh Khorasan",
        ),
        (
            "As many as 40 Lashkar Jhangvi fighters were suspected to have been killed in the "
            "raid.",
            "40 Lashkar Jhangvi fighters",
        ),
        ("Some 12 militants were understood to have been killed in the raid.", "12 militants"),
        (
            "Nine others from Urgun District in Paktika Province were killed in the strike.",
            "Nine others",
        ),
    ],
)
def test_long_names_and_auxiliary_chains_keep_the_count(seed_corpus, text, excerpt):
    assert any(excerpt in found for found in fires(seed_corpus, text))


def test_a_credited_victims_count_with_a_long_place_name_covers_the_next_sentence(seed_corpus):
    text = (
        'In a statement, the provincial board said it was "shocked" by the deaths of its '
        "members -- Asad and Bilal -- who, along with four others from Lakki Marwat District "
        "in Khyber Pakhtunkhwa Province, were killed when gunmen opened fire on their van. Six "
        "others were injured in the incident."
    )
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a number far from a casualty word: another verb ends the subject
        "Twelve members of the Khyber Pakhtunkhwa Assembly Standing Committee on Health "
        "visited the ward where the injured were treated.",
        # a headline capitalises every word: no name run to stretch the reach
        "Twelve Members Of Provincial Assembly Health Standing Committee Visit Hospital Ward "
        "Where Injured Were Treated",
        # an auxiliary chain with no casualty word
        "Some 30 families were understood to have been moved to the camp.",
    ],
)
def test_no_count_is_read_without_its_casualty_word(seed_corpus, text):
    assert fires(seed_corpus, text) == []
