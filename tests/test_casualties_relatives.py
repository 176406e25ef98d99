"""NL201: a relative clause set off by a comma right after the counted people tells what
befell them ("the families of seven labourers, who were martyred by gunmen last month in
Panjgur": r11 hunt 057, listed as a miss), when the count's own clause has no casualty word.
Credited, it is no finding; after "the" (a known group), with an agent's verb ("who killed
three soldiers") or with no casualty word, it is no count. Invented sentences only; the
figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


FRAMES = [
    "The chief minister met the families of {count} last month in Panjgur.",
    "Cheques were handed to the heirs of {count} in Kech on Thursday.",
    "A funeral was held for {count} in Quetta.",
]
COUNTS = [
    "{t} labourers, who were martyred by gunmen",
    "{t} policemen, who had been killed in an ambush",
    "{t} miners, who lost their lives in a blast",
]


@pytest.mark.parametrize(("frame", "count"), itertools.product(FRAMES, COUNTS))
def test_a_relative_clause_tells_what_befell_the_counted(seed_corpus, figures, frame, count):
    t = figures[1]
    text = frame.format(count=count.format(t=t))
    assert any(str(t) in f.split() for f in fires(seed_corpus, text)), text


@pytest.mark.parametrize(
    "text",
    [
        # credited
        "The families of {t} labourers, who were martyred by gunmen, received cheques, "
        "officials said.",
        # a known group
        "The minister met the {t} labourers, who were injured in the blast.",
        # agents, not the counted dead
        "{t} militants, who killed the soldiers, escaped into the mountains.",
        # no casualty word in the relative clause
        "The minister met {t} students, who were protesting outside the assembly.",
    ],
)
def test_a_relative_clause_look_alike_is_no_finding(seed_corpus, figures, text):
    t = figures[1]
    text = text.format(t=t)
    assert fires(seed_corpus, text) == [], text
