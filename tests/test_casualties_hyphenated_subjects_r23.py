"""NL201, round 23 (dev offbeat-r22-opened.yaml, ob-004, a miss): a hyphenated word in the
people counted ("a police sub-inspector", "two anti-terror officials") is one word of the
subject, so a count whose subject would otherwise be one word too long is still read; a
subject that is too long without its hyphens stays unread as before.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Three bank guards and a police sub-inspector were killed at the branch.",
        "Two security guards and a station house-officer were martyred in the raid.",
    ],
)
def test_a_hyphenated_word_is_one_word_of_the_people_counted(seed_corpus, text):
    assert fires(seed_corpus, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Three bank guards and a police sub-inspector were killed at the branch, police said.",
        "Three bank guards were praised by a police sub-inspector at the branch.",
    ],
)
def test_hyphenated_look_alikes_stay_silent(seed_corpus, text):
    assert fires(seed_corpus, text) == []
