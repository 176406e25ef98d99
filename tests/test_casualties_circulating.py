"""NL201: reports that only go round ("according to reports circulating on X", "reports
doing the rounds") name no one, as "according to initial reports" does (round 14's opened
split); reports from a named source still credit.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "credit",
    [
        "according to reports circulating on X",
        "according to reports circulating on social media",
        "according to reports doing the rounds online",
        "according to reports on Facebook",
    ],
)
def test_circulating_reports_name_no_source(seed_corpus, credit):
    text = f"A drone strike in the valley killed a boy and injured four others, {credit}."
    assert "injured four others" in fires(seed_corpus, text)


@pytest.mark.parametrize(
    "credit",
    [
        "according to reports from the district hospital",
        "according to media reports",
        "according to reports by the district police",
    ],
)
def test_reports_of_a_named_source_credit(seed_corpus, credit):
    text = f"A drone strike in the valley killed a boy and injured four others, {credit}."
    assert fires(seed_corpus, text) == []


def test_a_source_posting_on_x_still_credits(seed_corpus):
    text = "Police posted on X that a drone strike in the valley injured four people."
    assert fires(seed_corpus, text) == []
