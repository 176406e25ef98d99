"""Clean look-alikes of real reporting (round 22's false-alarm sweep): a stale title written
right for the draft's date in the forms news uses ("then-", "former", "ex-", a bounded
appositive, "As …", a dated sentence, a quote dated in the past, brackets with the tenure's
years, a possessed event of a past year, a list of officials led by "then", a resignation
reported, "outgoing" on the day of the handover). Each stays silent; the same title with none
of these forms is stale (NL401).

The fictional ledger (tests/titles_support.py): Nina Falk was the North's caretaker chief
minister from 2023-01-01 to 2024-02-26, Rosa Lind after her; Ilse Varga prime minister and
Tomas Reyes foreign minister from 2022."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2025-01-10"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Then-caretaker chief minister Nina Falk had announced the survey in 2023.", DAY),
        ("Nina Falk, then the caretaker chief minister, had announced the survey.", DAY),
        ("Former caretaker chief minister Nina Falk said the survey was fair.", DAY),
        ("Ex-caretaker chief minister Nina Falk said the survey was fair.", DAY),
        (
            "Nina Falk, who was caretaker chief minister until February last year, said the "
            "survey was fair.",
            DAY,
        ),
        ("As caretaker chief minister, Nina Falk announced the survey.", DAY),
        ("In 2023, caretaker Chief Minister Nina Falk announced the survey.", DAY),
        ('"The survey is fair," caretaker Chief Minister Nina Falk said in 2023.', DAY),
        ("Nina Falk (caretaker chief minister, 2023-24) announced the survey.", DAY),
        ("Caretaker Chief Minister Nina Falk's 2023 speech announced the survey.", DAY),
        (
            "The survey was announced by then caretaker chief minister Nina Falk in the presence "
            "of Prime Minister Ilse Varga and Foreign Minister Tomas Reyes.",
            DAY,
        ),
        (
            "Caretaker Chief Minister Nina Falk, who stepped down in February last year, said "
            "the survey was fair.",
            DAY,
        ),
        ("Outgoing caretaker Chief Minister Nina Falk handed over to Rosa Lind.", "2024-02-28"),
    ],
)
def test_a_stale_title_in_a_form_right_for_the_date_is_silent(sylvania, text, day):
    assert found(sylvania, text, day) == [], text


def test_the_same_title_with_none_of_the_forms_is_stale(sylvania):
    text = "Caretaker Chief Minister Nina Falk said the survey was fair."
    assert found(sylvania, text, DAY) == ["NL401"], text
