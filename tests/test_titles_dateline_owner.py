"""A dateline in capitals before a title ("OLD PORT - Former Foreign Minister X", "OSLO:
…") is the place the story is filed from, not a body that owns the title: the title is the
ledger's office and judged, so "Former" for a minister in office, whose recorded end is
months away, is NL402. Look-alikes: a party's acronym before the title ("SPP Former Foreign
Minister X": the party's post), a dateline before the right title, and "Former" after the
tenure's end stay silent.

A fictional ledger: Ada Voss was Sylvania's foreign minister from 2022-04-27 to 2023-08-09."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister]}
people:
  - id: ada_voss
    name: Ada Voss
    aliases: [ada voss]
    posts:
      - {id: voss_fm, office: fm_sy, title: Foreign Minister, start: '2022-04-27',
         end: '2023-08-09', source: https://example.invalid/sy/voss}
"""


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text, day="2023-03-12"):
    return [f.code for f in lint_text(corpus, text, date=day, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "OLD PORT - Former Foreign Minister Ada Voss discussed the talks with envoys.",
        "OSLO: Former Foreign Minister Ada Voss discussed the talks with envoys.",
        "OLD PORT – Former Foreign Minister Ada Voss discussed the talks with envoys.",
    ],
)
def test_former_after_a_dateline_for_a_post_held_is_reported(ledger, text):
    assert codes(ledger, text) == ["NL402"], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("SPP Former Foreign Minister Ada Voss discussed the talks with envoys.", "2023-03-12"),
        ("OLD PORT - Foreign Minister Ada Voss discussed the talks with envoys.", "2023-03-12"),
        ("OLD PORT - Former Foreign Minister Ada Voss discussed the talks.", "2024-03-12"),
    ],
)
def test_an_owner_the_right_title_or_a_past_tenure_stays_silent(ledger, text, day):
    assert codes(ledger, text, day) == [], text
