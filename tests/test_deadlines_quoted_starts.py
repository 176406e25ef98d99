"""A reported start of the campaign whose subject holds a word in scare quotes ('an ongoing
repatriation drive targeting "illegal" foreigners that was launched … in <month year>'): the
quotation marks keep the word at a distance, they do not end the phrase, so what began is still
the drive (dev news-r10-dl-037, a launch moved a year late). Before round 19 the search for the
subject stopped at the closing mark and found no campaign.

Dates are read from the loaded ledger, never written in a test."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_order

DRIVE = (
    'Under an ongoing repatriation drive targeting "illegal" foreigners that was launched by the '
    "government in {when}, the family may have to leave the country soon."
)


@pytest.fixture
def phase(seed_corpus):
    return ledger_order(seed_corpus, "ifrp_phase1", "enforcement_from")


def _text_day(phase) -> str:
    return (phase.enforcement_from + dt.timedelta(days=500)).isoformat()


def test_a_quoted_word_in_the_subject_keeps_the_drive(seed_corpus, phase):
    start = phase.enforcement_from
    wrong = f"{start:%B} {start.year + 1}"
    assert codes(seed_corpus, DRIVE.format(when=wrong), _text_day(phase)) == ["NL101"]


@pytest.mark.parametrize(
    "text",
    [
        DRIVE,
        # talks began, not the drive
        'Talks on the plight of "illegal" foreigners that began in {when} have stalled.',
    ],
)
def test_look_alikes_stay_silent(seed_corpus, phase, text):
    start = phase.enforcement_from
    right = f"{start:%B} {start.year}"
    wrong = f"{start:%B} {start.year + 1}"
    when = right if text is DRIVE else wrong
    assert codes(seed_corpus, text.format(when=when), _text_day(phase)) == []
