"""NL301 on a group's head noun as the first part of a hyphened compound (GitHub issue 11,
round 23: false-alarm risk of real reporting). In "illegal refugee-run businesses" or
"unregistered Afghan refugee-owned shops" the modifier qualifies the businesses, not the
refugees; the same words with the head noun standing for people are still judged.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Officials closed several illegal refugee-run schools in Quetta.", []),
        ("Inspectors sealed unregistered Afghan refugee-owned bakeries on Monday.", []),
        # the head noun names people: judged
        ("Officials closed schools run by illegal refugees in Quetta.", ["NL301"]),
        ("Inspectors sealed bakeries of unregistered Afghan refugees on Monday.", ["NL301"]),
        ("An illegal refugee was detained in Quetta on Monday.", ["NL301"]),
    ],
)
def test_a_head_noun_opening_a_hyphened_compound(seed_corpus, text, codes):
    assert found(seed_corpus, text, PHASE1) == codes
