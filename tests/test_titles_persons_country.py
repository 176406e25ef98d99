"""A title several countries' offices share, one of them a kind of post in one country
("Interior Minister": the federal one and provincial ones), written for a person every post
of whom is in another country: the title is that country's office, judged by its holders.
A successor named before taking the post is NL402 (not yet). Look-alikes: the holder then,
and a person of the country with the kind of post, whose provincial holders the ledger does
not record, stay silent.

A fictional ledger: Borduria's interior minister was Ada Voss until 2024-08-21, then Bo
Kern; Sylvania has a federal and a provincial interior minister, Cy Lamm federal from
2025-01-01."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: interior_sy, name: Interior Minister of Sylvania, country: Sylvania,
     titles: [interior minister, federal interior minister]}
  - {id: north_home_sy, name: 'Home Minister, North Province (provincial cabinet)',
     country: Sylvania, titles: [north home minister, interior minister]}
  - {id: interior_bo, name: Minister of Interior of Borduria, country: Borduria,
     titles: [interior minister, bordurian interior minister]}
people:
  - id: ada_voss
    name: Ada Voss
    aliases: [ada voss]
    posts:
      - {id: voss_interior, office: interior_bo, title: Minister of Interior (Borduria),
         start: '2021-08-25', end: '2024-08-21', source: https://example.invalid/bo/voss}
  - id: bo_kern
    name: Bo Kern
    aliases: [bo kern]
    posts:
      - {id: kern_interior, office: interior_bo, title: Minister of Interior (Borduria),
         start: '2024-08-21', end: null, source: https://example.invalid/bo/kern}
  - id: cy_lamm
    name: Cy Lamm
    aliases: [cy lamm]
    posts:
      - {id: lamm_interior, office: interior_sy, title: Interior Minister of Sylvania,
         start: '2025-01-01', end: null, source: https://example.invalid/sy/lamm}
"""

DAY = "2023-10-26"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=CODES)]


def test_another_countrys_successor_named_too_early_is_reported(ledger):
    text = "Migrants should leave the country, said Interior Minister Bo Kern on Thursday."
    assert codes(ledger, text) == ["NL402"]


@pytest.mark.parametrize(
    "text",
    [
        "Migrants should leave the country, said Interior Minister Ada Voss on Thursday.",
        "Migrants should leave the country, said Interior Minister Cy Lamm on Thursday.",
    ],
)
def test_the_holder_or_a_kind_of_post_stays_silent(ledger, text):
    assert codes(ledger, text) == [], text
