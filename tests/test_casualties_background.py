"""NL201: tolls of an earlier incident recalled in a later story (round 9).

The documentation treats a background toll as any other: it needs a source. What changes is
only how far a source reaches: a relative "when" of a time inside a reported clause ("Officials
said it was the deadliest attack since 2014, when militants killed 147 …") is part of what was
said, as ", where" after a place is. Invented sentences only (never a passage of the news
sets): paraphrases that must stay silent, and look-alikes that must keep their finding.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Officials said it was the deadliest attack since December 2014, when militants killed "
        "more than 140 people at a school in Peshawar.",
        "The military warned that the attack mirrors the 2014 Army Public School tragedy, when "
        "147 people, including 132 schoolchildren, were martyred.",
        "Police said the blast was the worst in the city since January 2023, when a suicide "
        "bomber killed 84 worshippers at a mosque.",
        "The interior minister told parliament that the bombing recalled the Mastung attack of "
        "September 2023, when 52 people were killed.",
        "Police said the blast occurred on Friday, when 19 people were injured.",
        "According to the provincial health department, the toll was the highest since 2022, "
        "when floods killed 1,700 people.",
    ],
)
def test_a_time_relative_inside_a_reported_clause_is_reported(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the same background toll with no report around it
        (
            "It was the deadliest attack since December 2014, when militants killed more than "
            "140 people at a school in Peshawar.",
            ["killed more than 140 people"],
        ),
        (
            "The attack mirrors the 2014 Army Public School tragedy, when 147 people were "
            "martyred.",
            ["147 people were martyred"],
        ),
        # "when" after no time opens a clause of its own
        (
            "Police said the road was closed, when the blast killed 19.",
            ["killed 19"],
        ),
        # a clause of its own after "but", whatever time it names
        (
            "Police said the market had reopened, but in 2014, when militants killed 140 people, "
            "it stayed shut for a month.",
            ["killed 140 people"],
        ),
        # a count before the time: a verb inside the "when" clause does not report it
        (
            "Twelve people were killed in 2014, when the minister said the army would act.",
            ["Twelve people were killed"],
        ),
        (
            "Twelve people were killed on Monday, when police said the army would act.",
            ["Twelve people were killed"],
        ),
    ],
)
def test_look_alikes_of_a_time_relative_keep_their_finding(seed_corpus, text, found):
    assert fires(seed_corpus, text) == found
