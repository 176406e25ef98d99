"""A ministry's title written with "Affairs" ("Minister of Interior Affairs") for a person
whose own office, in another country than the ledger's office of that wording, the ledger
spells without it ("Minister of Interior"): the person's own title, silent. Look-alike: a
portfolio the person never held ("Minister of Refugee Affairs", held by another) stays NL402.

A fictional ledger: Arcadia's interior ministry is written "minister of interior affairs",
Borduria's "minister of interior"; Ivo Marr is Borduria's interior minister, Pav Roe
Arcadia's, Lena Ost Arcadia's refugee minister."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: interior_ar, name: Interior Minister of Arcadia, country: Arcadia,
     titles: [interior minister, minister of interior affairs]}
  - {id: refugees_ar, name: Minister of Refugee Affairs of Arcadia, country: Arcadia,
     titles: [minister of refugee affairs, refugee minister]}
  - {id: interior_bo, name: Minister of Interior of Borduria, country: Borduria,
     titles: [interior minister, minister of interior, bordurian interior minister]}
people:
  - id: ivo_marr
    name: Ivo Marr
    aliases: [ivo marr]
    posts:
      - {id: marr_interior, office: interior_bo,
         title: Minister of Interior (Borduria), start: '2021-01-01',
         end: null, source: https://example.invalid/bo/marr}
  - id: pav_roe
    name: Pav Roe
    aliases: [pav roe]
    posts:
      - {id: roe_interior, office: interior_ar, title: Interior Minister of Arcadia,
         start: '2021-01-01', end: null, source: https://example.invalid/ar/roe}
  - id: lena_ost
    name: Lena Ost
    aliases: [lena ost]
    posts:
      - {id: ost_refugees, office: refugees_ar, title: Minister of Refugee Affairs,
         start: '2021-01-01', end: null, source: https://example.invalid/ar/ost}
"""

DAY = "2024-06-30"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marr, the Minister of Interior Affairs of Borduria, said the camps would stay.",
        "Minister of Interior Affairs Ivo Marr said the camps would stay.",
        "Ivo Marr, the Minister of Interior, said the camps would stay.",
    ],
)
def test_the_own_portfolio_with_or_without_affairs_stays_silent(ledger, text):
    assert codes(ledger, text) == [], text


def test_another_portfolio_with_affairs_is_still_reported(ledger):
    text = "Ivo Marr, the Minister of Refugee Affairs, said the camps would stay."
    assert codes(ledger, text) == ["NL402"]
