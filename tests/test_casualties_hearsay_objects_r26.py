"""NL201, round 26 (dev r25-ob-033, "the earthquake that claimed reportedly more than 2000
lives"): two reading gaps of an object count.

* An adverb of hearsay between the verb and its count ("killed reportedly 20 people",
  "claimed reportedly more than 300 lives") names no source: the count is the verb's object
  as without it, and "claimed" stays the verb of a toll, not a party's claim.
* A count written as a year can be ("2000", "1950") is a count when a hedge or a verb of
  killing stands before it and the people it counts after it ("more than 2000 lives",
  "killed 1950 people"); a year stays a year ("in 2005 people fled", "since 2001 people").

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The cyclone killed reportedly 40 people along the coast on Monday.", "40"),
        ("The landslide claimed reportedly more than 300 lives in the valley.", "300"),
        ("A heatwave claimed more than 2000 lives across the province last month.", "2000"),
        ("The floods killed nearly 1950 people in the lowlands in August.", "1950"),
        ("The epidemic left over 2000 people dead in the camps.", "2000"),
    ],
)
def test_hearsay_and_year_shaped_counts_are_read(seed_corpus, text, figure):
    found = fires(seed_corpus, text)
    assert len(found) == 1 and figure in found[0].split()


@pytest.mark.parametrize(
    "text",
    [
        # the same counts with a source
        "The cyclone killed reportedly 40 people along the coast on Monday, officials said.",
        "A heatwave claimed more than 2000 lives across the province last month, the health"
        " department said.",
        # years before people, not counts
        "In 2005 people fled the valley after the earthquake.",
        "Since 2001 people in the district have lived with the threat of floods.",
        "The quake of 2005 destroyed thousands of homes in the valley.",
        # a party's claim with a hearsay adverb names no toll of lives
        "The group claimed reportedly that it had carried out the attack.",
    ],
)
def test_sourced_counts_and_years_stay_silent(seed_corpus, text):
    assert fires(seed_corpus, text) == []
