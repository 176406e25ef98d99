"""A tenure whose start the ledger does not know is evidence that the post was its holder's
only from a reach before the ledger first sees it (its source's date, else its end), not
since ever: "West Chief Minister X" on a page years before is not shown to be someone else's
post by a later chief minister of unknown start (NL402 "never held" stays silent). Look-alike:
within the reach, the same title is still judged.

A fictional ledger (no seed text, no real person)."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: cm_west, name: Chief Minister of the West, country: Ruritania,
     titles: [west chief minister, chief minister of the west]}
  - {id: party_chief, name: President of the Union Party, country: Ruritania,
     titles: [union party president]}
people:
  - id: ivo_stern
    name: Ivo Stern
    aliases: [ivo stern]
    posts:
      - {id: stern_cm, office: cm_west, title: Chief Minister of the West, start: null,
         end: '2023-01-22', source: https://example.invalid/rt/stern,
         source_date: '2023-01-22'}
  - id: lars_berg
    name: Lars Berg
    aliases: [lars berg]
    posts:
      - {id: berg_party, office: party_chief, title: President of the Union Party,
         start: '2024-05-01', end: null, source: https://example.invalid/rt/berg}
"""

TEXT = "West Chief Minister Lars Berg said the province would help the returnees."


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text, day):
    return [f.code for f in lint_text(corpus, text, date=day, codes=CODES)]


@pytest.mark.parametrize("day", ["2015-06-01", "2019-01-10"])
def test_a_holder_of_unknown_start_is_no_evidence_years_before_the_ledger_sees_him(ledger, day):
    assert codes(ledger, TEXT, day) == [], day


@pytest.mark.parametrize("day", ["2022-06-01", "2021-03-01"])
def test_within_the_reach_the_title_is_still_someone_elses(ledger, day):
    assert codes(ledger, TEXT, day) == ["NL402"], day
