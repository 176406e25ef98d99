"""NL301 and NL302: a count "registered with" a body named for a group's own noun.

"3.7 million refugees, only 1.32 million of whom are registered with the UN refugee agency":
registration with a refugee body is registration as refugees, so the count is the registered
refugees' (PoR) part of its whole, as a bare "... of whom are registered" is; the rest of the
whole is left under "refugees" without papers (NL301, via the remainder). A body that names no
group ("registered with NADRA", "with the provincial authorities") says nothing of which
group, and a part as large as its whole leaves no rest.

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2023-07-20"


@pytest.mark.parametrize(
    "text",
    [
        "The number of Afghan refugees in the country reached 3.7 million, only 1.32 million of "
        "whom are registered with the UN refugee agency.",
        "Pakistan hosts some 3.7 million Afghan refugees, of whom 1.3 million are "
        "registered with the UN's refugee agency, UNHCR.",
        "Of the 3.7 million Afghan refugees in Pakistan, 1.33 million are registered with the "
        "Commissionerate for Afghan Refugees.",
    ],
)
def test_a_part_registered_with_a_refugee_body_leaves_a_rest(seed_corpus, text):
    assert "NL301" in found(seed_corpus, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # the registrar names no group: which papers is not said (the whole's number is still
        # not the refugees', NL302's own finding)
        "The number of Afghan refugees in the country reached 3.7 million, only 1.32 million of "
        "whom are registered with NADRA.",
        "The number of Afghan refugees in the country reached 3.7 million, only 1.32 million of "
        "whom are registered with the provincial authorities.",
    ],
)
def test_a_registrar_naming_no_group_says_no_part(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL302"]


@pytest.mark.parametrize(
    "text",
    [
        # a whole of no group: nothing is left under a group's noun
        "Some 3.7 million Afghans live in the country, only 1.32 million of whom are registered "
        "with the UN refugee agency.",
        # a part as large as its whole: no rest
        "Pakistan hosts 1.33 million Afghan refugees, all of whom are registered with the UN "
        "refugee agency.",
        # the registered refugees' own count
        "Some 1.32 million Afghans are registered with the UN refugee agency in Pakistan.",
    ],
)
def test_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
