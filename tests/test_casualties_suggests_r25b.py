"""NL201, round 25's second casualties hunt (dev hunt-casualties-r25b.yaml): a named source
that "suggests" (or "indicates") a figure without "that" ("X, an official with the rescue
service, suggests more than 30 people may have been killed") gives it, as "suggested that"
does. "Reports suggest", "the evidence suggests", an aside naming no source, or a suggestion
of something else before a toll credit nothing.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Imran Qadir, a spokesman for the volunteer ambulance service, suggests as many as 40 "
        "people may have died in the fire.",
        "The district police chief indicated at least 12 labourers had died in the collapse.",
    ],
)
def test_a_named_source_suggesting_a_figure_gives_it(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Early reports suggest as many as 40 people may have died in the fire.",
        "The evidence at the scene suggests at least 12 labourers had been killed.",
        "Imran Qadir, a trader from the market, suggests as many as 40 people may have died.",
        "The minister suggested an inquiry after 12 labourers were killed in the collapse.",
    ],
)
def test_no_named_source_or_another_suggestion_credits_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
