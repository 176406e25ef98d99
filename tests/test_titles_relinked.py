"""A minister's or secretary's title written with "of" where the ledger spells "for" (or the
other way round): "Secretary of Interior X" for "Secretary for Interior", "Minister of
Commerce" for "Minister for Commerce". The title is read and judged as the ledger's. Look-
alikes: the holder of the day stays silent, and an envoy's "of" is not read for "for" ("Special
Envoy of Arcadia" is Arcadia's own envoy, not the one sent there).

A fictional ledger ("Sylvania"): Karin Voss is commerce minister from 2023, Paul Brek only
from 2024-06-01; Vera Holm interior secretary from 2023, Ivo Lenz only from 2024-06-01; Leo
Brandt special envoy for Arcadia."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: commerce_sy, name: Minister for Commerce of Sylvania, country: Sylvania,
     titles: [minister for commerce]}
  - {id: interior_sec_sy, name: Interior Secretary of Sylvania, country: Sylvania,
     titles: [federal secretary for interior]}
  - {id: envoy_sy, name: Special Envoy for Arcadia, country: Sylvania,
     titles: [special envoy for arcadia]}
people:
  - id: karin_voss
    name: Karin Voss
    aliases: [karin voss]
    posts:
      - {id: voss_commerce, office: commerce_sy, title: Minister for Commerce,
         start: '2023-01-01', end: '2024-05-31', source: https://example.invalid/sy/voss}
  - id: paul_brek
    name: Paul Brek
    aliases: [paul brek]
    posts:
      - {id: brek_commerce, office: commerce_sy, title: Minister for Commerce,
         start: '2024-06-01', end: null, source: https://example.invalid/sy/brek}
  - id: vera_holm
    name: Vera Holm
    aliases: [vera holm]
    posts:
      - {id: holm_interior, office: interior_sec_sy, title: Secretary for Interior,
         start: '2023-01-01', end: '2024-05-31', source: https://example.invalid/sy/holm}
  - id: ivo_lenz
    name: Ivo Lenz
    aliases: [ivo lenz]
    posts:
      - {id: lenz_interior, office: interior_sec_sy, title: Secretary for Interior,
         start: '2024-06-01', end: null, source: https://example.invalid/sy/lenz}
  - id: leo_brandt
    name: Leo Brandt
    aliases: [leo brandt]
    posts:
      - {id: brandt_envoy, office: envoy_sy, title: Special Envoy for Arcadia,
         start: '2023-01-01', end: '2023-12-31', source: https://example.invalid/sy/brandt}
"""

DAY = "2023-09-01"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def found(corpus, text, day=DAY):
    return [f.code for f in lint_text(corpus, text, date=day, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "Minister of Commerce Paul Brek said exports had grown.",
        "Federal Secretary of Interior Ivo Lenz on Monday said the checks would go on.",
    ],
)
def test_the_other_link_is_read_as_the_ledgers_title(ledger, text):
    assert found(ledger, text) == ["NL402"], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Minister of Commerce Karin Voss said exports had grown.", DAY),
        ("Federal Secretary of Interior Vera Holm on Monday said the checks would go on.", DAY),
        ("Special Envoy of Arcadia Leo Brandt met the press.", "2024-06-01"),
    ],
)
def test_the_holder_of_the_day_or_an_envoys_own_of_stays_silent(ledger, text, day):
    assert found(ledger, text, day) == [], text
