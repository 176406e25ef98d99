"""NL201: a count that adds ("also") people of a group of its own after an attributed count of
another group is more of the same report (dev news-r12-cc-015: "…, five soldiers were also
martyred …, the military's media wing said. As many as thirteen civilians were also martyred
…"). Invented sentences only; the figures are the ledger's own tolls.

It must not reach a count of the same group or of no group ("Three more soldiers were also
killed", "Thirteen people were also killed"), nor one with a time, a place or an incident of
its own, nor a new total.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


ATTRIBUTED = [
    "{a} soldiers were martyred in the exchange of fire, the military's media wing said.",
    "Police said {a} policemen were killed when militants stormed the station.",
    "According to the ISPR, {a} troops embraced martyrdom in the attack on the camp.",
]
ADDED = [
    "As many as {b} civilians were also martyred as a result of the suicide blasts.",
    "{b} passersby were also killed in the crossfire.",
    "{b} children were also injured during the clash.",
]


@pytest.mark.parametrize(("first", "then"), itertools.product(ATTRIBUTED, ADDED))
def test_an_added_group_shares_the_source_of_the_count_before(seed_corpus, figures, first, then):
    text = f"{first.format(a=figures[0])} {then.format(b=figures[1])}"
    assert fires(seed_corpus, text) == [], text


NOT_ADDED = [
    "{b} civilians were also killed in Bannu on Monday.",
    "In another attack, {b} civilians were also killed.",
    "{b} people were also killed.",
    "{b} more soldiers were also martyred.",
    "{b} civilians were killed in the crossfire.",
]


@pytest.mark.parametrize(("first", "then"), itertools.product(ATTRIBUTED[:2], NOT_ADDED))
def test_an_added_count_of_its_own_time_place_or_group_keeps_nl201(
    seed_corpus, figures, first, then
):
    text = f"{first.format(a=figures[0])} {then.format(b=figures[1])}"
    assert fires(seed_corpus, text), text
