"""A rank of the person's own service senior to the one on record and never held ("General
X" for a lieutenant general): NL402, with the fix writing the rank held on the date, also
where the sentence tells of the post's end ("will replace General X"). Look-alikes: the rank
held, a junior rank the ledger does not record, a rank after "former", a sentence that
reports a promotion, a rank the ledger gives no seniority, and a rank whose misspelt first
word the draft does not know ("Leftenant General X") stay silent; a post's name ending with
the rank's word ("Director General General X") is no such misspelling.

A fictional ledger: Tove Lund a lieutenant general, Ola Dahl a general later made marshal
(a rank with no order on record)."""

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
  - {id: marshal, name: Marshal, titles: [marshal], service: army,
     source: https://example.invalid/sy/ranks}
people:
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
      - {rank: general, start: '2020-01-01', end: null, source: https://example.invalid/sy/dahl}
"""

DAY = "2024-06-30"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def findings(corpus, text):
    return lint_text(corpus, text, date=DAY, codes=CODES)


@pytest.mark.parametrize(
    "text",
    [
        "The spy agency's chief, General Tove Lund, briefed the committee on Monday.",
        "Gen Tove Lund inspected the troops on Monday.",
        "The cabinet said a successor will replace General Tove Lund at the agency.",
        # a post's name ending with the word the rank repeats
        "The agency's Director General General Tove Lund briefed the committee on Monday.",
        "Press Relations Inspector General General Tove Lund spoke on Monday.",
    ],
)
def test_a_senior_rank_never_held_is_reported_with_the_rank_held(ledger, text):
    found = findings(ledger, text)
    assert [f.code for f in found] == ["NL402"], text
    assert '"Lieutenant General"' in found[0].message
    assert found[0].fix is not None


@pytest.mark.parametrize(
    "text",
    [
        "The spy agency's chief, Lieutenant General Tove Lund, briefed the committee on Monday.",
        "Major General Tove Lund inspected the troops on Monday.",
        "Former General Tove Lund inspected the troops on Monday.",
        "Tove Lund was promoted and General Tove Lund took command, the ministry said.",
        "Marshal Ola Dahl inspected the troops on Monday.",
        "The agency's chief Leftenant General Tove Lund briefed the committee on Monday.",
        "The agency's Director General Lieutenant General Tove Lund briefed the committee.",
    ],
)
def test_the_rank_held_or_an_undecided_one_stays_silent(ledger, text):
    assert [f.code for f in findings(ledger, text)] == [], text
