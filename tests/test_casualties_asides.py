"""NL201: a reporting verb in the writer's own impersonal aside names no source ("It's worth
mentioning here that at least six police officials were martyred and 27 wounded": r10 hunt
104, a miss), while a source named before the aside, or inside the clause it opens, still
credits the count. Invented sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


ASIDES = [
    "It's worth mentioning here that",
    "It is worth noting that",
    "It is pertinent to mention here that",
    "It is also important to note that",
    "It bears mentioning that",
]
COUNTS = [
    "at least {a} policemen were martyred in a bomb explosion in Bajaur.",
    "{a} soldiers lost their lives in the attack on the convoy.",
    "militants killed {a} passengers on the highway last year.",
]


@pytest.mark.parametrize(("aside", "count"), itertools.product(ASIDES, COUNTS))
def test_a_writers_aside_credits_no_one(seed_corpus, figures, aside, count):
    text = f"{aside} {count.format(a=figures[1])}"
    found = fires(seed_corpus, text)
    assert any(str(figures[1]) in f for f in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # the source is named before the aside, or inside the clause the aside opens
        "The DPO said it was worth mentioning that {a} policemen were martyred in the attack.",
        "Police, it is worth noting, said {a} people were killed in the blast.",
        "It is worth mentioning that, according to police, {a} people were killed.",
        "It is pertinent to mention that the ISPR said {a} soldiers were martyred.",
        # a person mentions or notes: a reporting verb of its own
        "The police chief mentioned that {a} people were killed in the blast.",
        "Officials found it important to note that {a} people were killed in the blast.",
    ],
)
def test_a_source_beside_the_aside_still_credits(seed_corpus, figures, text):
    assert fires(seed_corpus, text.format(a=figures[1])) == [], text
