"""NL201: a relative clause on the count's event noun whose source says the event happened
("… were injured in a roadside explosion in Chaman district, which the police said occurred
when a patrol was passing by") tells that event itself, as a credited next sentence telling it
does, and sources the count (r17 blind ob-005). A relative clause with an opinion or another
act of the source ("which the minister said was cowardly", "which police said they were
investigating") keeps the finding. Invented sentences only; the figures are the ledger's.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNTS = [
    "{a} passers-by were injured in a roadside explosion in Chaman district, ",
    "The blast killed {a} labourers days after a gun attack on a post, ",
]
RELATIVES = [
    "which the police said occurred when a patrol was passing by.",
    "which officials said took place shortly before dawn.",
    "which the district administration said happened near the main gate.",
    "which police said was triggered by a remote-controlled device.",
    "which an official said had been detonated by remote control.",
]


@pytest.mark.parametrize("relative", RELATIVES)
def test_a_relative_that_tells_the_event_credits_the_count(seed_corpus, figures, relative):
    text = COUNTS[0].format(a=figures[1]) + relative
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        COUNTS[0] + "which the minister said was cowardly.",
        COUNTS[0] + "which police said they were investigating.",
        COUNTS[0] + "which police said was set to be probed by a committee.",
        # who did it, not the event
        COUNTS[0] + "which police said was carried out by a banned group.",
        # the relative tells another event than the count's (the earlier gun attack)
        COUNTS[1] + "which the police said occurred at night.",
        # no comma: a defining relative, not an account of the count's event
        "{a} passers-by were injured in the explosion which police said occurred on Monday "
        "in another town.",
    ],
)
def test_an_opinion_or_another_event_keeps_the_finding(seed_corpus, figures, text):
    text = text.format(a=figures[1])
    assert fires_on(fires(seed_corpus, text), figures[1]), text
