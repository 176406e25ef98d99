"""NL201, round 23's second casualties hunt (dev hunt-casualties-r23b.yaml, hd-028): a
participle after "have"/"has"/"had" is the verb of the subject before it, even when that
subject ends in a phrase ("Doctors at a local hospital have informed reporters that …"); it is
not a participle describing the phrase's noun ("a crackdown announced after the killings").
A passive with no agent ("were informed that …") still names no source.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Surgeons at the provincial hospital have briefed journalists that nine bodies were "
        "received overnight.",
        "Officials in the district administration had confirmed the deaths of 14 labourers.",
        "Staff at the trauma centre have also informed the media that 23 people were injured.",
    ],
)
def test_a_perfect_verb_after_a_phrase_reports(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Surgeons at the provincial hospital were informed that nine bodies were received "
        "overnight.",
        "Fourteen labourers have died during a crackdown announced after the killings.",
    ],
)
def test_a_passive_or_a_described_noun_still_names_no_one(seed_corpus, text):
    assert fires(seed_corpus, text) != []
