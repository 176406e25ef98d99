"""NL201, round 26 second wave (dev news-r26-hc-043, a brawl over a wall): "The police shifted
five injured to the hospital" counts five injured; a casualty word right after its number and
followed by "to" is where they were taken ("injured to the hospital"), not an active verb with
an object ("five gunmen injured the guards"). Those who moved the injured did something to the
counted people and give no figure, as "Rescuers recovered 40 bodies" names no source (NL201's
documentation), so the count is reported; the same move credited, or "the five injured" (a
known group), stays silent, and an active verb's agents ("Twelve militants injured …") are still
no count.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Rescue workers moved six wounded to a nearby clinic after the roof caved in.",
        "Villagers carried three injured to the district hospital on charpoys.",
    ],
)
def test_a_count_taken_to_hospital_is_read(seed_corpus, text):
    assert len(fires(seed_corpus, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Rescue officials said they moved six wounded to a nearby clinic.",
        "Six wounded were moved to a nearby clinic, a rescue spokesman said.",
        "Villagers carried the three injured to the district hospital.",
        "Two gunmen injured the guard before fleeing on a motorcycle.",
    ],
)
def test_credited_or_known_injured_stay_silent(seed_corpus, text):
    assert fires(seed_corpus, text) == []
