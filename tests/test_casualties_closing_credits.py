"""NL201: a credited next sentence that tells the count's event, its credit closing the
sentence with words of its own after the reporting verb: to whom, where, when or on what terms
it was said ("…, police told reporters.", "…, an official said on condition of anonymity.",
"…, a police official was quoted as saying by a local daily": dev news-r16-cc-011). Such a
verb closes the report of what came before it, as a bare "…, police said." does. And a weapon
as the subject of a past attack verb ("The bomb exploded near the patrol", "A drone struck the
compound") tells the event as "The blast hit the patrol" does; "a bomb attack", "a drone
strike" remain nouns.

Look-alikes that keep the finding: a reporting verb with a clause of its own after it ("…,
police said in a statement that the attackers had fled": the account before it is the
writer's), and an account of something else.
Invented sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def n(seed_corpus) -> int:
    return ledger_tolls(seed_corpus)[1]


COUNTS = [
    "At least {n} people were killed when a roadside bomb hit a police patrol in Tank.",
    "{n} labourers lost their lives in an attack on a construction camp near Turbat.",
]
ACCOUNTS = [
    "The device went off as the patrol passed the bazaar",
    "Gunmen stormed the construction camp and the police patrol before dawn",
]
TAILS = [
    ", police told reporters.",
    ", a police officer said on condition of anonymity.",
    ", a police official was quoted as saying by a local daily.",
    ", the district police chief told AFP on Sunday.",
    ", police said in a statement.",
]


@pytest.mark.parametrize(("count", "tail"), itertools.product(range(len(COUNTS)), TAILS))
def test_a_closing_credit_with_words_of_its_own_credits_the_account(seed_corpus, n, count, tail):
    text = f"{COUNTS[count].format(n=n)} {ACCOUNTS[count]}{tail}"
    assert not fires_on(fires(seed_corpus, text), n), text


@pytest.mark.parametrize(
    "account",
    [
        "The bomb exploded close to the patrol near the bazaar, police said.",
        "A drone struck the patrol near the bazaar, officials said.",
        "According to police, the missile hit the patrol's vehicle near the bazaar.",
    ],
)
def test_a_weapon_as_the_subject_of_a_past_attack_verb_tells_the_event(seed_corpus, n, account):
    text = f"{COUNTS[0].format(n=n)} {account}"
    assert not fires_on(fires(seed_corpus, text), n), text


@pytest.mark.parametrize(
    "account",
    [
        # the reporting verb has a clause of its own: the account before it is the writer's
        "The device went off as the patrol passed the bazaar, police said in a statement "
        "that the attackers had fled.",
        "The device went off as the patrol passed the bazaar, police told reporters the "
        "suspects had been arrested.",
        # a noun, not a verb: no event told
        "The bomb attack on the patrol was the third this month, police told reporters.",
        # something else about it
        "The TTP claimed the bombing of the patrol, police told reporters on Sunday.",
        # no credit at all
        "The bomb exploded close to the patrol near the bazaar.",
    ],
)
def test_look_alikes_keep_the_finding(seed_corpus, n, account):
    text = f"{COUNTS[0].format(n=n)} {account}"
    assert fires_on(fires(seed_corpus, text), n), text
