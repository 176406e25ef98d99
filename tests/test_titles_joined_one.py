"""Two titles joined by "and" before a name ("Commerce Minister and Foreign Minister X"): a
first title the person never held is NL402 where the sentence tells of one person (a verb
agreeing with one subject, "X has urged", or a verb and "his"/"her", "X extended his
condolences"). Look-alikes: both titles held, a plural verb ("X have urged": two people), and
no agreement to read ("X met the delegation": "PM and Army Chief X" may list two) stay silent.

A fictional ledger: Ivo Marr is Sylvania's foreign minister and deputy prime minister, Pia
Holm its commerce minister."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister]}
  - {id: dpm_sy, name: Deputy Prime Minister of Sylvania, country: Sylvania,
     titles: [deputy prime minister]}
  - {id: commerce_sy, name: Commerce Minister of Sylvania, country: Sylvania,
     titles: [commerce minister]}
people:
  - id: ivo_marr
    name: Ivo Marr
    aliases: [ivo marr]
    posts:
      - {id: marr_fm, office: fm_sy, title: Foreign Minister, start: '2021-01-01',
         end: null, source: https://example.invalid/sy/marr}
      - {id: marr_dpm, office: dpm_sy, title: Deputy Prime Minister, start: '2021-01-01',
         end: null, source: https://example.invalid/sy/marr}
  - id: pia_holm
    name: Pia Holm
    aliases: [pia holm]
    posts:
      - {id: holm_commerce, office: commerce_sy, title: Commerce Minister,
         start: '2021-01-01', end: null, source: https://example.invalid/sy/holm}
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
        "Commerce Minister and Foreign Minister Ivo Marr has urged the neighbours to act.",
        "Commerce Minister and Foreign Minister Ivo Marr extended his condolences on X.",
        "Commerce Minister and Foreign Minister Ivo Marr also was at the summit.",
    ],
)
def test_a_first_title_never_held_told_of_one_person_is_reported(ledger, text):
    assert codes(ledger, text) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Prime Minister and Foreign Minister Ivo Marr has urged the neighbours to act.",
        "Commerce Minister and Foreign Minister Ivo Marr have urged the neighbours to act.",
        "Commerce Minister and Foreign Minister Ivo Marr met the delegation on Monday.",
    ],
)
def test_both_held_or_perhaps_two_people_stays_silent(ledger, text):
    assert codes(ledger, text) == [], text
