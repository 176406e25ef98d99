"""A title a country's federal office shares with a provincial one ("Information Minister"),
written for a person who held neither then, in a draft that names no province: the federal
office, so a minister named months before taking the federal post is NL402 (not yet).
Look-alikes: a draft that names the province (the provincial post may be meant), the
provincial holder, and the federal holder then stay silent.

A fictional ledger: Sylvania's federal information minister was Ada Voss until 2024-03-04,
then Bo Kern from 2024-03-11; North Province's information minister is Cy Lamm."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: info_sy, name: Federal Minister for Information of Sylvania, country: Sylvania,
     titles: [information minister, federal information minister]}
  - {id: info_north, name: 'Minister for Information, North Province (provincial cabinet)',
     country: Sylvania, titles: [north information minister, information minister]}
people:
  - id: ada_voss
    name: Ada Voss
    aliases: [ada voss]
    posts:
      - {id: voss_info, office: info_sy, title: Federal Minister for Information,
         start: '2023-08-17', end: '2024-03-04', source: https://example.invalid/sy/voss}
  - id: bo_kern
    name: Bo Kern
    aliases: [bo kern]
    posts:
      - {id: kern_info, office: info_sy, title: Federal Minister for Information,
         start: '2024-03-11', end: null, source: https://example.invalid/sy/kern}
  - id: cy_lamm
    name: Cy Lamm
    aliases: [cy lamm]
    posts:
      - {id: lamm_info, office: info_north, title: 'Minister for Information, North Province',
         start: '2023-01-01', end: null, source: https://example.invalid/sy/lamm}
"""

DAY = "2023-09-13"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=CODES)]


def test_a_bare_title_in_a_draft_naming_no_province_is_the_federal_post(ledger):
    text = "The clarification was issued as a video by Information Minister Bo Kern."
    assert codes(ledger, text) == ["NL402"]


@pytest.mark.parametrize(
    "text",
    [
        "The clarification was issued as a video by Information Minister Cy Lamm.",
        "The clarification was issued as a video by Information Minister Ada Voss.",
    ],
)
def test_a_named_province_or_a_holder_stays_silent(ledger, text):
    assert codes(ledger, text) == [], text


def test_a_named_province_whose_holder_is_on_record_does_not_save_a_later_minister(ledger):
    """Round 19: the province named, its minister then on record (Cy Lamm) and the federal one
    (Ada Voss): Bo Kern, whose record of the kind is the federal post from 2024, held
    neither."""
    text = "In North Province, the clarification was issued by Information Minister Bo Kern."
    assert codes(ledger, text) == ["NL402"]
