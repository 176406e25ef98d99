"""NL201: a plural possessive between a number and its people ("four security forces’
soldiers") is part of the counted phrase, not a closing quotation mark (round 14's hunt, M1).

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "Moreover, 3 brave security forces’ soldiers made the ultimate sacrifice and "
            "embraced shahadat.",
            "3 brave security forces’ soldiers made the ultimate sacrifice",
        ),
        (
            "Three security forces' soldiers embraced martyrdom in the raid.",
            "Three security forces' soldiers embraced martyrdom",
        ),
        ("Five levies' guards were killed at the post.", "Five levies' guards were killed"),
    ],
)
def test_a_plural_possessive_keeps_the_count(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)


@pytest.mark.parametrize(
    "text",
    [
        # not casualties
        "Three security forces' vehicles were damaged in the raid.",
        # credited
        "Three security forces' soldiers embraced martyrdom in the raid, the ISPR said.",
    ],
)
def test_a_plural_possessive_look_alike_stays_silent(seed_corpus, text):
    assert fires(seed_corpus, text) == []


def test_a_closing_quotation_mark_still_ends_the_subject(seed_corpus):
    text = "Officials called the three 'rebels' soldiers, and two were killed, police said."
    assert fires(seed_corpus, text) == []
