"""NL201: counts that share one verb ("Six security personnel and two civilians were
martyred") give one toll, their total; a lead that gives it in parts is covered when the next
paragraph restates that total with a source ("According to security officials, the bomber …,
claiming the lives of eight people": r11 hunt 078), as a lead giving the figure whole is. A
total that is not theirs, a restatement two paragraphs down or with no source, and parts of
different kinds ("six were martyred and two injured") stay findings. Invented sentences only;
the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


LEADS = [
    "{a} security personnel and {b} civilians were martyred in a suicide attack on a check "
    "post in Mir Ali on Saturday.",
    "{a} policemen and {b} passers-by lost their lives when a bomb went off near a police van "
    "in Quetta.",
    "At least {a} soldiers and {b} labourers were killed in an attack on a convoy in Kurram.",
]
RESTATED = [
    "According to security officials, the bomber detonated an explosives-laden rickshaw at "
    "the checkpoint, claiming the lives of {s} people.",
    "Police said {s} people were killed and the area was cordoned off.",
    "{s} people died in the attack, the district health officer told reporters.",
]


def _parts(figures):
    a, b = figures[1], figures[0]
    return a, b, a + b


@pytest.mark.parametrize(("lead", "restated"), itertools.product(LEADS, RESTATED))
def test_a_lead_in_parts_is_covered_by_its_credited_total(seed_corpus, figures, lead, restated):
    a, b, s = _parts(figures)
    text = lead.format(a=a, b=b) + "\n\n" + restated.format(s=s)
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # a total that is not theirs
        LEADS[0] + "\n\n" + RESTATED[1].replace("{s}", "{s1}"),
        # parts of different kinds
        "{a} security personnel were martyred and {b} civilians injured in a suicide attack on "
        "a check post in Mir Ali.\n\n" + RESTATED[1],
        # the restatement two paragraphs down
        LEADS[0] + "\n\nThe area was cordoned off.\n\n" + RESTATED[1],
        # no source for the total
        LEADS[0] + "\n\n{s} people were killed and the area was cordoned off.",
    ],
)
def test_a_lead_in_parts_without_its_credited_total_needs_a_source(seed_corpus, figures, text):
    a, b, s = _parts(figures)
    text = text.format(a=a, b=b, s=s, s1=s + 1)
    assert any(str(a) in f.split() for f in fires(seed_corpus, text)), text
