"""A report of a tenure's end written as a noun with its holder in an "of" phrase ("the
resignation of Chief Minister Y") is that holder's: another title in the sentence ("Governor
X objected to the resignation of Chief Minister Y") is judged as of the draft's date, so a
governor who had left the post is NL401. Look-alikes: the governor in office, and the holder
whose own resignation the sentence reports, stay silent. A move reported in a relative clause
on someone named after the holder ("X and film star Y, who has been designated …") is not
the holder's either.

A fictional ledger: Arcadia's governor was Ada Voss until 2024-05-01, then Bo Kern; Cy Lamm
was chief minister until 2025-10-15."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: governor_ar, name: Governor of Arcadia, country: Arcadia,
     titles: [governor, arcadia governor, governor of arcadia]}
  - {id: cm_ar, name: Chief Minister of Arcadia, country: Arcadia,
     titles: [chief minister, arcadia chief minister]}
people:
  - id: ada_voss
    name: Ada Voss
    aliases: [ada voss]
    posts:
      - {id: voss_gov, office: governor_ar, title: Governor of Arcadia, start: '2020-01-01',
         end: '2024-05-01', source: https://example.invalid/ar/voss}
  - id: bo_kern
    name: Bo Kern
    aliases: [bo kern]
    posts:
      - {id: kern_gov, office: governor_ar, title: Governor of Arcadia, start: '2024-05-01',
         end: null, source: https://example.invalid/ar/kern}
  - id: cy_lamm
    name: Cy Lamm
    aliases: [cy lamm]
    posts:
      - {id: lamm_cm, office: cm_ar, title: Chief Minister of Arcadia, start: '2022-01-01',
         end: '2025-10-15', source: https://example.invalid/ar/lamm}
"""

DAY = "2025-10-14"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text, day=DAY):
    return [f.code for f in lint_text(corpus, text, date=day, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ada Voss has raised objections over the resignation of Chief Minister Cy Lamm.",
        "Arcadia Governor Ada Voss received the resignation of Chief Minister Cy Lamm on Monday.",
    ],
)
def test_a_stale_title_beside_another_holders_end_is_reported(ledger, text):
    assert codes(ledger, text) == ["NL401"], text


@pytest.mark.parametrize(
    "text",
    [
        "Governor Bo Kern has raised objections over the resignation of Chief Minister Cy Lamm.",
        "Arcadia Governor Bo Kern received the resignation of Chief Minister Cy Lamm on Monday.",
    ],
)
def test_the_governor_in_office_stays_silent(ledger, text):
    assert codes(ledger, text) == [], text


def test_the_holder_whose_end_is_reported_stays_silent(ledger):
    text = "The assembly met after the resignation of Chief Minister Cy Lamm on Wednesday."
    assert codes(ledger, text, day="2025-10-17") == [], text


# A move reported in a relative clause on someone named after the title's holder

BEFORE_KERN = "2023-06-01"  # before Bo Kern's governorship (from 2024-05-01)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Bo Kern and film star Eli Sand, who has been designated the agency's "
        "advocate, visited the camp.",
        "Governor Bo Kern and the singer, who was appointed as goodwill ambassador, visited the "
        "camp.",
    ],
)
def test_a_move_in_a_relative_clause_on_another_is_not_the_holders(ledger, text):
    """The relative clause's one antecedent (a singular verb after "who") is the nearest
    name: the governor's title is judged as of the draft's date (not yet his)."""
    assert codes(ledger, text, day=BEFORE_KERN) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        # the clause right after the holder's name reports the holder's own move
        "Governor Bo Kern, who has been designated the agency's advocate, visited the camp.",
        # a plural verb: the clause may be on both
        "Governor Bo Kern and Eli Sand, who were appointed as goodwill ambassadors, visited the "
        "camp.",
    ],
)
def test_a_move_that_may_be_the_holders_keeps_the_report(ledger, text):
    assert codes(ledger, text, day=BEFORE_KERN) == [], text


# A move reported in a clause of its own ("…, while Y will be appointed as …") whose subject is
# a name the ledger does not know: that person's move, not the holder's

AFTER_VOSS = "2024-05-04"  # three days after Ada Voss left the governorship


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ada Voss is set to serve as an adviser to the premier, while Lena Ostrova "
        "will be appointed as the special assistant.",
        "Governor Ada Voss is expected to chair the board, whereas Piet Anders Holm has been "
        "sworn in as the new chairman.",
    ],
)
def test_a_move_in_an_unknown_persons_clause_is_not_the_holders(ledger, text):
    assert codes(ledger, text, day=AFTER_VOSS) == ["NL401"], text


@pytest.mark.parametrize(
    "text",
    [
        # the holder's own move, and a clause with no name of its own
        "Governor Ada Voss, while Lena Ostrova looked on, was sworn in as the new chairman.",
        "Governor Ada Voss is set to serve as an adviser, while she will be appointed as the "
        "board's chairman.",
    ],
)
def test_the_holders_own_move_stays_silent(ledger, text):
    assert codes(ledger, text, day=AFTER_VOSS) == [], text


# A report written as a noun whose "of" phrase names a person the ledger does not know ("the
# board, vacant after the resignation of Ch Y"): that person's end, not the title holder's


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ada Voss is tipped to take over the cricket board, left vacant by the "
        "resignation of Dr Tomas Brell.",
        "Governor Ada Voss is expected to chair the chamber, which fell vacant after the "
        "resignation of Ch Tomas Brell.",
    ],
)
def test_an_unknown_persons_end_in_an_of_phrase_is_not_the_holders(ledger, text):
    assert codes(ledger, text, day=AFTER_VOSS) == ["NL401"], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the governor in office then
        (
            "Governor Bo Kern is expected to chair the chamber, which fell vacant after the "
            "resignation of Ch Tomas Brell.",
            AFTER_VOSS,
        ),
        # the holder's own end, her surname written with another honorific
        (
            "Governor Ada Voss is expected to leave the chamber after the resignation of "
            "Mrs Voss was accepted.",
            AFTER_VOSS,
        ),
        # a body, not a person, in the "of" phrase
        ("Governor Ada Voss spoke after the resignation of Arcadia chamber members.", AFTER_VOSS),
    ],
)
def test_an_of_phrase_that_may_be_the_holders_keeps_the_report(ledger, text, day):
    assert codes(ledger, text, day=day) == [], text
