"""A date after "of" or "dated" that dates something said or held ("in a statement dated 3
October 2023", "his speech of 5 May") places what the sentence tells of it on that day, as "on
3 October 2023" does: a title right on that day is not stale in a later draft (NL401 was asked
for). A date of another thing ("the deadline of 1 November") still places nothing.

Grids read the seed ledger's ended single-holder posts and their holders; days are offsets
from the recorded dates, never dates written here."""

import datetime as dt

import pytest

from .titles_support import display_name, ended_posts, lint_codes

CODES = ("NL401", "NL402")

TEMPLATES = (
    "In a statement dated {day}, {title} {name} said talks would go on.",
    "{title} {name}, in a speech of {day}, said talks would go on.",
    "At the meeting of {day}, {title} {name} said talks would go on.",
)
LOOK_ALIKES = (
    # a date of another thing places nothing: the title is read as of the draft's date
    "{title} {name} said the deadline of {day} would stand.",
    "{title} {name} said a letter would follow by {day}.",
)


def _written(day):
    return f"{day.day} {day:%B %Y}"


def _cases(corpus):
    cases = ended_posts(corpus, started=True)
    assert len(cases) >= 4
    return cases


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_dated_statement_places_the_title_on_its_day(seed_corpus, template):
    for title, person, post in _cases(seed_corpus):
        held = post.start + (post.end - post.start) / 2
        late = post.end + dt.timedelta(days=400)
        name = display_name(person)
        text = template.format(title=title, name=name, day=_written(held))
        assert lint_codes(seed_corpus, text, late, CODES) == [], (text, late)
        after = template.format(title=title, name=name, day=_written(post.end + dt.timedelta(60)))
        assert lint_codes(seed_corpus, after, late, CODES) == ["NL401"], (after, late)


@pytest.mark.parametrize("template", LOOK_ALIKES)
def test_a_date_of_another_thing_places_nothing(seed_corpus, template):
    for title, person, post in _cases(seed_corpus):
        held = post.start + (post.end - post.start) / 2
        late = post.end + dt.timedelta(days=400)
        text = template.format(title=title, name=display_name(person), day=_written(held))
        assert lint_codes(seed_corpus, text, late, CODES) == ["NL401"], (text, late)
