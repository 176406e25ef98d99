"""NL401's "former" fix and its description are read together (rules/titles/common.py
``former_rewrite``: the owners, the capitals and the sentence start once for both, where a fix
and a description each read them before). The description quotes the phrase exactly as the
edit leaves it: "Former" at a sentence's start, "former" inside one and after a country's
possessive, a leading qualifier in lower case. Look-alike: a title written as past already
stays silent.

A fictional ledger: Ada Voss was Sylvania's foreign minister from 2022-04-27 to 2023-08-09, and
Ben Ruud its caretaker prime minister from 2023-01-02 to 2023-06-30."""

import pytest

from .conftest import ledger_corpus, lint_text

LEDGER = """\
version: 1
offices:
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister]}
  - {id: pm_sy, name: Prime Minister of Sylvania, country: Sylvania,
     titles: [prime minister]}
people:
  - id: ada_voss
    name: Ada Voss
    aliases: [ada voss]
    posts:
      - {id: voss_fm, office: fm_sy, title: Foreign Minister, start: '2022-04-27',
         end: '2023-08-09', source: https://example.invalid/sy/voss}
  - id: ben_ruud
    name: Ben Ruud
    aliases: [ben ruud]
    posts:
      - {id: ruud_pm, office: pm_sy, title: Prime Minister, qualifier: caretaker,
         start: '2023-01-02', end: '2023-06-30', source: https://example.invalid/sy/ruud}
"""
DAY = "2024-03-12"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def _fixed(ledger, text):
    """The draft after NL401's one fix, and the phrase its description quotes."""
    (finding,) = lint_text(ledger, text, date=DAY, codes=("NL401",))
    (edit,) = finding.fix.edits
    described = finding.fix.description.removeprefix('write "').removesuffix('"')
    return text[: edit.start] + edit.replacement + text[edit.end :], described


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Ada Voss met the envoys on Monday.",
            "Former Foreign Minister Ada Voss met the envoys on Monday.",
        ),
        (
            "The envoys met Foreign Minister Ada Voss on Monday.",
            "The envoys met former Foreign Minister Ada Voss on Monday.",
        ),
        (
            "The envoys met Caretaker Prime Minister Ben Ruud on Monday.",
            "The envoys met former caretaker Prime Minister Ben Ruud on Monday.",
        ),
    ],
)
def test_the_fix_writes_what_its_description_quotes(ledger, text, expected):
    fixed, described = _fixed(ledger, text)
    assert fixed == expected
    assert described in fixed, (described, fixed)


def test_a_country_before_the_title_keeps_its_place_before_former(ledger):
    fixed, described = _fixed(ledger, "The envoys met Sylvania's Foreign Minister Ada Voss.")
    assert fixed == "The envoys met Sylvania's former Foreign Minister Ada Voss."
    assert described in fixed, (described, fixed)


@pytest.mark.parametrize(
    "text",
    [
        "Former Foreign Minister Ada Voss met the envoys on Monday.",
        "The envoys met former caretaker Prime Minister Ben Ruud on Monday.",
    ],
)
def test_a_title_already_past_stays_silent(ledger, text):
    assert lint_text(ledger, text, date=DAY, codes=("NL401",)) == []
