"""A title written with initials ("Deputy PM", "Acting FM") for an office the person holds in
another country than the ledger's offices of that short form: the short form is compared with
the person's own office spelt out ("Deputy PM for Economic Affairs, X" for another country's
Deputy Prime Minister), and is not judged as a post they never held. Look-alikes: the office's
country written before the title ("Sylvania's Deputy PM X") and the title without the word
that makes the lesser post ("PM X" for a deputy) stay NL402.

A fictional ledger: Ora Lind is Arcadia's deputy prime minister; Sylvania's deputy prime
minister and prime minister are others."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: pm_sy, name: Prime Minister of Sylvania, country: Sylvania,
     titles: [prime minister, pm]}
  - {id: dpm_sy, name: Deputy Prime Minister of Sylvania, country: Sylvania,
     titles: [deputy prime minister, deputy pm]}
  - {id: dpm_ar, name: Deputy Prime Minister of Arcadia, country: Arcadia,
     titles: [deputy prime minister, arcadian deputy prime minister,
              deputy prime minister for economic affairs]}
people:
  - id: ora_lind
    name: Ora Lind
    aliases: [ora lind]
    posts:
      - {id: lind_dpm, office: dpm_ar, title: Deputy Prime Minister, start: '2021-09-07',
         source: https://example.invalid/ar/lind}
  - id: ben_ash
    name: Ben Ash
    aliases: [ben ash]
    posts:
      - {id: ash_dpm, office: dpm_sy, title: Deputy Prime Minister, start: '2022-01-02',
         source: https://example.invalid/sy/ash}
  - id: cy_moor
    name: Cy Moor
    aliases: [cy moor]
    posts:
      - {id: moor_pm, office: pm_sy, title: Prime Minister, start: '2022-01-02',
         source: https://example.invalid/sy/moor}
"""

DAY = "2024-04-18"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy will meet Deputy PM for Economic Affairs, Ora Lind, and hold talks.",
        "The envoy will meet Deputy PM Ora Lind and hold talks on trade.",
    ],
)
def test_initials_of_the_persons_own_office_are_not_judged(ledger, text):
    assert codes(ledger, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The envoy will meet Sylvania's Deputy PM Ora Lind and hold talks on trade.",
        "The envoy will meet PM Ora Lind and hold talks on trade.",
    ],
)
def test_the_country_written_or_a_lesser_post_stays_judged(ledger, text):
    assert codes(ledger, text) == ["NL402"], text
