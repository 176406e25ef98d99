"""The day of a change of post or rank: a sentence placed on a tenure's recorded end (the
first day it was no longer held) tells that day's events under either title. "The prime
minister on <the day of the promotion> appointed Lt Gen X as army chief" names the rank held
until the appointment, right in a draft dated days later (dev news-r13-ti-061, a real
passage: NL401 asked for "General"). Placed a day or two after the end, the old title is
stale again.

Also in that sentence: "… as the Chief of Army Staff and Lt General Y as …" is two pairs of a
name and its post, not one title "Chief of Army Staff and Lt General" extended over a list of
portfolios (NL402 called it a post Y never held).

Grids read the seed ledger's ended posts and rank changes; days are offsets from the
recorded dates, never dates written here."""

import datetime as dt

import pytest

from .conftest import lint_text
from .titles_support import display_name, ended_posts, lint_codes, rank_changes

CODES = ("NL401", "NL402")
LATER = dt.timedelta(days=10)


def _written(day):
    return f"{day:%B} {day.day}"


RANK_TEMPLATES = (
    "The prime minister on {day} appointed {rank} {name} as the new army chief.",
    "On {day}, the government named {rank} {name} as the new head of the joint staff.",
)


@pytest.mark.parametrize("template", RANK_TEMPLATES)
def test_the_rank_held_until_the_change_is_right_on_its_day(seed_corpus, template):
    for rank, person, end in rank_changes(seed_corpus):
        name = display_name(person)
        text = template.format(day=_written(end), rank=rank, name=name)
        assert lint_codes(seed_corpus, text, end + LATER, CODES) == [], text
        later = template.format(day=_written(end + dt.timedelta(days=2)), rank=rank, name=name)
        assert lint_codes(seed_corpus, later, end + LATER, CODES) == ["NL401"], later


OFFICE_TEMPLATE = "On {day}, {title} {name} chaired the meeting on the border."


def test_an_office_held_until_the_day_the_sentence_is_placed_on(seed_corpus):
    cases = ended_posts(seed_corpus, started=True)
    assert len(cases) >= 4
    for title, person, post in cases:
        name, late = display_name(person), post.end + dt.timedelta(days=400)
        written = f"{post.end.day} {post.end:%B %Y}"
        text = OFFICE_TEMPLATE.format(day=written, title=title, name=name)
        assert lint_codes(seed_corpus, text, late, CODES) == [], text
        after = post.end + dt.timedelta(days=2)
        text = OFFICE_TEMPLATE.format(day=f"{after.day} {after:%B %Y}", title=title, name=name)
        assert lint_codes(seed_corpus, text, late, CODES) == ["NL401"], text


def test_two_appointments_joined_by_and_are_two_pairs(seed_corpus):
    cases = rank_changes(seed_corpus)
    (rank, first, end), (_, second, _) = cases[0], cases[1]
    text = (
        f"The prime minister on {_written(end)} appointed {rank} {display_name(first)} as the "
        f"Chief of Army Staff and {rank} {display_name(second)} as the new chairman."
    )
    findings = lint_text(seed_corpus, text, date=(end + LATER).isoformat(), codes=CODES)
    assert not [f.message for f in findings if f" and {rank}" in f.message], text
