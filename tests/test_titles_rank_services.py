"""A rank of another service than every rank the ledger records for the person ("General X"
for an admiral, "Air Marshal Y" for an army officer): NL402, with the fix writing the rank
held on the date. Look-alikes: the person's own rank, a junior rank of the same service the
ledger does not record (perhaps an earlier one; a senior one never held is
``test_titles_above_rank``'s), a person whose ranks have no service on record, and a
sentence that reports a promotion stay silent.

A fictional ledger: Nils Berg is an admiral (navy), Tove Lund a lieutenant general (army),
Ola Dahl a general whose rank has no service on record."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
ranks:
  - {id: general, name: General, titles: [general], abbreviations: [Gen., Gen], service: army,
     order: 4, source: https://example.invalid/sy/ranks}
  - {id: lt_general, name: Lieutenant General, titles: [lieutenant general],
     abbreviations: [Lt Gen], service: army, order: 3, source: https://example.invalid/sy/ranks}
  - {id: maj_general, name: Major General, titles: [major general],
     abbreviations: [Maj Gen], service: army, order: 2, source: https://example.invalid/sy/ranks}
  - {id: admiral, name: Admiral, titles: [admiral], service: navy, order: 4,
     source: https://example.invalid/sy/ranks}
  - {id: air_marshal, name: Air Marshal, titles: [air marshal], service: air force, order: 3,
     source: https://example.invalid/sy/ranks}
  - {id: marshal, name: Marshal, titles: [marshal], order: 5,
     source: https://example.invalid/sy/ranks}
people:
  - id: nils_berg
    name: Nils Berg
    aliases: [nils berg]
    ranks:
      - {rank: admiral, start: '2022-01-01', end: null, source: https://example.invalid/sy/berg}
  - id: tove_lund
    name: Tove Lund
    aliases: [tove lund]
    ranks:
      - {rank: lt_general, start: '2021-01-01', end: null,
         source: https://example.invalid/sy/lund}
  - id: ola_dahl
    name: Ola Dahl
    aliases: [ola dahl]
    ranks:
      - {rank: marshal, start: '2021-01-01', end: null, source: https://example.invalid/sy/dahl}
"""

DAY = "2024-06-30"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def findings(corpus, text):
    return lint_text(corpus, text, date=DAY, codes=CODES)


@pytest.mark.parametrize(
    ("text", "now"),
    [
        (
            "Chief of the Naval Staff General Nils Berg visited the war college on Monday.",
            "Admiral",
        ),
        ("Air Marshal Tove Lund inspected the troops on Monday.", "Lieutenant General"),
    ],
)
def test_a_rank_of_another_service_is_reported_with_the_rank_held(ledger, text, now):
    found = findings(ledger, text)
    assert [f.code for f in found] == ["NL402"], text
    assert f'"{now}"' in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Chief of the Naval Staff Admiral Nils Berg visited the war college on Monday.",
        "Major General Tove Lund inspected the troops on Monday.",
        "General Ola Dahl inspected the troops on Monday.",
        "Tove Lund was promoted and Air Marshal Tove Lund took command, the ministry said.",
    ],
)
def test_the_own_service_or_no_service_on_record_stays_silent(ledger, text):
    assert [f.code for f in findings(ledger, text)] == [], text
