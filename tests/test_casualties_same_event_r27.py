"""NL201, round 27: credited next sentences that tell the same event (or the same count) as
the count's sentence, read on the round-26 blind split's false alarms.

- "the blast also damaged …": "also" between the event referred back to and its verb tells
  more of what the same blast did (r26-opened cc-020), not another incident;
- "the bullet-riddled bodies were found …": a hyphenated modifier of the bodies referred back
  to (r26-opened cc-006);
- "… reported it was a suicide attack": a credit of what kind of blast or attack the event was
  (r26-opened ob-041), not a judgment ("a cowardly attack") nor a denial;
- "… had earlier said 93 … but later clarified the death count was 63": a figure its source
  takes back for the count's own is no rival (r26-opened mx-010);
- "Eight people died in A, six in B and two in C" after a credited total: bare figures with
  their noun and verb left out are parts of the breakdown (r26-opened ob-005).

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

HURT = "Six people were hurt when a bomb went off near a bus stand in the town."


def test_the_blast_also_did_more(seed_corpus):
    text = (
        f"{HURT} A police official said the device had been hidden in a handcart and that the"
        " explosion also destroyed two shops."
    )
    assert fires(seed_corpus, text) == []


def test_another_blast_also_did_more_is_another_incident(seed_corpus):
    text = (
        f"{HURT} A police official said the device had been hidden in a handcart and that"
        " another explosion also destroyed two shops."
    )
    assert fires(seed_corpus, text) != []


BODIES = "Two bodies were recovered from a field outside the village on Sunday."


def test_hyphenated_modifier_of_the_bodies_referred_back(seed_corpus):
    text = f"{BODIES} Officials said the half-burnt bodies were found by shepherds."
    assert fires(seed_corpus, text) == []


def test_hyphenated_modifier_of_something_else(seed_corpus):
    text = f"{BODIES} Officials said the half-burnt cars were found by shepherds."
    assert fires(seed_corpus, text) != []


MARKET = "At least nine people were killed when a blast tore through a crowded market in the city."


@pytest.mark.parametrize(
    "credit",
    [
        "Police said it was a remote-controlled bomb.",
        "According to the police, it was a suicide bombing.",
        "The bomb disposal squad said the explosion was a motorcycle bomb blast.",
    ],
)
def test_credit_of_what_kind_of_blast_it_was(seed_corpus, credit):
    assert fires(seed_corpus, f"{MARKET} {credit}") == []


@pytest.mark.parametrize(
    "credit",
    [
        "The governor said it was a cowardly attack.",
        "Police said it was not a suicide attack.",
        "The minister said it could have been a suicide attack.",
        "Police said it was a busy day at the market.",
    ],
)
def test_judgment_denial_or_other_matter_credits_nothing(seed_corpus, credit):
    assert "At least nine people were killed" in fires(seed_corpus, f"{MARKET} {credit}")


BOAT = "Fourteen people drowned when an overloaded boat capsized in the river on Friday."


def test_figure_taken_back_for_the_counts_own_is_no_rival(seed_corpus):
    text = (
        f"{BOAT} The deputy commissioner had first said that 20 people had drowned, but he"
        " later corrected that the death toll was 14."
    )
    assert fires(seed_corpus, text) == []


def test_larger_figure_not_taken_back_stays_a_rival(seed_corpus):
    text = f"{BOAT} The deputy commissioner said that 20 people had drowned and 14 were rescued."
    assert fires(seed_corpus, text) != []


TOTAL = (
    "Torrential rains and floods killed at least 21 people in the province over the weekend,"
    " the disaster management authority said."
)


def test_bare_figures_go_on_a_credited_breakdown(seed_corpus):
    text = f"{TOTAL} Eleven people died in Chitral, seven in Dir and three in Buner."
    assert fires(seed_corpus, text) == []


def test_bare_figures_beyond_the_total_are_no_breakdown(seed_corpus):
    text = f"{TOTAL} Eleven people died in Chitral, nine in Dir and five in Buner."
    assert fires(seed_corpus, text) != []
