"""NL201, round 25's casualties hunt (hc-016): a named party rejecting "the claim (report,
figure) about/of <N> deaths" reports the rejected count, as "denied that seven civilians were
killed" does. Rejecting a plan, or a claim about something else next to a toll, reports no
count.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "The provincial health minister dismissed the report of 40 deaths from the outbreak in "
        "the district.",
        "The army rejected the figure of 30 civilians killed in the strike.",
        "The district mayor has rejected the claim about 18 deaths in the city due to the cold.",
    ],
)
def test_a_rejected_claim_reports_its_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The council rejected a plan that would have displaced 40 families, after floods killed "
        "12 people in the valley.",
        "Twelve people were killed in the clash. The tribal elders rejected the claim that "
        "outsiders had started it.",
    ],
)
def test_rejecting_something_else_reports_no_count(seed_corpus, text):
    assert fires(seed_corpus, text) != []
