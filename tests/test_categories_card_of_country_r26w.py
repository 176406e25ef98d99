"""NL301 on a card named in its "of" form (GitHub issue 11, round 26, second wave: dev
r25-ob-032, Afghan Citizen Card holders counted as "Afghan refugees [who] have citizen cards
of Afghanistan"). A card named with its country after "of" is read as the card named with the
country's people word before it ("Afghan citizen cards", a holding of the ACC group's terms),
so people who have, hold or got it hold the ACC group's papers: called refugees, they
conflate the groups (NL301), and their count is read as the ACC holders' count, not a
mismatched figure of registered refugees (no NL302). A citizen card of another country, or
the card held by people not called refugees, says nothing of the kind.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2019-03-01"


@pytest.mark.parametrize(
    "text",
    [
        # "hold" and the plural card
        "An official said some 600,000 Afghan refugees hold citizen cards of Afghanistan and"
        " live in Punjab.",
        # one refugee with the singular card after "a"
        "Every Afghan refugee who received a citizen card of Afghanistan was asked to report"
        " to the police.",
        # the count of the ACC holders, called refugees: NL301, not a figure mismatch
        "The minister said 879,000 Afghan refugees possess citizen cards of Afghanistan.",
    ],
)
def test_card_of_country_conflates(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the holders, not called refugees
        "Some 600,000 Afghans hold citizen cards of Afghanistan and live in Punjab.",
        # the term itself, not called refugees
        "Holders of citizen cards of Afghanistan were told to renew them by the end of June.",
        # another country's citizen card
        "Afghan refugees who have citizen cards of Pakistan through marriage were counted apart.",
        # "citizen" with no card of the country
        "Afghan refugees have citizen groups of their own in Peshawar.",
    ],
)
def test_card_of_country_look_alikes(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == []
