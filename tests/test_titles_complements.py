"""A title's complement as reporting writes it: with "the" before the body ("Director General
of the SIB", a ledger title "director general sib" with its body moved behind) and in capitals
("Chief Minister of NP, X, said"): the name beside it is its holder, and a holder whose
tenure had ended is given a stale title. The right holder, and a list after the comma, stay
silent."""

import pytest

from narrlint.knowledge.corpus import load_corpus

from . import titles_support
from .conftest import lint_text
from .titles_support import found

sylvania = titles_support.sylvania

LEDGER = """\
version: 1
offices:
  - {id: dg_sib, name: Director General of the Sylvanian Intelligence Bureau, country: Sylvania,
     titles: [director general sib, sib chief]}
people:
  - id: ada_holm
    name: Ada Holm
    aliases: [ada holm]
    posts:
      - {id: holm_sib, office: dg_sib, title: Director General SIB, start: '2020-01-01',
         end: '2023-01-01', successor: ben_krug, source: https://example.invalid/sy/holm}
  - id: ben_krug
    name: Ben Krug
    aliases: [ben krug]
    posts:
      - {id: krug_sib, office: dg_sib, title: Director General SIB, start: '2023-01-01',
         end: null, source: https://example.invalid/sy/krug}
"""

DAY = "2024-05-01"


@pytest.fixture(scope="module")
def bureau(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bureau")
    (folder / "ledger.yaml").write_text(LEDGER)
    return load_corpus([str(folder)], seeds=False)


def _codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=("NL401", "NL402"))]


@pytest.mark.parametrize(
    "template",
    [
        "Director General of the SIB {name} met the envoy.",
        "The talks are led by {name}, Director General of the SIB, and senior officials.",
        "The delegation is led by {name}, Director General of the SIB and other officials.",
        "{name}, the Director General of the SIB, said the talks would resume.",
    ],
)
def test_a_moved_body_written_with_the_names_the_office(bureau, template):
    assert _codes(bureau, template.format(name="Ada Holm")) == ["NL401"]
    assert _codes(bureau, template.format(name="Ben Krug")) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said that Chief Minister of NP, Karl Moser, should not defy them.", ["NL401"]),
        ("The Chief Minister of NP, Karl Moser, said the roads were open.", ["NL401"]),
        ("The Chief Minister of NP, Rosa Lind, said the roads were open.", []),
        ("The Chief Minister of NP, Karl Moser and Rosa Lind met on Monday.", []),
    ],
)
def test_a_complement_in_capitals_keeps_the_name_as_the_holder(sylvania, text, expected):
    assert found(sylvania, text, "2023-06-01") == expected, text
