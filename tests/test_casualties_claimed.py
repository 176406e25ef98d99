"""NL201 on what a "claim" gives (round 14's opened split): a group claiming attacks takes
responsibility and gives no toll; a named source's "claims of" a toll is its credit.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "The banned group has claimed several deadly assaults in the province, including "
            "those that killed over 15 policemen this month.",
            "killed over 15 policemen",
        ),
        (
            "The outfit claimed two bombings on Friday, which killed nine worshippers.",
            "killed nine worshippers",
        ),
        (
            "Militants claimed multiple suicide attacks that left 30 soldiers dead.",
            "left 30 soldiers dead",
        ),
    ],
)
def test_claiming_attacks_is_no_source_of_their_toll(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)


@pytest.mark.parametrize(
    "text",
    [
        # a claimed toll, not claimed attacks: the party's own count
        "The Taliban claimed their fighters killed 40 soldiers in the attacks.",
        "The army claims to have killed 40 militants in two raids.",
        # attacks as the subject of the claimed clause: a claimed toll
        "The spokesman claimed air strikes killed four women and two children in the valley.",
        "The group claimed attacks left 40 soldiers dead at the border.",
        # a named source's noun "claims of" a toll
        "Kabul officials countered with claims of 40 soldiers killed in the night raids.",
        "The Taliban made claims of 40 soldiers killed in the border clashes.",
        "The militants' spokesman's claims of 40 soldiers killed could not be verified.",
    ],
)
def test_a_party_claiming_a_toll_is_its_source(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("There were claims of 40 soldiers killed in the border clashes.", "40 soldiers killed"),
        (
            "Amid claims of 40 soldiers killed in the clashes, the crossing stayed shut.",
            "40 soldiers killed",
        ),
    ],
)
def test_claims_of_no_one_named_credit_nothing(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)
