"""A surname alias right after the title of an office one person holds at a time, whose holder
on the draft's date the ledger records as someone else ("President Shehbaz" when the president
is another): the title is wrong whoever bears the surname, so the ledger's bearer is named and
NL402 judges the title as theirs (``narrlint.claims.titles_surnames``). Look-alikes stay
silent: the person's own title, the surname as part of a longer name, a kind of post several
offices share, another country's office, an office with no holder on record that day.

The fictional ledger (tests/titles_support.py): Leo Brandt (surname alias "Brandt") is
Sylvania's special envoy 2023-05-23 to 2024-09-10; Nina Falk ("Falk") was caretaker chief
minister of the North to 2024-02-26; Ilse Varga is prime minister, Mara Quist interior
minister; Sylvania's foreign secretary has no holder on record in 2024."""

import pytest

from . import titles_support
from .conftest import ledger_corpus
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2024-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Brandt said the talks would resume.",
        "The talks will resume, Interior Minister Falk told reporters.",
        "On Monday, Prime Minister Falk opened the new road.",
    ],
)
def test_a_surname_after_another_holders_title_is_a_wrong_title(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        # the person's own title, and the holder's own name
        "Special Envoy Brandt said the talks would resume.",
        "Prime Minister Ilse Varga said the talks would resume.",
        # the surname as part of another name
        "Prime Minister Brandt Olsen said the talks would resume.",
        # a kind of post several offices share, another country's office, no holder on record
        "Chief Minister Brandt opened the new road.",
        "Arcadian Foreign Minister Brandt said the talks would resume.",
        "Foreign Secretary Brandt said the talks would resume.",
    ],
)
def test_look_alikes_of_a_surname_beside_another_holders_title_stay_silent(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


GIVEN = """\
version: 1
offices:
  - {id: president_sy, name: President of Sylvania, country: Sylvania, titles: [president]}
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister]}
people:
  - id: asa_lind
    name: Asa Lind
    aliases: [asa lind]
    posts:
      - {id: lind_president, office: president_sy, title: President, start: '2020-01-01',
         end: null, source: https://example.invalid/sy/lind}
  - id: per_asa
    name: Per Asa
    aliases: [per asa, {name: asa, surname: true}]
    posts:
      - {id: asa_fm, office: fm_sy, title: Foreign Minister, start: '2020-01-01', end: null,
         source: https://example.invalid/sy/asa}
"""


@pytest.fixture(scope="module")
def given(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, GIVEN)


def test_a_word_of_the_holders_own_names_may_be_the_holder(given):
    """ "President Asa" may be the president Asa Lind by her given name, though "Asa" is the
    foreign minister's surname: not judged; "Foreign Minister Asa" is his own title."""
    assert found(given, "President Asa said the talks would resume.", DAY) == []
    assert found(given, "Foreign Minister Asa said the talks would resume.", DAY) == []
