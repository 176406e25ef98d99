"""A lead closed by a spaced dash before a title ("Harbour Herald – Sylvania's Foreign
Minister X says …": the outlet telling the story, or "OLD PORT – " where it is filed from) is
no body that owns the title: the title is the ledger's office and judged, so a minister named
months before her tenure began is NL402. Look-alikes: the same lead in her tenure, a body's
name written without the dash ("Harbour Council Foreign Minister X": the council's post) and
an unspaced "ex-" stay as they were, and so does a qualifier before a spaced dash ("the then –
Foreign Minister X" after her tenure: the qualifier is the title's).

A fictional ledger: Ada Voss was Sylvania's foreign minister from 2022-04-27 to 2023-08-09,
after Ben Ash (from 2020-01-02)."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister, sylvanian foreign minister]}
people:
  - id: ada_voss
    name: Ada Voss
    aliases: [ada voss]
    posts:
      - {id: voss_fm, office: fm_sy, title: Foreign Minister, start: '2022-04-27',
         end: '2023-08-09', source: https://example.invalid/sy/voss}
  - id: ben_ash
    name: Ben Ash
    aliases: [ben ash]
    posts:
      - {id: ash_fm, office: fm_sy, title: Foreign Minister, start: '2020-01-02',
         end: '2022-04-27', source: https://example.invalid/sy/ash}
"""


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text, day):
    return [f.code for f in lint_text(corpus, text, date=day, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Herald – Sylvania's Foreign Minister, Ada Voss, says the border will stay open.",
        "Harbour Herald - Foreign Minister Ada Voss says the border will stay open.",
        "Coast Radio News — Sylvania's Foreign Minister Ada Voss says the border will stay open.",
    ],
)
def test_a_title_after_an_outlets_lead_is_judged(ledger, text):
    assert codes(ledger, text, "2021-06-10") == ["NL402"], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Harbour Herald – Sylvania's Foreign Minister, Ada Voss, says the border is open.",
            "2022-09-01",
        ),
        ("Harbour Council Foreign Minister Ada Voss says the border will stay open.", "2021-06-10"),
        (
            "Harbour Herald – ex-Foreign Minister Ada Voss says the border should stay open.",
            "2024-01-15",
        ),
    ],
)
def test_the_lead_in_tenure_a_bodys_post_or_a_past_title_stays_silent(ledger, text, day):
    assert codes(ledger, text, day) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The accord was signed by the then – Foreign Minister Ada Voss in the capital.",
        "The accord was signed by former – Foreign Minister Ada Voss in the capital.",
    ],
)
def test_a_qualifier_before_a_spaced_dash_stays_the_titles(ledger, text):
    # a slip of the keyboard between the qualifier and the title: not a lead
    assert codes(ledger, text, "2024-01-15") == [], text
