"""NL201: a sentence that opens with an ordinal of an incident ("The second operation …", "In
the third attack, …") tells one incident of the series whose attributed total a few sentences
before counts over its plural, and its count, no larger than that total and with no time,
increment or source of its own, is a part of it (r10 hunt 137). Invented sentences only; the
figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


TOTALS = [
    "A series of security operations across Khyber Pakhtunkhwa led to the death of {t} "
    "terrorists, as stated by the ISPR.",
    "Police said {t} people were killed in three attacks in Balochistan.",
    "According to officials, {t} militants were killed in raids in North Waziristan.",
]
MIDDLES = ["", " The first {noun} took place in the Jani Khel area of Bannu."]
PARTS = [
    "The second {noun} occurred in Datta Khel, where a firefight led to the deaths of {a} "
    "terrorists.",
    "In the third {noun}, {a} people lost their lives near Kalat.",
]
NOUNS = {0: "operation", 1: "attack", 2: "raid"}


@pytest.mark.parametrize(
    ("total", "middle", "part"),
    itertools.product(range(len(TOTALS)), MIDDLES, PARTS),
)
def test_a_numbered_incident_is_a_part_of_its_series(seed_corpus, figures, total, middle, part):
    a, t = figures[0], figures[2]
    noun = NOUNS[total]
    text = TOTALS[total].format(t=t) + middle.format(noun=noun) + " " + part.format(noun=noun, a=a)
    assert not any(str(a) in f for f in fires(seed_corpus, text)), text


@pytest.mark.parametrize(
    "text",
    [
        # no series: the total counts a single blast
        "Police said {t} people were killed in the blast. The second attack, in Kalat, left "
        "{a} people dead.",
        # a count larger than the total
        "Police said {a} people were killed in three attacks. The first attack took place in "
        "Bannu. The second attack killed {t} people.",
        # a time or an increment of its own
        "Police said {t} people were killed in three attacks. The second attack on Monday "
        "killed {a} people.",
        "Police said {t} people were killed in three attacks. The second attack killed {a} "
        "more people.",
        # a series of another noun; no source for the total
        "Police said {t} people were killed in three blasts. The first blast took place in "
        "Bannu. The second operation killed {a} militants.",
        "{t} people were killed in three attacks. The second attack killed {a} people.",
    ],
)
def test_a_numbered_incident_outside_an_attributed_series_needs_its_source(
    seed_corpus, figures, text
):
    a, t = figures[0], figures[2]
    part = t if "second attack killed {t}" in text else a
    found = fires(seed_corpus, text.format(a=a, t=t))
    assert any(str(part) in f.split() for f in found), (text, found)
