"""NL301 and NL302: a negation prefix the page split from its modifier by a hyphen.

"un-registered refugees" is "unregistered refugees" (a registration denied to the registered
refugees' head); "un-registered Afghans" is the undocumented's own word. The capitals of
"UN-registered" are the United Nations' registration, which denies nothing.

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found, read_claims


@pytest.mark.parametrize(
    "text",
    [
        "Officials want to know the exact number of the un-registered refugees in Quetta.",
        "Police detained dozens of un-registered Afghan refugees in the raid.",
        "Un-registered refugees must leave the country.",
        "The drive against un-documented Afghan refugees resumed.",
    ],
)
@pytest.mark.parametrize("day", ("2017-08-16", PHASE1, "2026-03-03"))
def test_a_hyphened_un_negates_the_modifier_after_it(seed_corpus, text, day):
    if "documented" in text and day > "2025":
        day = PHASE1  # a denial of papers (not of a registration) lapses with the cards
    assert found(seed_corpus, text, day) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the undocumented's own word, the registered refugees named as such
        "Officials want to know the exact number of the un-registered Afghans in Quetta.",
        "Police detained dozens of un-registered Afghan migrants in the raid.",
        # the United Nations' registration, a spaced "un" (no prefix), registered refugees
        "Pakistan hosts 1.4 million UN-registered Afghan refugees.",
        "The UN-registered refugees were not affected by the order.",
        "Police detained dozens of registered Afghan refugees in the raid.",
    ],
)
def test_look_alikes_of_a_hyphened_prefix_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


def test_the_number_under_a_hyphened_prefix_is_the_negated_groups(seed_corpus):
    """ "700,000 un-registered Afghans" counts the undocumented, not the registered."""
    claims = read_claims(seed_corpus, "Some 700,000 un-registered Afghans live in Pakistan.")
    figures = [c for c in claims if getattr(c, "number", None) is not None]
    assert [sorted(c.categories) for c in figures] == [["undocumented"]]
