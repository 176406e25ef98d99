"""NL201: a number before an active "left"/"leaving" with an object of its own is the subject
of the leaving ("clashes between the two sides left dozens dead"), not a count of the dead:
the dead are the object, and a vague object ("dozens", "scores", "several people") is never
a finding (r11 hunt 148). A figure as the object is still a count, and so is a number whose
"left" is the casualty word's auxiliary ("three left injured", "were left dead").
Invented sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


SUBJECTS = [
    "Days of fierce clashes between the two sides",
    "The three blasts in Quetta",
    "Two attacks on checkposts in Bannu",
]
VERBS = [" left ", ", leaving "]
VAGUE = ["dozens dead", "scores of people injured", "several soldiers dead", "many people wounded"]


@pytest.mark.parametrize(("subject", "verb", "vague"), itertools.product(SUBJECTS, VERBS, VAGUE))
def test_a_number_that_leaves_a_vague_toll_is_no_count(seed_corpus, subject, verb, vague):
    text = f"{subject}{verb}{vague}."
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(("subject", "verb"), itertools.product(SUBJECTS, VERBS))
def test_a_figure_left_dead_is_still_a_count(seed_corpus, figures, subject, verb):
    t = figures[1]
    text = f"{subject}{verb}{t} people dead."
    assert any(str(t) in f.split() for f in fires(seed_corpus, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed and {t} left injured in the blast.",
        "{t} policemen were left injured after the attack.",
        "{t} soldiers were left dead after the ambush in Kurram.",
    ],
)
def test_left_as_the_casualty_words_auxiliary_keeps_the_count(seed_corpus, figures, text):
    t = figures[1]
    text = text.format(t=t)
    assert any(str(t) in f.split() for f in fires(seed_corpus, text)), text
