"""A surname alias after the person's given names where the first of them is short ("Mir",
as the ledger records it) and the later ones are spelt otherwise ("Kasper" for "Kaspar"): the
name is the person's, and the title before it is judged. Look-alikes: a short first word the
person's recorded names do not open with ("Ali Vogt"), or one with no given name after it
("Mir Vogt"), does not make the surname the person's.

A fictional ledger: Mir Abdel Kaspar Vogt (surname alias "Vogt") was chief minister of the
North, never foreign minister; Tomas Reyes is the foreign minister."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: cm_north, name: Chief Minister of the North, country: Sylvania,
     titles: [north chief minister]}
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister]}
people:
  - id: abdel_vogt
    name: Mir Abdel Kaspar Vogt
    aliases: [abdel kaspar vogt, {name: vogt, surname: true}]
    posts:
      - {id: vogt_cm, office: cm_north, title: Chief Minister of the North,
         start: '2020-01-01', end: '2023-01-01', source: https://example.invalid/sy/vogt}
  - id: tomas_reyes
    name: Tomas Reyes
    aliases: [tomas reyes]
    posts:
      - {id: reyes_fm, office: fm_sy, title: Foreign Minister, start: '2020-01-01',
         end: null, source: https://example.invalid/sy/reyes}
"""

DAY = "2023-06-01"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def found(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile, Foreign Minister Mir Abdel Kasper Vogt condemned the attack.",
        "Foreign Minister Mir Abdel Vogt said the talks would go on.",
    ],
)
def test_the_persons_short_first_given_name_makes_the_surname_theirs(ledger, text):
    assert found(ledger, text) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile, Foreign Minister Ali Vogt condemned the attack.",
        "Meanwhile, Foreign Minister Mir Vogt condemned the attack.",
        "Meanwhile, Foreign Minister Tomas Reyes condemned the attack.",
    ],
)
def test_another_short_word_or_none_after_it_leaves_the_surname_alone(ledger, text):
    assert found(ledger, text) == [], text
