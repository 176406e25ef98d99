"""NL201: a credited sentence telling that the operation was conducted ("security forces
conducted an intelligence-based operation in the area", "the operation was launched to
intercept …") tells the event of a count whose people fell in an operation, and sources it
(round 19 hunt on stored pages: an ISPR release told after a lead, in both wordings).
Look-alikes keep the finding: a response ("launched a search operation"), an operation after
an attack the count's sentence tells (no operation of its own), another or a future
operation, and no credit.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNT = (
    "Two soldiers were martyred while {n} militants were killed in an intelligence-based "
    "operation in the Dattakhel area on Sunday."
)
CREDITS = [
    "According to the military's media wing, security forces conducted an intelligence-based "
    "operation in Dattakhel on the reported presence of militants.",
    "The military said the operation was launched on the reported presence of militants.",
    "Troops carried out a raid on a militant hideout in Dattakhel, the army said.",
]
ATTACK = "{n} soldiers were martyred in an attack on a checkpost in Dattakhel on Sunday."
LOOK_ALIKES = [
    (COUNT, "According to the military, troops launched a search operation in Dattakhel."),
    (ATTACK, "According to the military, security forces launched an operation in Dattakhel."),
    (COUNT, "The military said security forces also conducted an operation in Dattakhel."),
    (COUNT, "The military said an operation would be launched in Dattakhel."),
    (COUNT, "Security forces conducted an intelligence-based operation in Dattakhel."),
]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credited_operation_conducted_sources_its_count(seed_corpus, figures, credit):
    for n in figures:
        text = f"{COUNT.format(n=n)} {credit}"
        assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(("count", "other"), LOOK_ALIKES)
def test_a_response_another_operation_or_no_credit_keeps_the_finding(
    seed_corpus, figures, count, other
):
    for n in figures:
        text = f"{count.format(n=n)} {other}"
        assert fires_on(fires(seed_corpus, text), n), text
