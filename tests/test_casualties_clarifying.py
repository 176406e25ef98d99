"""NL201: a source that "clarified" or "elaborated" that people were killed or injured reports
the count, as one that "explained" it does, in the first that-clause or in a second one joined
by "and that" ("Shahi clarified that the higher number was because of double entries …, and
that the number of the injured was approximately 50": r11 hunt 053). A clarification with no
one clarifying ("It was clarified that …", "the rules were clarified") names no source.
Invented sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


SPEAKERS = ["Shahi", "The district health officer", "A police spokesman in Quetta", "He"]
VERBS = ["clarified", "elaborated"]
CLAUSES = [
    "that {t} people were injured in the blast",
    "that the higher number was because of double entries from two hospitals, and that the "
    "number of the injured was approximately {t}",
    "that {t} people had lost their lives in the attack",
]


@pytest.mark.parametrize(
    ("speaker", "verb", "clause"), itertools.product(SPEAKERS, VERBS, range(len(CLAUSES)))
)
def test_a_named_source_that_clarifies_reports_the_count(
    seed_corpus, figures, speaker, verb, clause
):
    t = figures[1]
    text = f"{speaker} {verb} " + CLAUSES[clause].format(t=t) + "."
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize("verb", VERBS)
def test_a_closing_clarification_credits_the_count(seed_corpus, figures, verb):
    t = figures[1]
    text = (
        f"Approximately {t} people were injured in the blast, the district health officer {verb}."
    )
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "It was clarified that {t} people were killed in the blast.",
        "The rules were clarified after {t} people were killed in the blast.",
        "The minister elaborated on the plan. {t} people were killed in the blast.",
    ],
)
def test_a_clarification_with_no_source_attributes_nothing(seed_corpus, figures, text):
    t = figures[1]
    text = text.format(t=t)
    assert any(str(t) in f.split() for f in fires(seed_corpus, text)), text
