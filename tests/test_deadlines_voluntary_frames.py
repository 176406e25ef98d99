"""A deadline noun "for <their> voluntary <act>" and a reporting frame's place (issue 11, round
11; dev news-r10-dw-040: "A statement issued in Geneva said that the deadline for their
voluntary departure was set for March 15, …").

"voluntary" between "for" and the order's act ("the deadline for voluntary departure of ACC
holders was set for …") no longer hides that the deadline is for the order's people
(``dates_frames.for_people``); and a place named in the frame that reports the clause ("a
statement issued in Geneva said that …", "told reporters in Geneva that …") is where the source
spoke, not where the people are (``dates_generic.reported_start`` in ``elsewhere``), unless the
frame names people ("Afghans in Iran were told that …"). Text date 2025-03-20, within the
phase-2 order (cut-off 31 March 2025): a wrong day is reported, the right one is not.
"""

import pytest

from .deadlines_support import codes

WHEN = "2025-03-20"
RIGHT, WRONG = "March 31", "March 15"

FORMS = (
    "The deadline for voluntary departure of ACC holders was set for {date}.",
    "The deadline for their voluntary return was set for {date}, the interior ministry said.",
    "The deadline for the voluntary repatriation of Afghan Citizen Card holders is {date}.",
    "A statement issued in Geneva said that the deadline for their voluntary departure was set "
    "for {date}.",
    "A statement released in Geneva on Friday said that the deadline for voluntary return was "
    "set for {date}.",
)
LOOK_ALIKES = (
    "The deadline for voluntary applications was set for {date}.",
    "A statement issued in Geneva said that the deadline for voluntary contributions was set "
    "for {date}.",
    "Afghans in Iran were told that the deadline for their voluntary departure was set for {date}.",
    "A statement issued in Geneva said that the deadline for Afghans in Iran to leave "
    "voluntarily was set for {date}.",
)


@pytest.mark.parametrize("form", FORMS)
def test_a_voluntary_act_and_a_frames_place(seed_corpus, form):
    assert codes(seed_corpus, form.format(date=WRONG), WHEN) == ["NL101"]
    assert codes(seed_corpus, form.format(date=RIGHT), WHEN) == []


@pytest.mark.parametrize("form", LOOK_ALIKES)
def test_look_alikes_stay_silent(seed_corpus, form):
    assert codes(seed_corpus, form.format(date=WRONG), WHEN) == []
