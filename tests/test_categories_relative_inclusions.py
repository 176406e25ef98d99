"""NL301: one group named as part of another by a relative clause of inclusion ("a large
refugee community, which includes many undocumented migrants") (GitHub issue 11).

"Which includes" / "that include" after a group opens its parts as "including" does, and the
words of a share before an item ("a significant number of", "many of") are the item's own, not
the end of the list. Undocumented people counted among the refugees fuse the two groups the
ledger keeps apart (news-r21-cc-024's class). A part that fits the whole, a whole of no status
of its own, and a contrast stay silent.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    "text",
    [
        "The province hosts a large Afghan refugee community, which includes a considerable"
        " number of undocumented migrants.",
        "Officials described the refugee population that includes many of the undocumented"
        " Afghans living in Karachi.",
        "Afghan refugees in Quetta, which include a large share of undocumented migrants, face"
        " new checks.",
        "The camps house Afghan refugees, which includes thousands of undocumented Afghans.",
    ],
)
def test_a_part_named_by_a_relative_clause_of_inclusion(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # a part that fits the whole
        "The province hosts a large Afghan refugee community, which includes a considerable"
        " number of PoR card holders.",
        # a whole of no status of its own
        "Pakistan has a large Afghan diaspora, which includes a significant number of"
        " undocumented migrants.",
        "The Afghan population of Karachi, which includes many undocumented migrants, is"
        " under strain.",
        # the relative clause says what the wider group does, not who is in it
        "Afghan refugees, which the government now counts separately from undocumented"
        " migrants, were not targeted.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


@pytest.mark.parametrize(
    "text",
    [
        "Aid reaches the Afghan refugee community in Pakistan, which includes some 1.3 million"
        " documented residents.",
        "Pakistan hosts 2.8 million Afghan refugees, including about 1.3 million legal residents.",
    ],
)
def test_a_part_counted_at_the_wholes_own_size_is_its_own_people(seed_corpus, text):
    # the documented (PoR and ACC holders) counted at the registered refugees' size are the
    # refugees' own people: no fusion; the size given for both groups is NL302's
    assert found(seed_corpus, text, "2024-03-01") == ["NL302"]
