"""A country (or a word the ledger gives for it, such as its capital) written before "of" and
a title tells where the holder went, not whose post the title is: "the visit to Kabul of
intelligence chief X", "a trip to Arcadia of Foreign Minister Y". The title is read as if the
place were not there: the person's own country's office is judged (NL401 for a post left).

Still read as the owner: a country right before the title ("Arcadia's Foreign Minister"), and a
name of several words around "of" ("the Republic of Arcadia's Foreign Minister").

A fictional ledger: "foreign minister" is a title of Sylvania's and of Arcadia's offices; Ola
Brun was Sylvania's foreign minister until 2022-01-01, Kai Lund is Arcadia's; the Arcadian
government's country terms include its capital, Port Vell."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister]}
  - {id: fm_ar, name: Foreign Minister of Arcadia, country: Arcadia,
     titles: [foreign minister]}
governments:
  - id: ar_gov
    name: Government of Arcadia
    country: Arcadia
    terms: [arcadian government]
    country_terms: [arcadia, arcadian, port vell, vell]
    start: '2000-01-01'
    end: null
    source: https://example.invalid/ar/gov
people:
  - id: ola_brun
    name: Ola Brun
    aliases: [ola brun]
    posts:
      - {id: brun_fm, office: fm_sy, title: Foreign Minister of Sylvania, start: '2018-01-01',
         end: '2022-01-01', source: https://example.invalid/sy/brun}
  - id: kai_lund
    name: Kai Lund
    aliases: [kai lund]
    posts:
      - {id: lund_fm, office: fm_ar, title: Foreign Minister of Arcadia, start: '2019-01-01',
         end: null, source: https://example.invalid/ar/lund}
"""

DAY = "2024-05-01"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text, day=DAY):
    return [f.code for f in lint_text(corpus, text, date=day, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "Reporters asked about the recent visit to Arcadia of foreign minister Ola Brun.",
        "The trip to Vell of Foreign Minister Ola Brun drew protests at the border.",
    ],
)
def test_a_place_before_of_is_where_the_holder_went(ledger, text):
    assert codes(ledger, text) == ["NL401"], text


@pytest.mark.parametrize(
    "text",
    [
        # the Arcadian minister in office, with the place before "of"
        "Reporters asked about the recent visit to Arcadia of foreign minister Kai Lund.",
        # the country written as the owner
        "Arcadia's Foreign Minister Kai Lund met the envoys at the border.",
        "The Republic of Arcadia's Foreign Minister Kai Lund met the envoys at the border.",
    ],
)
def test_an_owner_before_the_title_stays_the_owner(ledger, text):
    assert codes(ledger, text) == [], text
