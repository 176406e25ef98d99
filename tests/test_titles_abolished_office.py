"""A title of an office the ledger records as abolished (its last tenure ``ended_by:
post_abolished``), given after the abolition to someone who never held it: no one held it
then, and NL402 says the person never did. "Chief of Army Staff and Chairman Joint Chiefs of
Staff Committee, Field Marshal X" weeks after the chairmanship was abolished, X having become
chief of defence forces (dev news-r25-ti-027, a real passage: silent before, as a date with
no holder on record decided nothing).

Still silent: the office's last holder named with it as past ("former"), the person's own
posts joined ("Chief of Army Staff and Chief of Defence Forces"), a date before the
abolition when the title was another's told as past, and a sentence set in a year (the
abolition reading judges the draft's date or a day the sentence names, not a year).

A fictional ledger: Sylvania's joint chiefs' chairmanship, held by Ivo Brand until its
abolition on 2025-11-27; Pell Ohm its army chief from 2022-11-29 and chief of defence forces
from 2025-12-04."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: jcsc_sy, name: Chairman Joint Chiefs of Staff Committee of Sylvania, country: Sylvania,
     titles: [chairman joint chiefs of staff committee, chairman joint chiefs]}
  - {id: army_chief_sy, name: Chief of Army Staff of Sylvania, country: Sylvania,
     titles: [chief of army staff, army chief]}
  - {id: cdf_sy, name: Chief of Defence Forces of Sylvania, country: Sylvania,
     titles: [chief of defence forces]}
people:
  - id: ivo_brand
    name: Ivo Brand
    aliases: [ivo brand]
    posts:
      - {id: brand_jcsc, office: jcsc_sy, title: Chairman Joint Chiefs of Staff Committee,
         start: '2022-11-27', end: '2025-11-27', ended_by: post_abolished,
         source: https://example.invalid/sy/brand}
  - id: pell_ohm
    name: Pell Ohm
    aliases: [pell ohm]
    posts:
      - {id: ohm_army, office: army_chief_sy, title: Chief of Army Staff, start: '2022-11-29',
         end: null, source: https://example.invalid/sy/ohm}
      - {id: ohm_cdf, office: cdf_sy, title: Chief of Defence Forces, start: '2025-12-04',
         end: null, source: https://example.invalid/sy/ohm-cdf}
"""

AFTER = "2025-12-20"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text, date=AFTER):
    return [f.code for f in lint_text(corpus, text, date=date, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "Chief of Army Staff and Chairman Joint Chiefs of Staff Committee, Pell Ohm, attended "
        "the service at the cathedral.",
        "Chairman Joint Chiefs of Staff Committee Pell Ohm inspected the troops on the border.",
        "The ceremony was led by Chairman Joint Chiefs Pell Ohm, officials said.",
    ],
)
def test_an_abolished_office_given_after_its_end_is_no_ones(ledger, text):
    assert codes(ledger, text) == ["NL402"]


@pytest.mark.parametrize(
    "text",
    [
        "Former Chairman Joint Chiefs of Staff Committee Ivo Brand attended the service.",
        "Chief of Army Staff and Chief of Defence Forces, Pell Ohm, attended the service.",
        "In 2024, Chairman Joint Chiefs of Staff Committee Ivo Brand visited the front.",
    ],
)
def test_look_alikes_stay_silent(ledger, text):
    assert codes(ledger, text) == []


def test_before_the_abolition_the_title_was_another_holders(ledger):
    """Before the abolition the holder on record shows the title was not Ohm's (as ever)."""
    text = "Chairman Joint Chiefs of Staff Committee Pell Ohm inspected the troops."
    assert codes(ledger, text, date="2025-06-01") == ["NL402"]
    assert (
        codes(ledger, "Chairman Joint Chiefs Ivo Brand inspected the troops.", "2025-06-01") == []
    )
