"""NL201: a breakdown aside may be a list with commas of its own ("14 people, including women,
children and a Levies (BL) guard, were killed"): the aside closes at the comma after the
list's "and", so the count is still read and must still be credited (a fresh page, r16: a
border firing toll of civilians and a paramilitary man was not read at all).

Invented sentences (never a passage of the news sets).
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "At least 14 people, including women, children and a Levies (BL) guard, were "
            "killed in the shelling.",
            "At least 14 people",
        ),
        (
            "Nine labourers, among them two boys, a cook or a driver, died when the roof fell.",
            "Nine labourers",
        ),
    ],
)
def test_a_listed_aside_keeps_its_count(seed_corpus, text, excerpt):
    assert any(f.startswith(excerpt) for f in fires(seed_corpus, text))


@pytest.mark.parametrize(
    "text",
    [
        "At least 14 people, including women, children and a Levies (BL) guard, were killed in "
        "the shelling, officials said.",
        # the aside closes at its own comma: the verb after it is the count's
        "Nine people, including two women, were killed and four children were hurt, police said.",
    ],
)
def test_a_listed_aside_credited_stays_silent(seed_corpus, text):
    assert fires(seed_corpus, text) == []


def test_the_verb_after_the_first_comma_ends_the_aside(seed_corpus):
    text = "Nine people, including two women, were killed and four children and a guard were hurt."
    found = fires(seed_corpus, text)
    assert any(f.startswith("Nine people, including two women, were killed") for f in found)
