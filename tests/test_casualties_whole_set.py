"""NL201: a credited next sentence that tells who all the people counted were ("A Kandahar
official said all of the victims were people who had gathered there to collect their monthly
salaries": dev news-r12-cc-032) refers back to the whole count, as "the dead included
children" and naming them all do; who some of them were ("most of the victims were police")
does not. Invented sentences only; the figures are the ledger's own tolls."""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNTS = [
    "The bombing at a bank in Kandahar killed {a} people and wounded {b} others.",
    "At least {a} people were killed in a blast at a market in Quetta.",
    "A suicide attack on a bus in Peshawar left {a} dead.",
]
WHOLE = [
    "A Kandahar official said all of the victims were people who had gathered to collect "
    "their salaries.",
    "Police said all the victims were employees of the bank.",
    "According to the police, the dead were all members of one family.",
    "Police said the dead were all passengers of the bus.",
    "Officials said those killed were all from the same district.",
]


@pytest.mark.parametrize(("count", "credit"), itertools.product(COUNTS, WHOLE))
def test_a_source_telling_who_all_of_them_were_covers_the_count(
    seed_corpus, figures, count, credit
):
    text = f"{count.format(a=figures[1], b=figures[0])} {credit}"
    assert fires(seed_corpus, text) == [], text


SOME = [
    "Police said most of the victims were police officers.",
    "All of the victims were employees of the bank.",
    "Police said all of the victims deserved justice.",
    "Police said some of the dead were children.",
]


@pytest.mark.parametrize(("count", "after"), itertools.product(COUNTS, SOME))
def test_who_some_were_or_an_uncredited_or_other_remark_covers_nothing(
    seed_corpus, figures, count, after
):
    text = f"{count.format(a=figures[1], b=figures[0])} {after}"
    assert fires(seed_corpus, text), text
