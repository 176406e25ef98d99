"""NL201: "the bodies of <N>" with no noun after the number counts people ("While four were
pulled to safety, the bodies of five have been recovered": dev news-r11-cc-069), as "the
bodies of <N> miners" does; with a noun of other things ("the bodies of 40 cattle") it counts
no one, and the count is reported like any other.
Invented sentences only; the figures are the ledger's.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def n(seed_corpus) -> int:
    return ledger_tolls(seed_corpus)[1]


@pytest.mark.parametrize(
    "text",
    [
        "While four people were pulled to safety, the bodies of {n} have been recovered.",
        "The search went on after the bodies of {n} were pulled from the river.",
    ],
)
def test_the_bodies_of_a_bare_number_are_a_count(seed_corpus, n, text):
    text = text.format(n=n)
    assert fires_on(fires(seed_corpus, text), n), text
    credited = f"{text[:-1]}, rescue officials said."
    assert not fires_on(fires(seed_corpus, credited), n), credited


@pytest.mark.parametrize(
    "text",
    [
        "The bodies of {n} cattle were found after the flood.",
        "The bodies of {n} sheep washed up on the bank.",
    ],
)
def test_the_bodies_of_other_things_count_no_one(seed_corpus, n, text):
    assert not fires_on(fires(seed_corpus, text.format(n=n)), n), text
