"""A ledger title written with "the" after its preposition ("Director General of the
Inter-Services Public Relations" for "director general of inter-services public relations")
names the post, hyphenated words split as the tokenizer splits them. Not before a body of one
word ("Minister of the Interior" is the ledger's own to spell), and a title of another body
stays unread. Fictional ledger below (no seed text)."""

import pytest

from .conftest import ledger_corpus
from .titles_support import found

LEDGER = """\
version: 1
offices:
  - {id: dg_press_sy, name: Director General of Inter-Services Press Relations,
     country: Sylvania, titles: [director general of inter-services press relations]}
  - {id: dg_intel_sy, name: Director General of Inter-Services Intelligence Bureau,
     country: Sylvania, titles: [director general of inter-services intelligence bureau]}
  - {id: minister_interior_sy, name: Minister of Interior, country: Sylvania,
     titles: [minister of interior]}
people:
  - id: rita_moll
    name: Rita Moll
    aliases: [rita moll]
    posts:
      - {id: moll_press, office: dg_press_sy, title: Director General of Press Relations,
         start: '2022-01-01', end: null, source: https://example.invalid/sy/moll}
  - id: jan_pohl
    name: Jan Pohl
    aliases: [jan pohl]
    posts:
      - {id: pohl_intel, office: dg_intel_sy, title: Director General of the Bureau,
         start: '2022-01-01', end: null, source: https://example.invalid/sy/pohl}
  - id: eli_dorn
    name: Eli Dorn
    aliases: [eli dorn]
    posts:
      - {id: dorn_interior, office: minister_interior_sy, title: Minister of Interior,
         start: '2022-01-01', end: null, source: https://example.invalid/sy/dorn}
"""

DAY = "2024-05-01"


@pytest.fixture(scope="module")
def press(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


@pytest.mark.parametrize(
    "text",
    [
        "Jan Pohl, the serving Director General of the Inter-Services Press Relations (ISPR), "
        "was appointed adviser.",
        "Director General of the Inter-Services Press Relations Jan Pohl told reporters.",
        "The Director General of the Inter-Services Press Relations, Jan Pohl, told reporters.",
    ],
)
def test_the_after_the_titles_preposition_names_the_post(press, text):
    assert found(press, text, DAY) == ["NL402"], text
    own = text.replace("Jan Pohl", "Rita Moll")
    assert found(press, own, DAY) == [], own


@pytest.mark.parametrize(
    "text",
    [
        "Rita Moll, the Minister of the Interior, told reporters.",
        "Jan Pohl, the Director General of the Inter-Services Sports Board, told reporters.",
    ],
)
def test_a_body_of_one_word_or_another_body_is_not_read(press, text):
    assert found(press, text, DAY) == [], text


def test_variants_are_split_as_the_tokenizer_splits_hyphens():
    from narrlint.claims.titles_variants import title_variants

    variants = title_variants([("a", "director general of inter-services press relations")])
    flat = {v for entries in variants.values() for v, _ in entries}
    assert (
        "director",
        "general",
        "of",
        "the",
        "inter",
        "-",
        "services",
        "press",
        "relations",
    ) in flat
    assert not any("inter-services" in v for v in flat)
