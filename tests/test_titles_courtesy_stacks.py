"""A title set right before a courtesy style and the name ("Interior Minister Ambassador X"):
the style is a kind of post the ledger records several of in one country ("Ambassador"), kept
for life, so the title before it is the person's post, judged as one written alone. Look-
alikes: the person's own post before the style stays silent, so does a title before the
style of a person who holds such a post (the style is then a post; the first title may be
someone else's in a list), and a title joined by "and"
to a second one ("Prime Minister and Foreign Minister X", which may list two people) is
still judged only by the posts the ledger records for the person.

The fictional ledger (tests/titles_support.py): Anton Weiss was Sylvania's foreign secretary
2012-03..2013-12, never interior minister (Mara Quist's post from 2022); Tomas Reyes is the
foreign minister; Paula Roth its ambassador to Arcadia."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Ambassador Anton Weiss briefed the envoys.",
        "The ministry said Interior Minister Ambassador Anton Weiss had given a briefing.",
    ],
)
def test_the_title_before_a_courtesy_style_is_judged(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Foreign Secretary Ambassador Anton Weiss briefed the envoys.", "2013-01-10"),
        ("Prime Minister and Foreign Minister Tomas Reyes met the envoys.", DAY),
        ("Prime Minister Ambassador Paula Roth briefed the envoys.", DAY),
    ],
)
def test_the_own_post_or_an_and_joined_title_stays_silent(sylvania, text, day):
    assert found(sylvania, text, day) == [], text
