"""NL301: a part of a group counted after its clause's verb (dev news-r6-cat-005's class).

"The condition of Afghan refugees has worsened, with many held for lacking documents": the
group is the complement of a noun ("the plight of", "thousands of") and ", with many (most,
some ...) ..." after a short verb phrase counts its people, so the lack of papers given as the
cause of what is done to them is said of registered refugees, as right after the group's own
comma ("refugees, with many facing arrest due to ..."). The sentences are invented; groups
and dates are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-09-22"

NOUNS = ("The plight of", "The condition of", "Thousands of")
VERBS = ("has worsened", "continues to deteriorate in Pakistan")
CAUSES = (
    "with many facing arrest due to the lack of legal documentation",
    "with most detained for lacking valid documents",
    "with some held because of a lack of papers",
)


@pytest.mark.parametrize("noun", NOUNS)
@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("cause", CAUSES)
def test_a_part_counted_after_the_verb_is_the_groups(seed_corpus, noun, verb, cause):
    assert found(seed_corpus, f"{noun} Afghan refugees {verb}, {cause}.", DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the group has no papers to deny, or the cause is no lack of papers
        "The plight of undocumented Afghans has worsened, with many facing arrest due to the "
        "lack of legal documentation.",
        "The plight of Afghan refugees has worsened, with many facing arrest due to rising "
        "hostility.",
        # the part has a noun of its own, or the sentence breaks before it
        "The plight of Afghan refugees has worsened, with undocumented Afghans facing arrest "
        "due to the lack of legal documentation.",
        "The plight of Afghan refugees has worsened; many face arrest due to the lack of legal "
        "documentation.",
        "The plight of Afghan refugees has worsened, and the police held many undocumented "
        "Afghans for lacking documents.",
        # people abroad, and a draft after the registered refugees' stay ended
        "The plight of Afghan refugees worldwide has worsened, with many facing arrest due to "
        "the lack of legal documentation.",
    ],
)
def test_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []


def test_after_the_stay_ended_no_denial_is_flagged(seed_corpus):
    text = (
        "The plight of Afghan refugees has worsened, with many facing arrest due to the lack "
        "of legal documentation."
    )
    assert found(seed_corpus, text, "2025-10-22") == []
