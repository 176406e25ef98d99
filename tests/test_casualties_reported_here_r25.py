"""NL201, round 25's casualties hunt (r24-hg-038): a closing credit may name the place where it
was given ("…, Dunya News reported here on Sunday", "…, officials said here on Monday") as it
names the time. A "said here" in another clause, or a credited sentence about something else,
still leaves the count without a source.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Two labourers were killed when a wall collapsed at a construction site in the old "
        "city, officials said here on Monday.",
        "Four constables were injured in a clash with protesters near the press club, a "
        "television channel reported here.",
    ],
)
def test_a_closing_credit_given_here(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two labourers were killed when a wall collapsed at a construction site in the old "
        "city, which officials said here was unsafe.",
        "Two labourers were killed when a wall collapsed at a construction site in the old "
        "city. Officials said here on Monday that the site would be sealed.",
    ],
)
def test_said_here_about_something_else_credits_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
