"""NL201, round 23's second casualties hunt (dev r22-opened cc-046, a false alarm): a reported
that-clause naming a toll ("the PDMA said that Swat has recorded the highest death toll") goes on
with its figures in ", as …" ("…, as six children and one woman died"), which the report
reaches; and when the report ranks places by their toll, the next sentence's count of another
place with no time of its own ("Three people died in Buner, …") is the next place of the same
ranking. Without a toll in what was said, ", as" opens a clause of its own; without the
ranking, another place's count needs its own source.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "The relief department said that Chitral has recorded the heaviest toll, as nine "
        "labourers were killed in mudslides.",
        "Provincial officials said that Swat had the highest number of deaths, as 11 people "
        "drowned in the river.",
        "The relief department said that Chitral has recorded the heaviest toll, as nine "
        "labourers were killed in mudslides. Two men died in Dir, where roofs collapsed.",
        "The disaster authority said that Dir suffered the heaviest death toll, as eight "
        "villagers were killed by a landslide. Four people died in Chitral, where a bridge was "
        "washed away.",
    ],
)
def test_a_told_toll_and_its_ranking_reach_their_figures(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said that the road was closed, as 12 people died in the blast.",
        "The disaster authority said that Dir suffered the heaviest rainfall, as eight villagers "
        "were killed by a landslide.",
        "The disaster authority said eight villagers were killed by a landslide in Dir. Four "
        "people died in Chitral, where a bridge was washed away.",
        "The relief department said that Chitral has recorded the heaviest toll, as nine "
        "labourers were killed in mudslides. Two men died in Dir on Saturday, where roofs "
        "collapsed.",
    ],
)
def test_no_toll_told_or_no_ranking_still_needs_a_source(seed_corpus, text):
    assert fires(seed_corpus, text) != []
