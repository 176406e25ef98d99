"""The level of government written in a title phrase ("Federal", "provincial") picks, among
the offices that share the title, those whose ledger name or titles have that word: "Caretaker
Federal Minister for Information X" is the federal post even where a provincial one is called
the same, and is judged on its holder. A title that writes no level, or a level no office of
it names, stays shared (not judged on one holder).

The fictional ledger below (no real person): Ada Rusk is Sylvania's federal information
minister, Jon Vell the North's caretaker information minister, Eli Marr the president."""

import pytest

from .conftest import ledger_corpus, lint_text

DAY = "2024-01-03"

LEDGER = """\
version: 1
offices:
  - {id: info_sy, name: Federal Minister for Information of Sylvania, country: Sylvania,
     titles: [information minister, minister for information]}
  - {id: info_north, name: 'Minister for Information, North (provincial cabinet)',
     country: Sylvania,
     titles: [information minister, minister for information, north information minister]}
  - {id: info_arcadia, name: Information Minister of Arcadia, country: Arcadia,
     titles: [arcadian information minister]}
  - {id: president_sy, name: President of Sylvania, country: Sylvania, titles: [president]}
people:
  - id: eli_marr
    name: Eli Marr
    aliases: [eli marr]
    posts:
      - {id: marr_president, office: president_sy, title: President, start: '2020-01-01',
         end: null, source: https://example.invalid/sy/marr}
  - id: ada_rusk
    name: Ada Rusk
    aliases: [ada rusk]
    posts:
      - {id: rusk_info, office: info_sy, title: Federal Minister for Information,
         qualifier: caretaker, start: '2023-08-17', end: null,
         source: https://example.invalid/sy/rusk}
  - id: jon_vell
    name: Jon Vell
    aliases: [jon vell]
    posts:
      - {id: vell_info, office: info_north, title: Caretaker Information Minister of the North,
         qualifier: caretaker, start: '2023-08-20', end: null,
         source: https://example.invalid/sy/vell}
"""


@pytest.fixture(scope="module")
def levels(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=("NL401", "NL402"))]


@pytest.mark.parametrize(
    "text",
    [
        "Caretaker Federal Minister for Information Jon Vell said the roads were open.",
        "QUETTA, Jan 3 (APP): Federal Information Minister Jon Vell on Wednesday said the "
        "roads were open.",
        "Jon Vell, the caretaker federal information minister, said the roads were open.",
        "Provincial Information Minister Ada Rusk said the roads were open.",
        "The roads are open, said Caretaker Provincial Minister for Information Ada Rusk.",
    ],
)
def test_a_level_written_in_the_title_picks_that_levels_office(levels, text):
    assert codes(levels, text) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        # the right level, and no level written (either office)
        "Caretaker Federal Minister for Information Ada Rusk said the roads were open.",
        "Provincial Information Minister Jon Vell said the roads were open.",
        "Information Minister Jon Vell said the roads were open.",
        "Caretaker Minister for Information Ada Rusk said the roads were open.",
        # past-marked, another country's post, a report of the end
        "Former Federal Information Minister Jon Vell said the roads were open.",
        "Arcadian Information Minister Jon Vell said the roads were open.",
        "Jon Vell, who resigned as federal information minister, said the roads were open.",
        # a level no office of the title names: another body's post (a party's)
        "On Monday, Provincial President Ada Rusk said the roads were open.",
        "The party's provincial information minister Ada Rusk said the roads were open.",
    ],
)
def test_look_alikes_stay_silent(levels, text):
    assert codes(levels, text) == [], text
