"""A sentence that reports a move ("has been appointed", "was sworn in as", "took oath as")
excuses a named holder's ended title only while the end is news (a report of the end itself,
"resigned", "was removed from office", keeps it at any date): "Army Chief X has been
appointed defence chief" years after X's tenure ended tells of another change, and the title
is outdated (mutation probes that put a predecessor's name with the office found it silent).

Grids read the seed ledger's ended single-holder posts; days are offsets from their recorded
ends, never dates written here."""

import datetime as dt

import pytest

from .titles_support import display_name, ended_posts, lint_codes

CODES = ("NL401", "NL402")

MOVE_FRAMES = (
    "{title} {name} has been appointed as the new ambassador to Tokyo.",
    "On Monday {title} {name} was sworn in as a member of the senate.",
    "{name}, the {lower}, was named as the new head of the party's election cell.",
    "{title} {name} took oath as a senator on Monday.",
)
"""A move to something else: it may be a later change than the end of the title's tenure."""
END_FRAMES = (
    "{title} {name} resigned on Monday.",
    "{name}, the {lower}, was removed from office on Monday.",
    "{title} {name} handed over charge to his successor on Monday.",
)
"""The end itself: the title is the one it ends, at any date."""


def _ended(corpus):
    """(title, holder, the post's end) of the ended posts the grids judge."""
    return [(title, person, post.end) for title, person, post in ended_posts(corpus)]


@pytest.mark.parametrize("template", MOVE_FRAMES)
def test_grid_a_report_of_a_move_long_after_the_tenure_does_not_excuse_the_title(
    seed_corpus, template
):
    cases = _ended(seed_corpus)
    assert len(cases) >= 4
    for title, person, end in cases:
        text = template.format(title=title, lower=title.lower(), name=display_name(person))
        day = end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, day, CODES) == ["NL401"], (text, day)


@pytest.mark.parametrize("template", MOVE_FRAMES + END_FRAMES)
def test_grid_a_report_of_a_move_or_an_end_while_it_is_news_keeps_the_title(seed_corpus, template):
    for title, person, end in _ended(seed_corpus):
        text = template.format(title=title, lower=title.lower(), name=display_name(person))
        day = end + dt.timedelta(days=10)
        assert lint_codes(seed_corpus, text, day, CODES) == [], (text, day)


@pytest.mark.parametrize("template", END_FRAMES)
def test_grid_a_report_of_the_end_itself_keeps_the_title_at_any_date(seed_corpus, template):
    for title, person, end in _ended(seed_corpus):
        text = template.format(title=title, lower=title.lower(), name=display_name(person))
        day = end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, day, CODES) == [], (text, day)


@pytest.mark.parametrize("lead", ("former", "then-", "ex-"))
@pytest.mark.parametrize("template", MOVE_FRAMES[:3])
def test_grid_a_past_marked_title_in_a_report_of_an_end_stays_right(seed_corpus, template, lead):
    for title, person, end in _ended(seed_corpus):
        marked = f"{lead}{title}" if lead.endswith("-") else f"{lead} {title}"
        text = template.format(title=marked, lower=marked.lower(), name=display_name(person))
        text = text[:1].upper() + text[1:]
        day = end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, day, CODES) == [], (text, day)


@pytest.mark.parametrize("template", MOVE_FRAMES[:3])
def test_grid_a_report_of_an_end_dated_in_the_tenure_keeps_the_title(seed_corpus, template):
    for title, person, end in _ended(seed_corpus):
        text = template.format(title=title, lower=title.lower(), name=display_name(person))
        if not template.startswith("{"):  # "On Monday …": no capital after the date
            text = text[:1].lower() + text[1:]
        text = f"In {end - dt.timedelta(days=20):%B %Y}, {text}"
        day = end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, day, CODES) == [], (text, day)
