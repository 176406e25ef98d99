"""A provincial post's title written with its province inside the "of" phrase ("Inspector
General of North Police X" for the ledger's "north inspector general of police" or
"inspector general of police north") is that office's: a holder who had left it is NL401.
Look-alikes: the holder then, and the ledger's own order, with the holder then, stay silent.

A fictional ledger: North Province's police chief was Ada Voss until 2025-01-29, then Bo
Kern; South Province's is Cy Lamm."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: igp_north, name: 'Inspector General of Police, North Province', country: Sylvania,
     titles: [north inspector general of police, north igp, inspector general of police]}
  - {id: igp_south, name: 'Inspector General of Police, South Province', country: Sylvania,
     titles: [inspector general of police south, south igp, inspector general of police]}
people:
  - id: ada_voss
    name: Ada Voss
    aliases: [ada voss]
    posts:
      - {id: voss_igp, office: igp_north, title: 'Inspector General of Police, North',
         start: '2023-02-09', end: '2025-01-29', source: https://example.invalid/sy/voss}
  - id: bo_kern
    name: Bo Kern
    aliases: [bo kern]
    posts:
      - {id: kern_igp, office: igp_north, title: 'Inspector General of Police, North',
         start: '2025-01-29', end: null, source: https://example.invalid/sy/kern}
  - id: cy_lamm
    name: Cy Lamm
    aliases: [cy lamm]
    posts:
      - {id: lamm_igp, office: igp_south, title: 'Inspector General of Police, South',
         start: '2022-01-01', end: '2025-01-01', source: https://example.invalid/sy/lamm}
"""

DAY = "2025-10-17"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "Inspector General of North Police Ada Voss told reporters that attacks were foiled.",
        "Inspector General of South Police Cy Lamm told reporters that attacks were foiled.",
    ],
)
def test_a_province_inside_the_of_phrase_names_its_office(ledger, text):
    assert codes(ledger, text) == ["NL401"], text


@pytest.mark.parametrize(
    "text",
    [
        "Inspector General of North Police Bo Kern told reporters that attacks were foiled.",
        "North Inspector General of Police Bo Kern told reporters that attacks were foiled.",
    ],
)
def test_the_holder_then_stays_silent(ledger, text):
    assert codes(ledger, text) == [], text
