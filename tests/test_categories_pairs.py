"""NL301: opposite adjectives set after refugees ("Afghan refugees, both registered and
unregistered, face arrest") (GitHub issue 11).

Written before the noun ("registered and unregistered Afghan refugees") the pair already
fuses the groups; set after it between commas it says the same: some of the refugees lack
papers. A pair that goes on to a noun of its own, or that denies nothing, stays silent.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found

PAIRS = (
    "Afghan refugees, both registered and unregistered, face arrest.",
    "Afghan refugees, documented and undocumented, were rounded up in Karachi.",
    "Pakistan hosts 1.3 million Afghan refugees, both with and without documentation.",
    "Police detained Afghan refugees, both unregistered and registered, in Quetta.",
    "Afghan refugees — both documented and undocumented — were rounded up by police.",
)


@pytest.mark.parametrize("text", PAIRS)
def test_a_postposed_pair_of_opposite_adjectives(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        "Afghan nationals, both documented and undocumented, were rounded up in Karachi.",
        "Afghan migrants, both with and without documentation, face arrest.",
        "Afghan refugees, registered and unregistered migrants alike, face arrest.",
        "Afghan refugees, both registered and documented, may stay.",
        "Afghans — both documented and undocumented — were rounded up by police.",
        "Afghan refugees — registered in 2007 — were rounded up by police.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []
