"""NL201: a source that "claims this" or "reports it" in the next sentence ("A spokesman for
the authorities claims this, explaining that …") reports the toll before it, as "The military
confirmed this" does: a bare form that is more often a noun ("claims", "reports", "notes") is
a verb when "this" or "it" is its whole object (r17 blind cc-003). The noun ("claims this
week"), a "this" that opens a clause of its own, or no source keeps the finding. Invented
sentences only; the figures are the ledger's.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNTS = [
    "The toll from the earthquake that hit the eastern valleys overnight is almost {a}.",
    "Floods in the northern districts have killed {a} people since Sunday.",
]
CREDITS = [
    "A spokesman for the provincial authorities claims this, adding that roads are blocked.",
    "The disaster management authority reports this in its daily bulletin.",
    "The health ministry notes this.",
]


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("credit", CREDITS)
def test_claims_this_reports_the_toll_before(seed_corpus, figures, count, credit):
    text = f"{count.format(a=figures[1])} {credit}"
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "follow",
    [
        "Rival claims this week were dismissed as rumours.",
        "Residents say this was the worst disaster in memory.",
        "The reports this morning were confused.",
    ],
)
def test_a_noun_or_a_clause_of_its_own_keeps_the_finding(seed_corpus, figures, follow):
    for count in COUNTS:
        text = f"{count.format(a=figures[1])} {follow}"
        assert fires_on(fires(seed_corpus, text), figures[1]), text
