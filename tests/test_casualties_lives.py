"""NL201: two shapes of dev news-r10-cc-025 ("security forces … conducted operations …,
resulting in the elimination of 27 terrorists. Unfortunately, 23 soldiers of the Pakistan Army
lost their lives …") that the reader did not see as counts: "the elimination (neutralisation)
of <N> <people>" counts the dead as "the loss of" does, and the words of "lost (sacrificed)
their lives" are the predicate's, not words of a long subject ("soldiers of the Pakistan
Army"). Unattributed, both are findings; credited, or counting no people ("the elimination of
five hideouts"), they are not. Invented sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


SUBJECTS = [
    "{t} soldiers of the Pakistan Army",
    "{t} policemen of the Counter Terrorism Department",
    "Unfortunately, {t} personnel of the Frontier Corps",
]
PREDICATES = ["lost their lives", "sacrificed their lives", "lost their lives in Kurram"]
ELIMINATIONS = [
    "Security forces conducted operations in Tank, resulting in the elimination of {t} terrorists.",
    "The raid led to the neutralisation of {t} militants in Bajaur.",
    "The three-day operation in Khyber ended with the elimination of {t} terrorists.",
]


@pytest.mark.parametrize(("subject", "predicate"), itertools.product(SUBJECTS, PREDICATES))
def test_a_long_subject_that_lost_their_lives_is_a_count(seed_corpus, figures, subject, predicate):
    t = figures[1]
    text = f"{subject.format(t=t)} {predicate}."
    assert any(str(t) in f.split() for f in fires(seed_corpus, text)), text


@pytest.mark.parametrize(("subject", "predicate"), itertools.product(SUBJECTS, PREDICATES))
def test_a_credited_long_subject_is_attributed(seed_corpus, figures, subject, predicate):
    t = figures[1]
    text = f"{subject.format(t=t)} {predicate}, the ISPR said."
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize("text", ELIMINATIONS)
def test_the_elimination_of_people_is_a_count(seed_corpus, figures, text):
    t = figures[1]
    text = text.format(t=t)
    assert any(str(t) in f.split() for f in fires(seed_corpus, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Police said the raid ended with the elimination of {t} terrorists.",
        "The operation led to the elimination of {t} hideouts.",
        "The plan calls for the elimination of {t} checkposts along the border.",
    ],
)
def test_a_credited_elimination_or_one_of_things_is_no_finding(seed_corpus, figures, text):
    t = figures[1]
    text = text.format(t=t)
    assert fires(seed_corpus, text) == [], text


SACRIFICES = [
    "paid the ultimate sacrifice",
    "made the ultimate sacrifice",
    "paid the ultimate price",
]
SACRIFICE_SUBJECTS = [
    "{t} brave sons of soil",
    "{t} soldiers, having fought gallantly,",
    "During intense exchange of fire, {t} personnel of the Frontier Corps",
]


@pytest.mark.parametrize(
    ("subject", "predicate"), itertools.product(SACRIFICE_SUBJECTS, SACRIFICES)
)
def test_the_ultimate_sacrifice_is_a_count(seed_corpus, figures, subject, predicate):
    """r11 hunt 015: "six brave sons of soil, having fought gallantly, paid the ultimate
    sacrifice and embraced shahadat" (the coordinated second predicate was never reached)."""
    t = figures[1]
    text = f"{subject.format(t=t)} {predicate} and embraced shahadat."
    assert any(str(t) in f.split() for f in fires(seed_corpus, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "{t} soldiers paid the ultimate sacrifice in Kurram, the ISPR said.",
        "Pakistan paid the ultimate price in {t} years of war.",
        "The nation made the ultimate sacrifice, the minister said on {t} occasions.",
    ],
)
def test_a_credited_or_countless_sacrifice_is_no_finding(seed_corpus, figures, text):
    t = figures[1]
    text = text.format(t=t)
    assert fires(seed_corpus, text) == [], text
