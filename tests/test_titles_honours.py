"""Honours written between a name and the title set off after it ("Field Marshal X, NI (M),
HJ, DG ISI, visited …"): the title is the name's own, judged as without them. Look-alikes: a
title the person holds, a title written as past, a title (not an honour) in capitals, and a
list after the honours stay silent.

The fictional ledger (tests/titles_support.py): Hugo Stahl was Director General of Military
Intelligence to 2022-11-28, is Chief of Army Staff from 2022-11-29 and Field Marshal from
2025-05-20; Otto Krenz is Chairman Joint Chiefs of Staff Committee from 2022-11-27."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2025-06-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CAPITAL – Field Marshal Hugo Stahl, NI (M), HJ, Director General of Military "
            "Intelligence, visited the border posts.",
            "NL401",
        ),
        (
            "Field Marshal Hugo Stahl, HI(M), SBt, director general of military intelligence,"
            " spoke.",
            "NL401",
        ),
        ("Hugo Stahl, OBE, the director general of military intelligence, met them.", "NL401"),
        ("Otto Krenz, NI (M), TBt, Chief of Army Staff, chaired the meeting.", "NL402"),
        ("The guests met Otto Krenz, HI (M), the army chief, on Monday.", "NL402"),
    ],
)
def test_a_title_after_a_names_honours_is_judged(sylvania, text, expected):
    assert found(sylvania, text, DAY) == [expected], text


@pytest.mark.parametrize(
    "text",
    [
        # the title held on the date
        "Field Marshal Hugo Stahl, NI (M), HJ, Chief of Army Staff, visited the border posts.",
        "Otto Krenz, NI (M), Chairman Joint Chiefs of Staff Committee, chaired the meeting.",
        # written as past
        "Hugo Stahl, NI (M), HJ, former director general of military intelligence, spoke.",
        # a list: another item follows the honours, not the title
        "Hugo Stahl, NI, and the director general of military intelligence met them.",
        "Hugo Stahl, NI (M), Otto Krenz and the army chief met them.",
    ],
)
def test_honours_before_a_right_title_or_a_list_stay_silent(sylvania, text):
    assert found(sylvania, text, DAY) == [], text
