"""NL201: a sentence of uncredited counts between a count and a credit telling its event.

- "Another <N> were injured" after a death toll adds the injured of the same incident: its
  "another" opens no other incident or new total, so a credit telling the event may stand
  past it (dev news-r16-cc-011). "Another <N> were killed" (a count of the same kind) and "in
  another attack" still stop the credit.
- The bridge's own counts (the injured beside the dead) are counts of the event the credit
  tells, so the credit sources them too; a rival figure in the credit, or a credit telling
  something else, does not.
Invented sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def n(seed_corpus) -> int:
    return ledger_tolls(seed_corpus)[1]


COUNTS = [
    "At least {n} people were killed in a bomb blast that targeted a police patrol in Lakki.",
    "{n} policemen were martyred in an attack by militants on a police station in Tank.",
]
CREDITS = [
    "The blast ripped through the police patrol near the bazaar, an official told reporters.",
    "According to police, the militants stormed the police station from two sides.",
]
BRIDGES = [
    "Additionally, another 14 people were reported injured.",
    "Another 14 were wounded.",
    "Fourteen others were injured.",
]


@pytest.mark.parametrize(("count", "bridge"), itertools.product(range(len(COUNTS)), BRIDGES))
def test_the_credit_past_a_bridge_of_injured_covers_both_counts(seed_corpus, n, count, bridge):
    text = f"{COUNTS[count].format(n=n)} {bridge} {CREDITS[count]}"
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    ("bridge", "credit"),
    [
        # a count of the same kind: a new total or another incident's dead
        ("Another 14 people were killed.", CREDITS[0]),
        # another incident
        ("In another attack, 14 people were injured.", CREDITS[0]),
        # the credit tells something else about the event
        (BRIDGES[0], "The TTP claimed the bombing of the patrol, an official told reporters."),
        # the credit gives a rival figure of the injured
        (BRIDGES[1], "Police said the blast at the patrol near the bazaar wounded 30 people."),
    ],
)
def test_look_alikes_keep_the_finding(seed_corpus, n, bridge, credit):
    text = f"{COUNTS[0].format(n=n)} {bridge} {credit}"
    assert fires(seed_corpus, text) != [], text


@pytest.mark.parametrize("bridge", BRIDGES)
def test_without_the_credit_both_counts_fire(seed_corpus, n, bridge):
    text = f"{COUNTS[0].format(n=n)} {bridge}"
    assert len(fires(seed_corpus, text)) == 2, text
