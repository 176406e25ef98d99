"""NL201: a hyphenated name inside an "including" aside is one item of the breakdown, its
hyphens and joins no words of their own ("eight militants, including a senior commander of the
banned Lashkar-e-Islam group, were killed": r10 hunt 098, a count the reader lost). Invented
sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


GROUPS = ["Lashkar-e-Islam", "Tehreek-i-Taliban Pakistan", "Jamaat-ul-Ahrar", "Lashkar-e-Jhangvi"]
COUNTS = [
    "{a} militants, including a senior commander of the banned {g} group, were killed during "
    "clashes in Tirah.",
    "At least {a} terrorists, including two key commanders of the proscribed {g}, died in the "
    "operation.",
]


@pytest.mark.parametrize(("group", "count"), itertools.product(GROUPS, COUNTS))
def test_a_hyphenated_name_in_an_aside_keeps_the_count(seed_corpus, figures, group, count):
    a = figures[1]
    text = count.format(a=a, g=group)
    assert any(str(a) in f for f in fires(seed_corpus, text)), text


@pytest.mark.parametrize(("group", "count"), itertools.product(GROUPS[:2], COUNTS))
def test_the_same_count_credited_stays_silent(seed_corpus, figures, group, count):
    text = count.format(a=figures[1], g=group).rstrip(".") + ", police said."
    assert fires(seed_corpus, text) == [], text
