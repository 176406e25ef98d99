"""A holder's death ends the tenure: a report of it gives the title held at the time, at any
later date ("X, the Taliban's acting minister for refugees, has been martyred", "Minister X
was killed in a blast", "the death of Minister X"). Only with the holder as the subject of
the death (in the passive, or "died") or as the one whose death it is: a holder who reports
others killed ("X said 20 people were killed", "X condemned the killing of three aid
workers") still writes a title of today.

The fictional ledger (tests/titles_support.py): Leo Brandt was Sylvania's special envoy for
Arcadia until 2024-09-10."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

LATER = "2025-03-01"
"""Months after the envoy's tenure ended: the short grace for just-ended tenures is over."""


@pytest.mark.parametrize(
    "text",
    [
        "Leo Brandt, Sylvania's special envoy for Arcadia, has been killed in a blast.",
        "Special Envoy for Arcadia Leo Brandt was assassinated in the capital, police say.",
        "Special Envoy Leo Brandt, who is on a visit to Arcadia, was martyred on Tuesday.",
        "Special Envoy for Arcadia Leo Brandt died in hospital, the ministry says.",
        "The death of Special Envoy for Arcadia Leo Brandt is confirmed.",
        "Officials confirm the assassination of Special Envoy Leo Brandt.",
    ],
)
def test_a_report_of_the_holders_death_keeps_the_title(sylvania, text):
    assert found(sylvania, text, LATER) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Special Envoy for Arcadia Leo Brandt says 20 people were killed in the blast.",
        "Special Envoy Leo Brandt condemns the killing of three aid workers.",
        "Special Envoy for Arcadia Leo Brandt says the forces killed ten militants.",
    ],
)
def test_others_killed_do_not_end_the_holders_tenure(sylvania, text):
    assert found(sylvania, text, LATER) == ["NL401"], text
