"""NL201: a credited sentence right after a toll that repeats another figure of the toll's
sentence (3 or more, not a year: the houses, the roads) goes on with the same report, as one
before the toll does (a fresh page, r16: a disaster authority's digest, 'the floods so far have
killed N, injured M and damaged H houses. According to the authority, the H houses …').

Invented sentences (never a passage of the news sets).
"""

import pytest

from .casualties_support import fires

TOLL = "The monsoon rains so far have killed 152 people, injured 230 and damaged 2,415 homes."


@pytest.mark.parametrize(
    "after",
    [
        "According to the disaster authority, the 2,415 homes include 910 destroyed outright.",
        "The disaster authority said 2,415 homes were damaged, 910 of them destroyed outright.",
    ],
)
def test_a_credited_sentence_repeating_a_figure_goes_on_with_the_report(seed_corpus, after):
    assert fires(seed_corpus, f"{TOLL} {after}") == []


@pytest.mark.parametrize(
    "after",
    [
        # no figure of the toll's sentence
        "According to the disaster authority, 1,200 roads were closed.",
        # a figure too small to recur by design
        "According to the disaster authority, two bridges were also swept away.",
    ],
)
def test_a_credited_sentence_with_figures_of_its_own_credits_nothing(seed_corpus, after):
    assert any("152" in f for f in fires(seed_corpus, f"{TOLL} {after}"))
