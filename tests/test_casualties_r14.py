"""NL201, round 14 classes (dev r13-opened and r11 false alarms and misses). Each class has a
paraphrased case that the fix changes and a clean look-alike that must keep its reading; the
figures are the ledger's (never hard-coded tolls).

- A condemnation whose "…, saying …" tells the count's event (r13-cc-021): the condemnation is
  the speaker's act, what he said is the account.
- An accusation of an act, then "In response, …" (r11-cc-011): the accuser's account of what
  happened goes on with the consequence, as "Security sources said that …" does.
"""

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def n(seed_corpus) -> int:
    return ledger_tolls(seed_corpus)[1]


def _fires_on(found: list[str], n: int) -> bool:
    return any(str(n) in f.split() for f in found)


# --- a condemnation, then what the speaker said of the event -----------------------------

CONDEMNED_COUNT = (
    "At least {n} villagers were killed when rockets fired by the rebels hit houses in "
    "Sarpokh overnight."
)


@pytest.mark.parametrize(
    "credit",
    [
        "The army spokesman condemned the attack, saying the rebels fired rockets at houses in "
        "Sarpokh from across the river.",
        "Speaking to reporters, the governor condemned the strikes, saying the rebels fired at "
        "Sarpokh under the cover of darkness.",
    ],
)
def test_what_a_condemning_speaker_says_of_the_event_sources_the_count(seed_corpus, n, credit):
    text = CONDEMNED_COUNT.format(n=n) + " " + credit
    assert not _fires_on(fires(seed_corpus, text), n), text


@pytest.mark.parametrize(
    "credit",
    [
        # the condemnation alone tells nothing of the event
        "The army spokesman condemned the attack on Sarpokh, saying it was cowardly.",
        # what he said is a promise, not what happened
        "The governor condemned the attack, saying the rebels who fired on Sarpokh would be "
        "punished.",
        # the condemnation is the whole credited sentence
        "The governor condemned the rocket attack on Sarpokh, his office said.",
    ],
)
def test_a_condemnation_without_an_account_leaves_the_count_unsourced(seed_corpus, n, credit):
    text = CONDEMNED_COUNT.format(n=n) + " " + credit
    assert _fires_on(fires(seed_corpus, text), n), text


def test_the_condemned_count_fires_alone(seed_corpus, n):
    assert _fires_on(fires(seed_corpus, CONDEMNED_COUNT.format(n=n)), n)


# --- an accusation of an act, then its consequence --------------------------------------

ACCUSED_THEN = "{accusation} {opener} troops killed {n} rebel fighters and destroyed a camp."


@pytest.mark.parametrize(
    "accusation",
    [
        "Army sources and state television accused the rebels of initiating unprovoked fire "
        "near the border.",
        "The provincial government accused rebel fighters of shelling two villages overnight.",
    ],
)
@pytest.mark.parametrize("opener", ["In response,", "In retaliation,"])
def test_a_consequence_goes_on_with_the_accusers_account(seed_corpus, n, accusation, opener):
    text = ACCUSED_THEN.format(accusation=accusation, opener=opener, n=n)
    assert not _fires_on(fires(seed_corpus, text), n), text


@pytest.mark.parametrize(
    ("accusation", "opener"),
    [
        # a passive accusation names no accuser
        ("The rebels were accused of initiating unprovoked fire near the border.", "In response,"),
        # an accusation of no act tells nothing that happened
        ("The provincial government accused the rebels of corruption.", "In response,"),
        # no consequence: the count is told on its own
        ("Army sources accused the rebels of initiating unprovoked fire.", "Later,"),
        ("Army sources accused the rebels of initiating unprovoked fire.", "Separately,"),
    ],
)
def test_an_accusation_without_a_consequence_sources_nothing(seed_corpus, n, accusation, opener):
    text = ACCUSED_THEN.format(accusation=accusation, opener=opener, n=n)
    assert _fires_on(fires(seed_corpus, text), n), text
