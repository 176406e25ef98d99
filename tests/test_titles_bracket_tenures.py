"""A title written inside brackets after a name with the years of its tenure beside it ("X
(caretaker PM, 2023-24)", "X (interior minister 2019-2021)") is told as past, as "(2023-24)"
right after a title is: not stale (NL401), not judged on the draft's date.

Still judged: the bracketed title without years (a gloss of the post held now), years told
after the brackets close ("X (interior minister) said the 2019-21 figures …"), and a place in
the brackets ("(interior minister, Sylvania)").

A fictional ledger: Lars Eng was Sylvania's interior minister from 2019-01-01 to 2021-06-30;
Tova Rask after him."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: interior_sy, name: Interior Minister of Sylvania, country: Sylvania,
     titles: [interior minister, interior min]}
people:
  - id: lars_eng
    name: Lars Eng
    aliases: [lars eng]
    posts:
      - {id: eng_interior, office: interior_sy, title: Interior Minister, start: '2019-01-01',
         end: '2021-06-30', source: https://example.invalid/sy/eng}
  - id: tova_rask
    name: Tova Rask
    aliases: [tova rask]
    posts:
      - {id: rask_interior, office: interior_sy, title: Interior Minister,
         start: '2021-06-30', end: null, source: https://example.invalid/sy/rask}
"""

DAY = "2024-06-01"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text, day=DAY):
    return [f.code for f in lint_text(corpus, text, date=day, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "Lars Eng (interior minister, 2019-21) defended the camps at the hearing.",
        "Lars Eng (interior minister 2019–2021) defended the camps at the hearing.",
        "Lars Eng (interior minister, 2019 to 2021) defended the camps at the hearing.",
    ],
)
def test_a_bracketed_title_with_its_years_is_told_as_past(ledger, text):
    assert codes(ledger, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # a gloss of the post, no years: as of the draft's date
        "Lars Eng (interior minister) defended the camps at the hearing.",
        # years of something else, outside the brackets
        "Lars Eng (interior minister) said the 2019-21 figures were wrong.",
        # a place, not a time, beside the title
        "Lars Eng (interior minister, Sylvania) defended the camps at the hearing.",
    ],
)
def test_a_bracketed_title_without_its_years_is_still_judged(ledger, text):
    assert codes(ledger, text) == ["NL401"], text
