"""Who a title names when reporting spells the person otherwise: a surname alias written after
given names that open like the person's recorded ones is the person's full name spelt
otherwise ("Karlo Moser" for Karl Moser), judged like the full name; another first name
("Anna Moser") is a namesake, and so is a given name the person's names lack after a first
name several people of the ledger share ("Muhammad Ali Tahir" is not Muhammad Tahir), while
after a first name the person's alone it is a middle name ("Karl Heinz Moser"); a bare
surname names the person next to the person's own titles, and next to the title of an office
someone else held that day (titles_surnames: the title is wrong whoever bears the surname).
And "acting" before another office's title is a stand-in only for one whose own post is not itself
"acting": in a government whose posts are all acting, "Acting Foreign Minister X" for its
acting prime minister is a wrong title.

The fictional ledger (tests/titles_support.py): Mara Quist is Sylvania's interior minister;
Karl Moser (surname alias "Moser") was caretaker prime minister and chief minister of the
North; Nora Blix is Arcadia's acting prime minister, Omar Zed its foreign minister."""

import pytest

from . import titles_support
from .conftest import ledger_corpus, lint_text
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Interior Minister Karlo Moser said the roads were open.", ["NL402"]),
        ("The roads are open, said Interior Minister Karlo Moser.", ["NL402"]),
        ("Interior Minister Karl Heinz Moser said the roads were open.", ["NL402"]),
        ("Interior Minister Anna Moser said the roads were open.", []),
        # the bare surname beside another holder's title: judged (titles_surnames)
        ("Interior Minister Moser said the roads were open.", ["NL402"]),
        ("Interior Minister Mara Quist said the roads were open.", []),
    ],
)
def test_a_surname_after_the_persons_given_names_spelt_otherwise_is_the_person(
    sylvania, text, expected
):
    assert found(sylvania, text, DAY) == expected, text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Acting Arcadian Foreign Minister Nora Blix met the envoy.", ["NL402"]),
        ("Acting Foreign Minister Mara Quist met the envoy.", []),
        ("Arcadian Foreign Minister Omar Zed met the envoy.", []),
    ],
)
def test_acting_is_a_stand_in_only_for_one_whose_own_post_is_not_acting(sylvania, text, expected):
    assert found(sylvania, text, DAY) == expected, text


SHARED = """\
version: 1
offices:
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister]}
  - {id: igp_sy, name: Inspector General of Police, country: Sylvania,
     titles: [police chief]}
people:
  - id: hans_holm
    name: Hans Holm
    aliases: [hans holm]
    posts:
      - {id: holm_fm, office: fm_sy, title: Foreign Minister, start: '2020-01-01', end: null,
         source: https://example.invalid/sy/holm}
  - id: hans_berg
    name: Hans Berg
    aliases: [hans berg, {name: berg, surname: true}]
    posts:
      - {id: berg_igp, office: igp_sy, title: Police Chief, start: '2020-01-01', end: null,
         source: https://example.invalid/sy/berg}
"""


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, SHARED)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Foreign Minister Hans Erik Berg said the roads were open.", []),
        ("Foreign Minister Hans Berg said the roads were open.", ["NL402"]),
    ],
)
def test_a_shared_first_name_with_a_given_name_the_person_lacks_is_a_namesake(
    shared, text, expected
):
    codes = [f.code for f in lint_text(shared, text, date=DAY, codes=("NL401", "NL402"))]
    assert codes == expected, text
