""" "Ambassador X" before X's first recorded posting stays silent even where every ambassador
on record then is someone else: diplomats are called so as a courtesy, and X may have held a
posting the ledger does not record. The same shape with a kind of post kept for no such
courtesy ("Chief Minister X" before X's first term, every chief minister then on record
someone else) is NL402.

The fictional ledger below (no real person)."""

import pytest

from .conftest import ledger_corpus
from .titles_support import found

LEDGER = """\
version: 1
offices:
  - {id: amb_ar, name: Sylvania's Ambassador to Arcadia, country: Sylvania,
     titles: [ambassador, ambassador to arcadia]}
  - {id: amb_bo, name: Sylvania's Ambassador to Borduria, country: Sylvania,
     titles: [ambassador, ambassador to borduria]}
  - {id: cm_n, name: Chief Minister of the North, country: Sylvania, titles: [chief minister]}
  - {id: cm_s, name: Chief Minister of the South, country: Sylvania, titles: [chief minister]}
people:
  - id: paula_roth
    name: Paula Roth
    aliases: [paula roth]
    posts:
      - {id: roth_ar, office: amb_ar, title: Ambassador to Arcadia, start: '2020-01-01',
         end: '2024-12-31', source: https://example.invalid/sy/roth}
  - id: sven_ek
    name: Sven Ek
    aliases: [sven ek]
    posts:
      - {id: ek_bo, office: amb_bo, title: Ambassador to Borduria, start: '2021-01-01',
         end: null, source: https://example.invalid/sy/ek}
  - id: nils_dahl
    name: Nils Dahl
    aliases: [nils dahl]
    posts:
      - {id: dahl_ar, office: amb_ar, title: Ambassador to Arcadia, start: '2025-01-01',
         end: null, source: https://example.invalid/sy/dahl}
  - id: ana_holt
    name: Ana Holt
    aliases: [ana holt]
    posts:
      - {id: holt_n, office: cm_n, title: Chief Minister of the North, start: '2020-01-01',
         end: '2024-12-31', source: https://example.invalid/sy/holt}
  - id: ivo_berg
    name: Ivo Berg
    aliases: [ivo berg]
    posts:
      - {id: berg_s, office: cm_s, title: Chief Minister of the South, start: '2020-01-01',
         end: null, source: https://example.invalid/sy/berg}
  - id: lia_maar
    name: Lia Maar
    aliases: [lia maar]
    posts:
      - {id: maar_n, office: cm_n, title: Chief Minister of the North, start: '2025-01-01',
         end: null, source: https://example.invalid/sy/maar}
"""

DAY = "2023-06-01"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


@pytest.mark.parametrize(
    "text",
    [
        "Ambassador Nils Dahl said the talks would resume.",
        "The seminar was addressed by Ambassador Nils Dahl on Monday.",
    ],
)
def test_a_courtesy_ambassador_before_the_posting_stays_silent(ledger, text):
    assert found(ledger, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Chief Minister Lia Maar said the talks would resume.",
        "The seminar was addressed by Chief Minister Lia Maar on Monday.",
    ],
)
def test_a_chief_minister_before_the_first_term_is_not_yet(ledger, text):
    assert found(ledger, text, DAY) == ["NL402"], text
