"""NL201: a count whose own clause credits reports of no one ("reports claimed that at least
17 members of a single family were among the dead", "initial reports said", "according to
unconfirmed reports", "it was reported that") is sourced to no one by the writer's choice: a
named source in the sentence before or after ("…, Afghan officials said.") does not lend it
its credit (dev news-r10-cc-071). A neighbour that gives the same figure with its source
still covers it, and a count its own clause credits, or one the vague report does not
report, keeps its neighbour. Invented sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


UNNAMED = [
    "Initial reports said {a} people were killed in the attack.",
    "While authorities gave no exact figure, reports claimed that at least {a} members of "
    "one family were among the dead.",
    "At least {a} civilians died in the strikes, according to unconfirmed reports.",
    "It was reported that {a} soldiers were martyred in the attack.",
    "Unconfirmed reports suggested that {a} villagers had been killed.",
]
BEFORE = [
    "Militants stormed a police post in Bajaur on Sunday night, officials said.",
    "According to police, gunmen opened fire on the convoy near the border.",
    "The military said it carried out strikes on hideouts along the border.",
]
AFTER = [
    "Police said the victims were shot dead.",
    "The ISPR confirmed the attack in a statement.",
]


@pytest.mark.parametrize(("neighbour", "count"), itertools.product(BEFORE, UNNAMED))
def test_a_named_source_before_lends_no_credit(seed_corpus, figures, neighbour, count):
    text = f"{neighbour} {count.format(a=figures[1])}"
    assert fires(seed_corpus, text), text  # the text's only count


@pytest.mark.parametrize(("count", "neighbour"), itertools.product(UNNAMED, AFTER))
def test_a_named_source_after_lends_no_credit(seed_corpus, figures, count, neighbour):
    text = f"{count.format(a=figures[1])} {neighbour}"
    assert fires(seed_corpus, text), text  # the text's only count


@pytest.mark.parametrize(
    "text",
    [
        # the count's own clause credits a named source
        "Militants stormed a police post, officials said. According to media reports, {a} "
        "people were killed.",
        "Militants stormed a police post, officials said. Initial reports from the district "
        "hospital said {a} people were killed.",
        "Militants stormed a police post, officials said. It was reported by police that {a} "
        "people were killed.",
        "Initial reports said the road was closed. Police said {a} people were killed.",
        # the vague report is about something else than the count
        "{a} soldiers were martyred in the attack, the ISPR said. Initial reports said the "
        "attackers fled on motorcycles.",
        "The ISPR said terrorists attacked a check post. Initial reports said the attackers "
        "came from across the border, but {a} soldiers were martyred.",
        # the neighbour restates the same figure with its named source
        "Police said {a} people were killed in the attack. Initial reports said {a} people "
        "were killed.",
        "Initial reports said {a} people were killed in the attack. Police later confirmed "
        "that {a} people had died.",
        "At least {a} people died, according to unconfirmed reports. The district police "
        "chief said {a} people were killed.",
    ],
)
def test_a_named_or_restated_credit_still_covers(seed_corpus, figures, text):
    assert fires(seed_corpus, text.format(a=figures[1])) == [], text
