"""NL201: a credited sentence confirming the event of a toll's sentence ("The minister
confirmed the incident") tells that event, as "the blast occurred" does (round 14's opened
split); a denied, condemned or investigated event does not.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

TOLL = "A suicide bomber killed at least 9 people outside the district court on Monday."


@pytest.mark.parametrize(
    "credit",
    [
        "The provincial home minister confirmed the tragic incident.",
        "Police confirmed the blast.",
        "A police spokesman confirmed the attack.",
    ],
)
def test_a_source_confirming_the_event_credits_its_toll(seed_corpus, credit):
    assert fires(seed_corpus, f"{TOLL} {credit}") == []


@pytest.mark.parametrize(
    "credit",
    [
        "Police did not confirm the incident.",
        "Police have yet to confirm the incident.",
        "Police condemned the incident.",
        "Police are investigating the incident.",
        "Police confirmed the incident on Sunday.",
        "Police also confirmed another blast.",
    ],
)
def test_no_confirmation_of_this_event_credits_nothing(seed_corpus, credit):
    assert "killed at least 9 people" in fires(seed_corpus, f"{TOLL} {credit}")


def test_an_uncredited_confirmation_credits_nothing(seed_corpus):
    text = f"{TOLL} The incident was confirmed."
    assert "killed at least 9 people" in fires(seed_corpus, text)
