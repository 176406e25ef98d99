"""A person who held one office twice, in a draft dated the very day the later tenure was
handed over: the title is that tenure's, right on its last day as for anyone ("a draft dated
the very day of a handover still reports that day's events under the title held until the
handover"), and the earlier tenure, ended years before, is not the one meant. NL401 judged the
earlier tenure and asked for "former" (dev news-r11-tt-012 and news-r7-tt-049, real passages
of the day a chief minister handed over, once the ledger recorded his first term too). Ten
days after the handover the bare title in a present report is stale again.

Grids read the seed ledger's people with two tenures of one office; days are the recorded
ends, never dates written here."""

import datetime as dt

from .titles_support import display_name, lint_codes, unique_title

CODES = ("NL401",)
TEMPLATE = "{title} {name} says the provincial budget will be ready next week."


def _cases(corpus):
    """(title, person, the later tenure's end) for people with two tenures of one office with
    a unique title, both ended, the later one's end known to the day."""
    cases = []
    for person in corpus.ledger.people.values():
        by_office = {}
        for post in person.posts:
            by_office.setdefault(post.office, []).append(post)
        for office_id, posts in by_office.items():
            ended = sorted((p for p in posts if p.end and not p.qualifier), key=lambda p: p.end)
            if len(ended) < 2 or len(ended) != len(posts):
                continue
            title = unique_title(corpus, corpus.ledger.offices[office_id])
            if title is not None:
                cases.append((title, person, ended[-1].end))
    return cases


def test_the_title_on_the_day_of_the_later_handover_is_silent(seed_corpus):
    cases = _cases(seed_corpus)
    assert len(cases) >= 2
    for title, person, end in cases:
        text = TEMPLATE.format(title=title, name=display_name(person))
        assert lint_codes(seed_corpus, text, end, CODES) == [], (text, end)


def test_the_title_ten_days_after_the_later_handover_is_stale(seed_corpus):
    for title, person, end in _cases(seed_corpus):
        text = TEMPLATE.format(title=title, name=display_name(person))
        later = end + dt.timedelta(days=10)
        assert lint_codes(seed_corpus, text, later, CODES) == ["NL401"], (text, later)
