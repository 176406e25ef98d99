"""A title with no name that opens its sentence as a speaker ("The caretaker foreign minister
said …") right after a sentence that names one person of the ledger as a speaker ("Sarfraz
Bugti said that …") refers back to that person, and is judged by the person's record: a post
the person never held is NL402 (dev news-r5-ttl-020), one left before the draft's date NL401.
Before, such a title was read as a generic reference to whoever held the post.

Silent: the person's own post, another person or a title in the sentence before, a person
there who does not speak, a sentence between, and a title that is not a speaker.

Grids read the seed ledger's ended single-holder posts and their holders; days are offsets
from the recorded ends, never dates written here."""

import datetime as dt

import pytest

from .titles_support import display_name, ended_posts, lint_codes

CODES = ("NL401", "NL402")

TEMPLATES = (
    "Talking to the media on Monday, {name} said that talks would go on. The {lower} said"
    " that the border would stay open.",
    "{name} told reporters that talks would go on. The {lower} also said the border would"
    " stay open.",
)
LOOK_ALIKES = (
    # two people in the sentence before
    "{name} met Ilse Varga and Tomas Reyes on Monday. The {lower} said that talks would go on.",
    # the person there does not speak
    "Talks with {name} went on for hours. The {lower} said that the border would stay open.",
    # a sentence between
    "{name} said that talks would go on. Trade resumed. The {lower} said the border was open.",
    # the title is no speaker
    "{name} said that talks would go on. The {lower} has long backed them.",
)


def _cases(corpus):
    cases = ended_posts(corpus, started=True)
    assert len(cases) >= 4
    return cases


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_title_referring_back_to_the_speaker_before_is_the_speakers(seed_corpus, template):
    for title, person, post in _cases(seed_corpus):
        text = template.format(lower=title.lower(), name=display_name(person))
        late = post.end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, late, CODES) == ["NL401"], (text, late)
        held = post.start + (post.end - post.start) / 2
        assert lint_codes(seed_corpus, text, held, CODES) == [], (text, held)


@pytest.mark.parametrize("template", LOOK_ALIKES)
def test_a_title_not_referring_back_stays_generic(seed_corpus, template):
    for title, person, post in _cases(seed_corpus):
        text = template.format(lower=title.lower(), name=display_name(person))
        late = post.end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, late, CODES) == [], (text, late)


@pytest.mark.parametrize(
    ("title", "expected"),
    [("caretaker foreign minister", ["NL402"]), ("caretaker interior minister", [])],
)
def test_a_post_the_speaker_never_held(seed_corpus, title, expected):
    text = (
        "Talking to the media, Sarfraz Bugti said that the plan was ready. The"
        f" {title} said that there was no place for illegal foreigners."
    )
    assert lint_codes(seed_corpus, text, dt.date(2023, 10, 27), CODES) == expected, text
