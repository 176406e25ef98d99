"""NL201, round 23's casualties false-alarm hunt (dev hunt-casualties-r23.yaml): a named source
that "suggested that" / "indicated that" reports what follows, as "said that" does (so the next
sentence's police account of the same killings covers the count); reports or evidence that
"suggest" name no one.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "The district police chief indicated that nine people had been killed in the crossfire.",
        "Gunmen shot dead five masons at a construction site last spring. Police then suggested "
        "that the killings were targeted.",
    ],
)
def test_a_named_source_suggesting_that_reports(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Reports suggest that nine people were killed in the crossfire.",
        "The evidence indicates that nine people were killed in the crossfire.",
        "Gunmen shot dead five masons at a construction site. Reports suggested that the "
        "killings were targeted.",
    ],
)
def test_suggesting_with_no_one_named_credits_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
