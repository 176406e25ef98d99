"""A title's complement as reporting writes it: with "the" before the body ("Director General
of the SIB", a ledger title "director general sib" with its body moved behind) and in capitals
("Chief Minister of NP, X, said"): the name beside it is its holder, and a holder whose
tenure had ended is given a stale title. The right holder, and a list after the comma, stay
silent. A rank written between a title marked as past and the name is the rank of that
time ("Former Director General (DG) SIB Maj Gen X")."""

import pytest

from . import titles_support
from .conftest import ledger_corpus, lint_text
from .titles_support import found

sylvania = titles_support.sylvania

LEDGER = """\
version: 1
offices:
  - {id: dg_sib, name: Director General of the Sylvanian Intelligence Bureau, country: Sylvania,
     titles: [director general sib, sib chief]}
ranks:
  - {id: maj_general, name: Major General, titles: [major general], abbreviations: [Maj Gen],
     order: 2, source: https://example.invalid/sy/ranks}
  - {id: lt_general, name: Lieutenant General, titles: [lieutenant general],
     abbreviations: [Lt Gen], order: 3, source: https://example.invalid/sy/ranks}
people:
  - id: mira_sand
    name: Mira Sand
    aliases: [mira sand]
    ranks:
      - {rank: maj_general, start: '2016-01-01', end: '2019-06-01',
         source: https://example.invalid/sy/sand}
      - {rank: lt_general, start: '2019-06-01', end: null,
         source: https://example.invalid/sy/sand-promoted}
    posts:
      - {id: sand_sib, office: dg_sib, title: Director General SIB, start: '2017-01-01',
         end: '2020-01-01', successor: ada_holm, source: https://example.invalid/sy/sand}
  - id: ada_holm
    name: Ada Holm
    aliases: [ada holm]
    posts:
      - {id: holm_sib, office: dg_sib, title: Director General SIB, start: '2020-01-01',
         end: '2023-01-01', successor: ben_krug, source: https://example.invalid/sy/holm}
  - id: ben_krug
    name: Ben Krug
    aliases: [ben krug]
    posts:
      - {id: krug_sib, office: dg_sib, title: Director General SIB, start: '2023-01-01',
         end: null, source: https://example.invalid/sy/krug}
"""

DAY = "2024-05-01"


@pytest.fixture(scope="module")
def bureau(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def _codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=("NL401", "NL402"))]


@pytest.mark.parametrize(
    "template",
    [
        "Director General of the SIB {name} met the envoy.",
        "The talks are led by {name}, Director General of the SIB, and senior officials.",
        "The delegation is led by {name}, Director General of the SIB and other officials.",
        "{name}, the Director General of the SIB, said the talks would resume.",
    ],
)
def test_a_moved_body_written_with_the_names_the_office(bureau, template):
    assert _codes(bureau, template.format(name="Ada Holm")) == ["NL401"]
    assert _codes(bureau, template.format(name="Ben Krug")) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said that Chief Minister of NP, Karl Moser, should not defy them.", ["NL401"]),
        ("The Chief Minister of NP, Karl Moser, said the roads were open.", ["NL401"]),
        # Rosa Lind took the North's post only in 2024, every chief minister then on record
        # someone else: not yet hers (round 19; it was read as a kind of post she might hold)
        ("The Chief Minister of NP, Rosa Lind, said the roads were open.", ["NL402"]),
        ("The Chief Minister of NP, Karl Moser and Rosa Lind met on Monday.", []),
    ],
)
def test_a_complement_in_capitals_keeps_the_name_as_the_holder(sylvania, text, expected):
    assert found(sylvania, text, "2023-06-01") == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "Former Director General (DG) SIB Maj Gen Mira Sand addressed the students.",
        "The former Director General of the SIB, Maj Gen Mira Sand, addressed the students.",
    ],
)
def test_a_rank_after_a_title_marked_as_past_is_of_that_time(bureau, text):
    assert _codes(bureau, text) == [], text


def test_the_same_rank_after_the_title_written_as_now_is_stale(bureau):
    text = "Director General (DG) SIB Maj Gen Mira Sand addressed the students."
    assert _codes(bureau, text) == ["NL401", "NL401"], text
