"""NL201: a credited next sentence that tells a natural disaster of the count's sentence, the
count's event ("At least 800 people were killed in the earthquake. The quake struck at a depth
of eight kilometres, the US Geological Survey said", "the landslide buried six houses", "the
floods swept away homes"), sources the count as an account of the blast does an attack's
(found probing: disaster nouns were no event nouns). What the disaster is ("the strongest in a
decade"), another one ("another earthquake … last year"), and no credit keep the finding.
Invented sentences only; the figures are the ledger's.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def n(seed_corpus) -> int:
    return ledger_tolls(seed_corpus)[1]


@pytest.mark.parametrize(
    ("count", "credit"),
    [
        (
            "At least {n} people were killed in the earthquake in the eastern province.",
            "The quake struck at a depth of eight kilometres, the geological survey said.",
        ),
        (
            "{n} people died when a landslide hit the village.",
            "According to officials, the landslide buried six houses after heavy rain.",
        ),
        (
            "At least {n} people were killed in flash floods in the valley.",
            "The floods swept away homes and bridges, the disaster management authority said.",
        ),
        (
            "{n} climbers were killed in an avalanche on the mountain.",
            "The avalanche hit their camp at night, the alpine club said.",
        ),
    ],
)
def test_a_credited_account_of_the_disaster_sources_its_toll(seed_corpus, n, count, credit):
    text = f"{count.format(n=n)} {credit}"
    assert not fires_on(fires(seed_corpus, text), n), text


QUAKE = "At least {n} people were killed in the earthquake in the eastern province."


@pytest.mark.parametrize(
    "credit",
    [
        # what the disaster is, not what happened
        "The quake was the strongest in a decade, the geological survey said.",
        # another one
        "Another earthquake struck the province last year, the geological survey said.",
        # no credit
        "The quake struck at a depth of eight kilometres near the border.",
    ],
)
def test_look_alikes_keep_the_finding(seed_corpus, n, credit):
    text = f"{QUAKE.format(n=n)} {credit}"
    assert fires_on(fires(seed_corpus, text), n), text
