"""A report of a tenure's end or of a move excuses the title of the person it is told of, not
of another person named before it in another clause: "Chief Minister X congratulated Y on
being elected chairman of the senate" reports Y's move, and X's ended title is stale (dev
news-r13-ti-018, a draft 43 days after X's tenure ended: the move read for the whole sentence
kept X's title). "Minister X said Y had resigned" likewise.

Still excused: the person's own report ("X was elected to the senate", "X resigned"), a report
told before the title ("Y succeeded X"), two people who are the subject of one report, and a
relative clause on the holder that names another ("X, who met Y on Monday, resigned").

Grids read the seed ledger's ended single-holder posts; days are offsets from their recorded
ends, never dates written here."""

import datetime as dt

import pytest

from .titles_support import display_name, ended_posts, lint_codes

CODES = ("NL401", "NL402")
LATER = dt.timedelta(days=40)
"""Inside the time a move is news of the end it tells (NL401's TENURE_END_NEWS)."""

ANOTHERS = (
    "{title} {name} congratulated {other} on being elected chairman of the senate.",
    "{title} {name} congratulated {other}, who was sworn in as a senator on Monday.",
    "{title} {name} told reporters that {other} had resigned.",
)
OWN = (
    "{title} {name} was elected to the senate on Tuesday.",
    "{title} {name} resigned on Monday.",
    "{other} succeeded {title} {name} on Monday.",
    "{title} {name} and {other} resigned on Monday.",
    "{title} {name}, who met {other} on Monday, resigned on Tuesday.",
)


def _cases(corpus):
    """(title, holder, the post's end, another person named by full name) for the ended
    posts of the grids."""
    posts = ended_posts(corpus)
    assert len(posts) >= 3
    return [
        (title, person, post.end, display_name(posts[k - 1][1]))
        for k, (title, person, post) in enumerate(posts)
    ]


@pytest.mark.parametrize("template", ANOTHERS)
def test_another_persons_end_does_not_excuse_the_title(seed_corpus, template):
    for title, person, end, other in _cases(seed_corpus):
        text = template.format(title=title, name=display_name(person), other=other)
        assert lint_codes(seed_corpus, text, end + LATER, CODES) == ["NL401"], text


@pytest.mark.parametrize("template", OWN)
def test_the_persons_own_end_still_excuses_it(seed_corpus, template):
    for title, person, end, other in _cases(seed_corpus):
        text = template.format(title=title, name=display_name(person), other=other)
        assert lint_codes(seed_corpus, text, end + LATER, CODES) == [], text
