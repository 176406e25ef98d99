"""NL201: two more ways a credit tells the count's attack (probed from the r17 blind classes):
a bridge that opens with "The attack" after a toll of a blast ("… killed in a suicide blast at
a rally. The attack took place as the rally was under way. Police said the bomber detonated
his vest near the stage": the bridge goes on telling the blast, so the credit past it is as
near as the bridge), and the attacked place that "came under attack" ("The police post came
under attack late on Sunday, a police spokesman said"). Another attack, or no credit, keeps
the finding. Invented sentences only; the figures are the ledger's.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


@pytest.mark.parametrize(
    "text",
    [
        "{a} people were killed in a suicide blast at a rally in Khar. The attack took place as "
        "the rally was under way. Police said the bomber detonated his vest near the stage.",
        "{a} policemen were martyred in an attack on a police post in Tank. The police post came "
        "under attack late on Sunday, a police spokesman said.",
        "{a} soldiers were injured when a convoy was ambushed near Wana. The convoy came under "
        "heavy fire from the hills, officials said.",
    ],
)
def test_a_bridged_or_retold_attack_sources_the_toll(seed_corpus, figures, text):
    text = text.format(a=figures[1])
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # another attack past the bridge
        "{a} people were killed in a suicide blast at a rally in Khar. The attack took place as "
        "the rally was under way. Police said another bomber was arrested in a separate raid.",
        # no credit
        "{a} policemen were martyred in an attack on a police post in Tank. The police post came "
        "under attack late on Sunday.",
        # what came under fire is not what the count's sentence names (the convoy, the
        # vehicles): the credit tells the route (dev news-r2-cas-027)
        "At least {a} people were killed when gunmen attacked passenger vehicles in the valley. "
        "According to the district police officer, the convoy was travelling from the city to "
        "the border town when it came under fire.",
        # another place under attack
        "{a} policemen were martyred in an attack on a police post in Tank. A school in Kohat "
        "also came under attack, police said.",
    ],
)
def test_another_attack_or_no_credit_keeps_the_finding(seed_corpus, figures, text):
    text = text.format(a=figures[1])
    assert fires_on(fires(seed_corpus, text), figures[1]), text
