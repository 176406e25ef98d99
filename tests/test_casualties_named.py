"""NL201: a credited neighbour that names as many people as were counted, each set off by an
aside or joined by "and", as the subject of what befell them, names the people counted and
covers the count ("Two civilians were killed … // Quoting residents, a police official said
that Sadiq, a vegetable vendor, and Maqsood, a medical technician, were hit by bullets …":
r11 hunt 041). Fewer or more names than the count, names with no casualty verb, or no source
leave the finding. Invented sentences and names only; the figures are small counts of two and
three, as the named people are.
"""

import itertools

import pytest

from .casualties_support import fires

COUNTS = [
    "Meanwhile, two civilians were killed in an attack on a police post in Bannu on Thursday.",
    "Two passers-by lost their lives when gunmen opened fire in Lakki Marwat.",
]
CREDITS = [
    "Quoting residents, a police official said that",
    "According to police, officials confirmed that",
    "The district police officer told reporters that",
]
NAMED = [
    "Sadiq, a vegetable vendor, and Maqsood, a medical technician, were hit by bullets while "
    "passing by the post.",
    "Gul Khan, a shopkeeper, and Zahid Ali were shot while riding a motorcycle.",
]
BREAKS = [" ", "\n\n"]


@pytest.mark.parametrize(
    ("count", "credit", "named", "brk"), itertools.product(COUNTS, CREDITS, NAMED, BREAKS)
)
def test_a_credited_naming_of_the_counted_covers_the_count(seed_corpus, count, credit, named, brk):
    text = count + brk + credit + " " + named
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "named",
    [
        # one name for two
        "Quoting residents, a police official said that Sadiq, a vegetable vendor, was hit by "
        "bullets.",
        # three names for two
        "Police said that Sadiq, a vendor, and Maqsood, a technician, and Gul Khan were shot.",
        # names with no casualty verb
        "Police said that Sadiq, a vegetable vendor, and Maqsood, a medical technician, were "
        "passing by the post.",
        # no source
        "Sadiq, a vegetable vendor, and Maqsood, a medical technician, were hit by bullets.",
    ],
)
def test_a_naming_that_is_not_of_the_counted_needs_the_counts_source(seed_corpus, named):
    text = COUNTS[0] + " " + named
    assert any("two" in f.lower().split() for f in fires(seed_corpus, text)), text
