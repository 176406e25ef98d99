"""A sentence that credits the count itself, past one sentence with no number and no source
("Twelve people were killed. The attack took place near a police vehicle. The interior
minister confirmed the casualties."), or that reports "this information" (hunt r7, class B).
Past a bridge only a reference to the count covers it: "confirmed this" is the bridge's, and
a rival figure, a sentence with a source or a number of its own between, or a second bridge
keep the count unattributed. One paragraph break among the three is web paragraphing
(hunt r9, draft 120); two breaks or a heading between leave the account."""

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNTS = [
    "A suicide bombing outside the court killed {n} people.",
    "{n} soldiers were martyred when militants stormed the post.",
    "The blast at the station left {n} people dead.",
]
BRIDGES = [
    "The attack took place near a police vehicle.",
    "The explosion happened as passengers waited for their train on Saturday morning.",
]
CREDITS = [
    "The interior minister confirmed the casualties.",
    "According to a hospital spokesman, the death toll was revised from {m} to {n}.",
    "The military confirmed the toll in a statement.",
    "Police said the victims were shot dead.",
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("bridge", BRIDGES)
@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_past_a_bridge_covers_the_count(seed_corpus, figures, count, bridge, credit):
    for n in figures:
        text = f"{_cap(count.format(n=n))} {bridge} {credit.format(n=n, m=n - 1)}"
        assert fires(seed_corpus, text) == [], text


BREAKS = [
    "{count} {bridge}\n\n{credit}",  # web paragraphing: the credit opens the next paragraph
    "{count}\n\n{bridge} {credit}",  # the bridge opens it
]


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("layout", BREAKS)
def test_a_credit_past_a_bridge_across_one_paragraph_break(
    seed_corpus, figures, count, credit, layout
):
    """Hunt r9 draft 120: the documented example with its credit in the next paragraph."""
    for n in figures:
        text = layout.format(
            count=_cap(count.format(n=n)), bridge=BRIDGES[0], credit=credit.format(n=n, m=n - 1)
        )
        assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "credit",
    [
        "Reuters reported this information in a report on Wednesday.",
        "AFP reported the information late on Monday.",
        "Officials confirmed these details on Monday.",
    ],
)
def test_reporting_this_information_credits_the_sentence_before(seed_corpus, figures, credit):
    for n in figures:
        assert fires(seed_corpus, f"{n} civilians were killed in the strikes. {credit}") == []


LOOK_ALIKES = [
    # the bridge has a number or a source of its own
    "{N} people were killed. Three suspects were arrested. The minister confirmed the casualties.",
    "{N} people were killed. Residents said the area was tense. Police confirmed the casualties.",
    # "this" past a bridge is the bridge's
    "{N} people were killed. The attack took place near a market. Police confirmed this.",
    # a rival figure past the bridge
    "{N} people were killed. The attack took place near a market. Residents, however, said the "
    "toll had crossed {R}.",
    # two bridges
    "{N} people were killed. The attack took place near a market. The market was closed. "
    "Police confirmed the casualties.",
    # two paragraph breaks: the credit is past the account
    "{N} people were killed.\n\nThe attack took place near a market.\n\nPolice confirmed the "
    "casualties.",
    # a heading as the bridge
    "{N} people were killed.\n\n## Reaction\n\nPolice confirmed the casualties.",
    # one break, but the bridge has a source of its own
    "{N} people were killed. Residents said the area was tense.\n\nPolice confirmed the "
    "casualties.",
    # one break, but "this" is the bridge's
    "{N} people were killed. The attack took place near a market.\n\nPolice confirmed this.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_keep_the_count_unattributed(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(N=n, R=n + 30)) != [], text
