"""A service's top rank, held by one person at a time, given to someone the ledger records only
in civil posts: "Field Marshal <the prime minister's name>" while the ledger records the rank
for its one holder (dev news-r25-ti-037, a real passage: the army chief's rank and post given
to the prime minister). NL402 asks to check the name; no fix is offered.

Still silent: the rank's own holder; the same rank before anyone held it; a junior or shared
rank ("General", held by several at once); a person with a rank on record; a rank written as
past ("former") or set at another time; a sentence that names no word of the country (another
country's officer of the same name may be meant, tests/test_titles_officer_namesakes.py).

A fictional ledger: Sylvania's army chief Pell Ohm, a general from 2020 and field marshal from
2025-05-20; Ilse Varga its prime minister; Ivo Brand a general with no post now; Sven Ek, a
retired general serving as interior minister (rank on record)."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: pm_sy, name: Prime Minister of Sylvania, country: Sylvania, titles: [prime minister]}
  - {id: army_chief_sy, name: Chief of Army Staff of Sylvania, country: Sylvania,
     titles: [army chief, chief of army staff]}
  - {id: interior_sy, name: Interior Minister of Sylvania, country: Sylvania,
     titles: [interior minister]}
ranks:
  - {id: field_marshal, name: Field Marshal, titles: [field marshal], order: 5, service: army,
     source: https://example.invalid/sy/ranks}
  - {id: general, name: General, titles: [general], abbreviations: [Gen., Gen], order: 4,
     service: army, source: https://example.invalid/sy/ranks}
people:
  - id: pell_ohm
    name: Pell Ohm
    aliases: [pell ohm]
    ranks:
      - {rank: general, start: '2020-01-01', end: '2025-05-20', source: https://example.invalid/sy/g}
      - {rank: field_marshal, start: '2025-05-20', end: null, source: https://example.invalid/sy/fm}
    posts:
      - {id: ohm_army, office: army_chief_sy, title: Chief of Army Staff, start: '2020-01-01',
         end: null, source: https://example.invalid/sy/ohm}
  - id: ilse_varga
    name: Ilse Varga
    aliases: [ilse varga]
    posts:
      - {id: varga_pm, office: pm_sy, title: Prime Minister, start: '2022-01-01', end: null,
         source: https://example.invalid/sy/varga}
  - id: ivo_brand
    name: Ivo Brand
    aliases: [ivo brand]
    ranks:
      - {rank: general, start: '2016-01-01', end: null, source: https://example.invalid/sy/brand}
    posts:
      - {id: brand_army, office: army_chief_sy, title: Chief of Army Staff, start: '2016-01-01',
         end: '2020-01-01', source: https://example.invalid/sy/brand-army}
  - id: sven_ek
    name: Sven Ek
    aliases: [sven ek]
    ranks:
      - {rank: general, start: '2010-01-01', end: null, source: https://example.invalid/sy/ek}
    posts:
      - {id: ek_interior, office: interior_sy, title: Interior Minister, start: '2022-01-01',
         end: null, source: https://example.invalid/sy/ek-int}
"""

AFTER = "2025-09-20"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def findings(corpus, text, date=AFTER):
    return lint_text(corpus, text, date=date, codes=CODES)


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania's Field Marshal Ilse Varga met the visiting envoy at the palace.",
        "The premier and Sylvanian army chief, Field Marshal Ilse Varga, flew to the summit.",
    ],
)
def test_the_one_holder_rank_given_to_a_civilian_is_checked(ledger, text):
    found = findings(ledger, text)
    assert [f.code for f in found] == ["NL402"]
    assert "Check the name" in found[0].message and "Pell Ohm" in found[0].message
    assert found[0].fix is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sylvania's Field Marshal Pell Ohm met the visiting envoy at the palace.", AFTER),
        ("Sylvania's Field Marshal Ilse Varga met the visiting envoy.", "2024-09-20"),
        ("Sylvania's General Ilse Varga met the visiting envoy at the palace.", AFTER),
        ("Sylvania's Field Marshal Sven Ek met the visiting envoy at the palace.", AFTER),
        ("In 2019, Sylvania's Field Marshal Ilse Varga met the visiting envoy.", AFTER),
        ("Sylvania's Prime Minister Ilse Varga met Field Marshal Pell Ohm.", AFTER),
        # no word of the country: perhaps another country's officer of the same name
        ("Field Marshal Ilse Varga of Arcadia inspected the parade.", AFTER),
        ("The envoy met Field Marshal Ilse Varga, Arcadia's army chief.", AFTER),
    ],
)
def test_look_alikes_stay_silent_here(ledger, text, date):
    assert not [f for f in findings(ledger, text, date) if "Check the name" in f.message]
