"""NL201: "shooting them dead" speaks of the people just counted: a credited next sentence
telling how "them" were killed covers the count ("… shot dead at least 14 passengers … They
… offloaded them before shooting them dead, police said.": r10 hunt 007, whose middle sentence
with numbers still ends the bridge there, as the documentation says). "them" found alive, or
a sentence with no source, keep the finding. Invented sentences only.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNTS = [
    "Gunmen in uniform shot dead at least {a} passengers on the coastal highway.",
    "At least {a} labourers were killed by gunmen near Turbat.",
    "{a} villagers were killed in the night raid.",
]
CREDITS = [
    "They checked the identity cards and offloaded them before shooting them dead, police said.",
    "Officials said the attackers lined them up and shot them dead.",
    "According to the levies, the gunmen left them dead by the roadside.",
]


@pytest.mark.parametrize(("count", "credit"), itertools.product(COUNTS, CREDITS))
def test_them_dead_in_a_credited_next_sentence_covers_the_count(
    seed_corpus, figures, count, credit
):
    text = f"{count.format(a=figures[1])} {credit}"
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # "them" alive, no source (past a middle sentence of the same event's counts, a
        # credit telling the shooting sources the count since round 12: test_casualties_events)
        "{a} labourers were killed by gunmen near Turbat. Police said they found them in a field.",
        "{a} labourers were killed by gunmen near Turbat. The attackers shot them dead.",
    ],
)
def test_them_that_does_not_reach_the_count_keeps_the_finding(seed_corpus, figures, text):
    found = fires(seed_corpus, text.format(a=figures[1]))
    assert any(str(figures[1]) in f for f in found), (text, found)
