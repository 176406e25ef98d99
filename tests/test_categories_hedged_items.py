"""NL301: a hedged number opening an item after "including" ("registered Afghan refugees,
including roughly 800,000 ACC holders") is the item's own words, not a verb that ends the
list (GitHub issue 11, round 18: news-r7-dl-053's shape).

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE2, found


@pytest.mark.parametrize(
    "text",
    [
        "UNHCR says 1.52 million registered Afghan refugees remain in Pakistan, including "
        "roughly 800,000 ACC holders.",
        "Pakistan hosts registered Afghan refugees, including an estimated 800,000 ACC holders.",
        "The registered refugees, including approximately 800,000 Afghan Citizen Card "
        "holders, were counted.",
    ],
)
def test_a_hedged_item_after_including(seed_corpus, text):
    assert found(seed_corpus, text, PHASE2) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the group's own part, a whole with no status, a list ended by the sentence's verb
        "Pakistan hosts registered Afghan refugees, including roughly 1.3 million PoR card "
        "holders.",
        "Pakistan hosts Afghans of every status, including roughly 800,000 ACC holders.",
        "Registered refugees, including women, roughly doubled their requests; ACC holders waited.",
    ],
)
def test_look_alikes_of_a_hedged_item(seed_corpus, text):
    assert found(seed_corpus, text, PHASE2) == []
