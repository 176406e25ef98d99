"""A title given with a clause that says the person has not yet taken the post up ("Interior
Minister X, who is yet to assume charge, …", "X will formally take charge next week", "X, the
army chief, is expected to assume office") is the post to come, as "-designate" writes it:
not judged as a title the person did not yet hold (NL402). The writer knows the post is ahead.

Still judged: the same title with no such clause, the taking up of another post ("will take
charge as chairman", "will take over as chairman"), of a thing ("will take over the
investigation", "will assume the chairmanship of …"), and another person's taking up told in
a clause of its own ("said the new secretary will take charge").

A fictional ledger: Tova Rask is Sylvania's interior minister from 2024-06-10, Lars Eng before
her; Pell Ohm its intelligence chief from 2024-06-10, Ivo Brand before him."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: interior_sy, name: Interior Minister of Sylvania, country: Sylvania,
     titles: [interior minister]}
  - {id: spy_sy, name: Director General of Intelligence of Sylvania, country: Sylvania,
     titles: [intelligence director, director general of intelligence]}
people:
  - id: lars_eng
    name: Lars Eng
    aliases: [lars eng]
    posts:
      - {id: eng_interior, office: interior_sy, title: Interior Minister, start: '2021-01-01',
         end: '2024-06-10', source: https://example.invalid/sy/eng}
  - id: tova_rask
    name: Tova Rask
    aliases: [tova rask]
    posts:
      - {id: rask_interior, office: interior_sy, title: Interior Minister, start: '2024-06-10',
         end: null, source: https://example.invalid/sy/rask}
  - id: ivo_brand
    name: Ivo Brand
    aliases: [ivo brand]
    posts:
      - {id: brand_spy, office: spy_sy, title: Director General of Intelligence,
         start: '2021-01-01', end: '2024-06-10', source: https://example.invalid/sy/brand}
  - id: pell_ohm
    name: Pell Ohm
    aliases: [pell ohm]
    posts:
      - {id: ohm_spy, office: spy_sy, title: Director General of Intelligence,
         start: '2024-06-10', end: null, source: https://example.invalid/sy/ohm}
"""

BEFORE = "2024-06-01"  # nine days before both took their posts up


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text, day=BEFORE):
    return [f.code for f in lint_text(corpus, text, date=day, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Tova Rask, who is yet to assume charge, promised a review of the drive.",
        "Interior Minister Tova Rask, who has yet to take office, promised a review of the drive.",
        "Interior Minister Tova Rask will formally take charge after the budget session.",
        "Intelligence Director Pell Ohm is due to take over next week.",
        "Pell Ohm, the intelligence director, is expected to assume office after the holiday.",
        "Intelligence Director Pell Ohm, who will assume his duties later this month, met envoys.",
    ],
)
def test_a_title_told_with_its_taking_up_ahead_is_silent(ledger, text):
    assert codes(ledger, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # no word of a taking up
        "Interior Minister Tova Rask promised a review of the drive.",
        # the taking up of another post, or of a thing
        "Interior Minister Tova Rask will take charge as party chairman next week.",
        "Intelligence Director Pell Ohm will take over as board chairman.",
        "Intelligence Director Pell Ohm will take over the investigation.",
        "Interior Minister Tova Rask will assume the chairmanship of the committee.",
        # another person's taking up, in a clause of its own
        "Interior Minister Tova Rask said the new secretary will take charge next week.",
    ],
)
def test_a_title_not_yet_held_without_its_own_taking_up_is_reported(ledger, text):
    assert codes(ledger, text) == ["NL402"], text
