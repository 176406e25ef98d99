"""NL201 (found probing stored pages): a sentence that opens by placing the event before it
("The incident occurred in the X area of Y district, where three boys and a girl were hurt")
names that event's place, not one of its own, so its breakdown stays with the credited count
before it; and a source telling actively that the injured were taken to hospital ("residents
took the injured to the hospital, sources said") speaks of the injured counted, as the passive
does.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

LEAD = (
    "At least five children were injured on Tuesday when a quadcopter dropped a bomb on a "
    "house, according to police."
)


def test_a_breakdown_in_the_sentence_placing_the_event_is_credited(seed_corpus):
    text = (
        f"{LEAD} The incident occurred in the Sarband area of Kurram district, where four boys "
        "and a girl were hurt."
    )
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("follow", "excerpt"),
    [
        # a place of its own, not the event's
        ("In the Sarband area of Kurram district, four boys and a girl were hurt.", "four boys"),
        # another event placed
        (
            "Another incident occurred in the Sarband area of Kurram, where four boys were hurt.",
            "four boys",
        ),
    ],
)
def test_a_count_with_a_place_of_its_own_still_needs_a_source(seed_corpus, follow, excerpt):
    assert any(excerpt in f for f in fires(seed_corpus, f"{LEAD} {follow}"))


@pytest.mark.parametrize(
    "credit",
    [
        "Residents took the injured to the district hospital, sources said.",
        "Police said rescuers shifted the injured to a hospital in Bannu.",
    ],
)
def test_an_active_transfer_of_the_injured_credits_their_count(seed_corpus, credit):
    toll = "A drone strike hit a house in the village on Monday, injuring six others."
    assert fires(seed_corpus, f"{toll} {credit}") == []


def test_an_active_transfer_without_hospital_credits_nothing(seed_corpus):
    toll = "A drone strike hit a house in the village on Monday, injuring six others."
    credit = "Police said residents took the injured home."
    assert "injuring six others" in fires(seed_corpus, f"{toll} {credit}")
