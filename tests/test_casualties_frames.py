"""NL201: a credit that opens the sentence ("According to the police, …") frames all of it,
its "but" clause too. Invented sentences only (hunt r12 class 3).

"According to the police, one person was killed in the attack, but three more succumbed in
hospital" gives both counts on the police's word; "Police said one person was killed, but
three more died" still leaves the second count to the writer (what follows "but" is no longer
what was said), and so does a credit placed after the first count, a ";" or a subordinate
clause after "but".
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


FRAMES = [
    "According to the police,",
    "According to the Inter-Services Public Relations (ISPR),",
    "According to a senior official of the district hospital in Peshawar,",
    "Per the Edhi Foundation,",
    "Citing rescue officials,",
]
FIRST = [
    "{a} people were killed in the attack",
    "the initial report said {a} people died and {b} were injured in the blast",
    "{a} soldiers were martyred in the exchange of fire",
]
LATER = [
    "but {b} more succumbed to their injuries in hospital",
    "but {b} others died on the way to hospital",
    "but the toll later rose to {c}",
]


@pytest.mark.parametrize(("frame", "first", "later"), itertools.product(FRAMES, FIRST, LATER))
def test_a_fronted_credit_covers_the_but_clause(seed_corpus, figures, frame, first, later):
    a, b, c = figures[0], figures[1], figures[2]
    text = f"{frame} {first.format(a=a, b=b)}, {later.format(b=b, c=c)}."
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "template",
    [
        # a reporting verb: what follows "but" is no longer what was said
        "Police said {a} people were killed in the attack, but {b} more succumbed in hospital.",
        # the credit stands after the first count, not before the sentence
        "{a} people were killed according to police, but {b} more succumbed in hospital.",
        # a semicolon ends the framed sentence's reach
        "According to the police, the road was closed; {b} more succumbed in hospital.",
        # a subordinate clause after "but" tells something else
        "According to the police, the road was closed, but after gunmen killed {b} people "
        "in Quetta it reopened.",
        # "according to" not at the start of the sentence frames nothing
        "The road, according to police, was closed for a day, but {b} more people died.",
    ],
)
def test_look_alikes_keep_the_later_count_unsourced(seed_corpus, figures, template):
    text = template.format(a=figures[0], b=figures[1])
    assert fires(seed_corpus, text) != [], text
