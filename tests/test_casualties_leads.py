"""NL201: a story's lead (its opening paragraph, after any headline) whose count the next
paragraph restates with a source is covered by that source, as a headline is ("… killed all
five terrorists. // According to the district police, … the police officials killed all five
terrorists in retaliation": r10 hunt 005). A credit further down, a lead that is not the
opening paragraph, or a restatement of another figure keeps the finding. Invented sentences
only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


LEADS = [
    "Security forces on Monday foiled an attack on police lines in Bannu and killed all {a} "
    "terrorists.",
    "At least {a} soldiers were martyred when militants ambushed a convoy in North Waziristan.",
    "Gunmen shot dead {a} passengers on the highway near Kalat on Friday night.",
]
BODIES = [
    # the credited sentence tells the attack; the next one, going on with it, restates
    "According to the district police, the attackers opened fire on the post. However, the "
    "alert officials killed {a} of them in retaliation, leaving {a} dead.",
    "The ISPR said militants opened fire on the vehicles. In the exchange, {a} people lost "
    "their lives.",
    "Police told reporters that the assailants fled. They said {a} people were killed.",
]
HEADLINES = ["", "# Attack in the north\n\n"]


@pytest.mark.parametrize(("lead", "body", "headline"), itertools.product(LEADS, BODIES, HEADLINES))
def test_a_lead_restated_with_its_source_in_the_next_paragraph(
    seed_corpus, figures, lead, body, headline
):
    a = figures[1]
    text = f"{headline}{lead.format(a=a)}\n\n{body.format(a=a)}"
    assert not any(str(a) in f for f in fires(seed_corpus, text)), text


@pytest.mark.parametrize(
    "text",
    [
        # the restatement two paragraphs on: the credit reaches no lead
        "At least {a} soldiers were martyred in North Waziristan.\n\nThe convoy was on its way "
        "to Miranshah.\n\nThe ISPR said militants opened fire. In the exchange, {a} people lost "
        "their lives.",
        # the count is in the second paragraph, not the lead
        "Militants ambushed a convoy in North Waziristan.\n\nAt least {a} soldiers were "
        "martyred.\n\nThe ISPR said militants opened fire. In the exchange, {a} people lost "
        "their lives.",
        # the next paragraph restates another figure
        "At least {a} soldiers were martyred in North Waziristan.\n\nThe ISPR said militants "
        "opened fire. In the exchange, {b} people lost their lives.",
    ],
)
def test_a_lead_the_next_paragraph_does_not_restate_needs_its_source(seed_corpus, figures, text):
    a, b = figures[1], figures[2]
    found = fires(seed_corpus, text.format(a=a, b=b))
    assert any(str(a) in f for f in found), (text, found)
