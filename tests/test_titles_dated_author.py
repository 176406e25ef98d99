"""A title given to the author of an act the sentence dates by its year: "the 2019 order of
Minister X was reversed", "the 2019 decision by Minister X", "Minister X's 2019 directive
was withdrawn". The year places the act, and the title of whoever took it, in that year, as
"Minister X's 2019 visit" and "according to a 2019 statement by Minister X" already do: in a
draft dated years later the title held in that year is right (NL401 asked for "former"). A
year after the tenure's end places the act when the title was no longer held, and a present
report that only mentions the dated act is judged now: both still fire.

Grids read the seed ledger's ended posts; years are the tenure's own, never years written
here."""

import datetime as dt

import pytest

from .titles_support import display_name, ended_posts, lint_codes

CODES = ("NL401",)

AUTHORED = (
    "The {year} decision of {title} {name} was reversed by the new government.",
    "The {year} order by {title} {name} was withdrawn after a court challenge.",
    "{title} {name}'s {year} directive on the camps was set aside.",
)


def _cases(corpus):
    """(title, person, a year wholly inside the tenure) for ended posts with a start."""
    cases = []
    for title, person, post in ended_posts(corpus, started=True):
        year = post.start.year + 1
        if dt.date(year, 12, 31) < post.end:
            cases.append((title, person, post, year))
    assert len(cases) >= 2
    return cases


@pytest.mark.parametrize("template", AUTHORED)
def test_the_author_of_an_act_dated_in_the_tenure_is_silent(seed_corpus, template):
    for title, person, post, year in _cases(seed_corpus):
        text = template.format(year=year, title=title, name=display_name(person))
        late = post.end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, late, CODES) == [], text


@pytest.mark.parametrize("template", AUTHORED)
def test_the_author_of_an_act_dated_after_the_tenure_still_fires(seed_corpus, template):
    for title, person, post, _ in _cases(seed_corpus):
        after = post.end.year + 1
        text = template.format(year=after, title=title, name=display_name(person))
        late = dt.date(after + 1, 6, 1)
        assert lint_codes(seed_corpus, text, late, CODES) == ["NL401"], text


def test_a_present_report_that_mentions_a_dated_act_still_fires(seed_corpus):
    for title, person, post, year in _cases(seed_corpus):
        text = f"{title} {display_name(person)} says the {year} decision still stands."
        late = post.end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, late, CODES) == ["NL401"], text
