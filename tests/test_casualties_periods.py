"""NL201: which number a casualty noun counts, and a period of a sentence's own (round 14's
opened split). "Two assaults resulted in at least 40 deaths" counts 40 deaths, not two; a toll
"in the past week" after a credited statistic of the year is no part of that statement.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires
from .test_casualties_reading import read


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two assaults on shrines resulted in at least 40 deaths.", 40),
        ("Three blasts in the city resulted in 25 casualties.", 25),
    ],
)
def test_the_number_before_the_casualty_noun_is_the_count(seed_corpus, text, value):
    assert [value for _, value, _ in read(seed_corpus, text)] == [value]


def test_a_toll_of_its_own_period_leaves_a_credited_statistic(seed_corpus):
    text = (
        "Nine of the 20 suicide attacks carried out this year, according to police, involved "
        "foreign nationals. In the past week, two assaults on shrines resulted in at least 40 "
        "deaths."
    )
    assert "at least 40 deaths" in fires(seed_corpus, text)


def test_a_toll_going_on_with_the_account_is_credited(seed_corpus):
    text = (
        "According to police, militants stormed a shrine in the district on Friday. Two "
        "guards were killed in the assault."
    )
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Six gunmen of which two were suicide bombers have also been killed.",
        "Six gunmen of whom two were suicide bombers were also killed.",
    ],
)
def test_a_bare_partitive_relative_is_an_aside_of_the_count(seed_corpus, text):
    """r14 hunt span note: the count is the six, not the two who were bombers."""
    assert [value for _, value, _ in read(seed_corpus, text)] == [6]
