"""A title that writes the provincial level ("Provincial Information Minister X") is the
post's own level, not a body owning another post: where the draft's province already picked
that province's office, the title is judged on its holder like "North Information Minister
X". A person named in it before taking the post (their successor's name put into an older
story) is NL402; the holder of the day, and the same name once in office, stay silent.

The fictional ledger below (no real person): Kai Moss was the North's caretaker information
minister until 2024-02-26; Pia Dorn holds the post from 2024-03-06; the South has its own."""

import pytest

from .conftest import ledger_corpus
from .titles_support import found

LEDGER = """\
version: 1
offices:
  - {id: info_sy, name: Federal Minister for Information of Sylvania, country: Sylvania,
     titles: [information minister, minister for information]}
  - {id: info_north, name: 'Minister for Information, North (provincial cabinet)',
     country: Sylvania,
     titles: [information minister, north information minister,
              provincial minister for information]}
  - {id: info_south, name: 'Minister for Information, South (provincial cabinet)',
     country: Sylvania, titles: [information minister, south information minister]}
  - {id: cm_north, name: Chief Minister of the North, country: Sylvania,
     titles: [chief minister, north chief minister]}
people:
  - id: ivo_lent
    name: Ivo Lent
    aliases: [ivo lent]
    posts:
      - {id: lent_cm, office: cm_north, title: Caretaker Chief Minister of the North,
         qualifier: caretaker, start: '2023-01-22', end: '2024-02-26',
         source: https://example.invalid/sy/lent}
  - id: kai_moss
    name: Kai Moss
    aliases: [kai moss]
    posts:
      - {id: moss_info, office: info_north, title: 'Caretaker Minister for Information, North',
         qualifier: caretaker, start: '2023-01-26', end: '2024-02-26',
         source: https://example.invalid/sy/moss}
  - id: pia_dorn
    name: Pia Dorn
    aliases: [pia dorn]
    posts:
      - {id: dorn_info, office: info_north, title: 'Minister for Information, North',
         start: '2024-03-06', end: null, source: https://example.invalid/sy/dorn}
"""


@pytest.fixture(scope="module")
def north(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


@pytest.mark.parametrize(
    "text",
    [
        "North Caretaker Chief Minister Ivo Lent visited the hospital. Provincial Information "
        "Minister Pia Dorn accompanied him.",
        "The North's caretaker chief minister toured the flood camps on Friday, where "
        "Provincial Information Minister Pia Dorn briefed reporters.",
    ],
)
def test_a_provincial_title_given_before_the_post_is_not_yet_held(north, text):
    assert found(north, text, "2023-08-04") == ["NL402"], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the holder of the day; the same name once in office
        (
            "North Caretaker Chief Minister Ivo Lent visited the hospital. Provincial "
            "Information Minister Kai Moss accompanied him.",
            "2023-08-04",
        ),
        (
            "The North's chief minister visited the hospital. Provincial Information Minister "
            "Pia Dorn accompanied her.",
            "2024-08-04",
        ),
    ],
)
def test_the_holder_of_the_day_stays_silent(north, text, day):
    assert found(north, text, day) == [], text
