"""NL201: "the number of <people> <casualty word>" is a toll whatever people it names (dev
news-r12-cc-056: "The number of terrorists killed was revised to nine later.", a revised toll
with no source), as "the number of people killed" and "the number of those killed" were.
Invented sentences only; the figures are the ledger's own tolls."""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


PEOPLE = ["terrorists killed", "Afghan civilians injured", "police officers injured",
          "soldiers martyred", "militants killed"]  # fmt: skip
VERBS = ["was revised to {a} later", "rose to {a}", "stood at {a}"]


@pytest.mark.parametrize(("people", "verb"), itertools.product(PEOPLE, VERBS))
def test_the_number_of_a_group_counted_is_a_toll(seed_corpus, figures, people, verb):
    text = f"The number of {people} {verb.format(a=figures[1])}."
    assert fires(seed_corpus, text), text


@pytest.mark.parametrize("people", PEOPLE)
def test_the_number_of_a_group_counted_with_a_source_is_attributed(seed_corpus, figures, people):
    text = f"The number of {people} was later revised to {figures[1]}, the ISPR said."
    assert fires(seed_corpus, text) == [], text


NOT_TOLLS = [
    "The number of refugees deported rose to {a}.",
    "The number of soldiers in the area rose to {a}.",
    "The number of lives lost rose to {a}.",
    "The number of new cases registered rose to {a}.",
    "The number of Afghan families returned stood at {a}.",
]


@pytest.mark.parametrize("text", NOT_TOLLS)
def test_the_number_of_people_not_counted_as_casualties_is_no_toll(seed_corpus, figures, text):
    text = text.format(a=figures[1])
    assert fires(seed_corpus, text) == [], text
