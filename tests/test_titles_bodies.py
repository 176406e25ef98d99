"""NL402's "never held" needs the ledger to decide that the title written is the ledger's
office: a body written just before a bare title owns it ("the North government spokesperson
X", "the provincial government's spokesman, X", "party spokesperson X"), a post the ledger
does not record, and is not judged; a nationality or the country before the body keeps it
the country's. And a title after a name and a comma is the name's appositive only where no
reporting verb makes it the subject of a clause of its own ("Asked about the trial of X, the
foreign minister said …"), unless the name opens the sentence ("X, the foreign minister said
…": a loosely punctuated appositive) or its clause after an introductory phrase ("According to
the ministry, X, the foreign minister was present").

A fictional ledger: Rolf Aas is the government's information adviser, never its spokesperson
or foreign minister, offices Liv Berg and Jon Dahl hold."""

import pytest

from .conftest import ledger_corpus, lint_text

LEDGER = """\
version: 1
offices:
  - {id: spokesperson_sy, name: Foreign Office Spokesperson of Sylvania, country: Sylvania,
     titles: [spokesperson, spokesman, foreign office spokesperson]}
  - {id: fm_sy, name: Foreign Minister of Sylvania, country: Sylvania,
     titles: [foreign minister]}
  - {id: adviser_sy, name: Adviser on Information, country: Sylvania,
     titles: [adviser on information], holders: many}
people:
  - id: liv_berg
    name: Liv Berg
    aliases: [liv berg]
    posts:
      - {id: berg_fo, office: spokesperson_sy, title: Foreign Office Spokesperson,
         start: '2022-01-01', end: null, source: https://example.invalid/sy/berg}
  - id: jon_dahl
    name: Jon Dahl
    aliases: [jon dahl]
    posts:
      - {id: dahl_fm, office: fm_sy, title: Foreign Minister, start: '2022-01-01', end: null,
         source: https://example.invalid/sy/dahl}
  - id: rolf_aas
    name: Rolf Aas
    aliases: [rolf aas]
    posts:
      - {id: aas_adviser, office: adviser_sy, title: Adviser on Information,
         start: '2022-01-01', end: null, source: https://example.invalid/sy/aas}
"""

DAY = "2024-05-01"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def _codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=("NL401", "NL402"))]


@pytest.mark.parametrize(
    "text",
    [
        "The North government spokesperson Rolf Aas on Wednesday said talks had not begun.",
        "The provincial government's spokesman, Rolf Aas, said talks had not begun.",
        "Party spokesperson Rolf Aas told reporters that talks had not begun.",
        "The police spokesman Rolf Aas said the road was open.",
        "Talks had not begun, the ministry spokesperson Rolf Aas said on Wednesday.",
    ],
)
def test_a_title_owned_by_another_body_is_not_judged(ledger, text):
    assert _codes(ledger, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Spokesperson Rolf Aas on Wednesday said talks had not begun.",
        "The Sylvanian government spokesperson Rolf Aas said talks had not begun.",
        "The Foreign Office spokesperson Rolf Aas said talks had not begun.",
        "Talks had not begun, spokesman Rolf Aas said on Wednesday.",
    ],
)
def test_the_offices_own_title_is_judged(ledger, text):
    assert _codes(ledger, text) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the trial of Rolf Aas, the foreign minister said the process was legal.",
        "Commenting on the arrest of Rolf Aas, the foreign minister told reporters it was legal.",
        "In a briefing on the case against Rolf Aas, the foreign minister on Tuesday said it "
        "was legal.",
        "After the verdict against Rolf Aas, the foreign minister also said it was fair.",
        "Responding to a question about Rolf Aas, the spokesperson has said the case was legal.",
        "Asked about the detention of Rolf Aas, the foreign minister rejected the reports.",
        "On the eve of the trial of Rolf Aas, the foreign minister will travel to the capital.",
        # a name after another name's comma is a list item, not the clause's subject
        "The envoys met Liv Berg, Rolf Aas, the foreign minister said on Monday.",
    ],
)
def test_a_title_that_says_is_the_next_clauses_subject(ledger, text):
    assert _codes(ledger, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Rolf Aas, the foreign minister, said the process was legal.",
        "Rolf Aas, the foreign minister said the process was legal.",
        "Talks were held with Rolf Aas, the foreign minister.",
        "Asked about the trial, Rolf Aas, the foreign minister, said it was legal.",
        # the name opens the clause after an introductory phrase: its appositive, unclosed
        "Asked about the trial, Rolf Aas, the foreign minister said it was legal.",
        "According to the ministry, Adviser on Information Rolf Aas, the foreign minister was "
        "present.",
        "On Tuesday, Rolf Aas, the foreign minister will travel to the capital.",
    ],
)
def test_an_appositive_title_is_still_judged(ledger, text):
    assert _codes(ledger, text) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        # an honorific written short before the name opening the clause: still its appositive
        "Speaking on the occasion, Ms. Rolf Aas, the foreign minister said it was legal.",
        "Asked about the trial, Dr Rolf Aas, the foreign minister said it was legal.",
        "At the ceremony, Mr. Rolf Aas, Sylvania's foreign minister said ties were strong.",
    ],
)
def test_an_appositive_after_an_honorific_is_still_judged(ledger, text):
    assert _codes(ledger, text) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        # the honorific's name is an object: the title is the next clause's subject
        "Asked about the trial of Mr. Rolf Aas, the foreign minister said it was legal.",
        "Commenting on the arrest of Dr Rolf Aas, the foreign minister told reporters it "
        "was legal.",
    ],
)
def test_an_honorifics_name_as_object_is_not_the_titles(ledger, text):
    assert _codes(ledger, text) == [], text
