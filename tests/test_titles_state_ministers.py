""" "State Minister for X" is the Minister of State for X, a junior post: the title the entity
ruler finds inside it ("Minister for Petroleum") is not the person's, as "Deputy" or "of State"
after the title already say. Without this, the federal minister's holder that day made the
junior minister's own title look like someone else's office (NL402). Look-alikes: the federal
title without "State" is still judged; "Minister of State for X" stays silent as before.

A fictional ledger (no seed text, no real person)."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: petroleum_rt, name: Federal Minister for Petroleum of Ruritania, country: Ruritania,
     titles: [petroleum minister, minister for petroleum]}
  - {id: interior_rt, name: Interior Minister of Ruritania, country: Ruritania,
     titles: [interior minister, minister for interior]}
  - {id: mos_interior_rt, name: Minister of State for Interior of Ruritania, country: Ruritania,
     titles: [minister of state for interior]}
people:
  - id: per_lind
    name: Per Lind
    aliases: [per lind]
    posts:
      - {id: lind_petroleum, office: petroleum_rt, title: Federal Minister for Petroleum,
         start: '2022-01-01', end: '2024-03-11', source: https://example.invalid/rt/lind}
      - {id: lind_interior, office: interior_rt, title: Interior Minister,
         start: '2022-01-01', end: null, source: https://example.invalid/rt/lind-interior}
  - id: ola_berg
    name: Ola Berg
    aliases: [ola berg]
    posts:
      - {id: berg_petroleum, office: petroleum_rt, title: Federal Minister for Petroleum,
         start: '2024-03-11', end: null, source: https://example.invalid/rt/berg}
      - {id: berg_mos_interior, office: mos_interior_rt, title: Minister of State for Interior,
         start: '2022-01-01', end: null, source: https://example.invalid/rt/berg-mos}
"""

DAY = "2023-06-07"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "State Minister for Petroleum Ola Berg said fuel prices would be cut.",
        "State Minister for Interior Ola Berg told the senate that checks would go on.",
        "Fuel prices will be cut, State Minister for Petroleum Ola Berg said on Wednesday.",
        # as before: the junior post written in full
        "Minister of State for Petroleum Ola Berg said fuel prices would be cut.",
    ],
)
def test_a_state_minister_is_not_given_the_federal_ministers_office(ledger, text):
    assert codes(ledger, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Petroleum Minister Ola Berg said fuel prices would be cut.",
        "Minister for Interior Ola Berg told the senate that checks would go on.",
    ],
)
def test_the_federal_title_without_state_is_still_judged(ledger, text):
    assert codes(ledger, text) == ["NL402"], text
