"""NL301: papers of any kind denied ("lacked any form of legal documentation") (GitHub issue 11).

A denial of "any form of", "any kind of" documents denies every paper, as "no documents"
does: said of registered refugees (directly or through words that refer back to them) it gives
them the undocumented's lack. Holding papers of some kind ("possess some form of
documentation") denies nothing.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found

DENIED = (
    "Afghan refugees who lacked any form of legal documentation were detained.",
    "The registered refugees lack any kind of valid papers, officials said.",
    "Afghan refugees living without any form of identification face arrest.",
    "Forty registered Afghan refugees were detained in Quetta. These detained individuals "
    "lacked any form of documentation.",
)


@pytest.mark.parametrize("text", DENIED)
def test_papers_of_any_kind_denied(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        "Afghan refugees possess some form of documentation, officials said.",
        "Undocumented Afghans lacked any form of legal documentation.",
        "Afghan refugees who lacked any form of transport walked to the border.",
        "Forty illegal immigrants were detained in Quetta. These detained individuals lacked "
        "any form of documentation.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []
