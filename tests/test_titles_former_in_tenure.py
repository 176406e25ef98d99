"""A title written as past ("former …", "ex-…") for a post the ledger records as held on the
draft's date, with its end recorded well after that date, is wrong (NL402, the fix takes the
word out): "the former United Nations High Commissioner for Refugees (UNHCR) Filippo Grandi" in
April 2024, when his term ran to the end of 2025 (dev news-r11-dw-048). Before, only a post
held again after an earlier tenure was judged; a tenure the ledger holds open stays unjudged
unless it is such a return (an open end may be old news).

Silent: the same sentence after the recorded end, weeks before it (a resignation is reported
before the successor's oath: dev news-r7-tt-001), a
sentence placed at another time, "then-".

Grids read the seed ledger's ended single-holder posts and their holders; days are offsets
from the recorded dates, never dates written here."""

import datetime as dt

import pytest

from narrlint.rules.titles.still_held import END_NEWS

from .conftest import lint_text
from .titles_support import display_name, ended_posts, lint_codes

CODES = ("NL401", "NL402")

TEMPLATES = (
    "The minister held talks with the former {title} {name} on Monday.",
    "Former {title} {name} said talks would go on.",
    "{name}, the ex-{lower}, said talks would go on.",
)


def _cases(corpus):
    cases = [
        (title, person, post)
        for title, person, post in ended_posts(corpus, started=True)
        if post.end - post.start > 4 * END_NEWS
    ]
    assert len(cases) >= 4
    return cases


@pytest.mark.parametrize("template", TEMPLATES)
def test_former_for_a_post_held_to_a_recorded_later_end_is_wrong(seed_corpus, template):
    for title, person, post in _cases(seed_corpus):
        text = template.format(title=title, lower=title.lower(), name=display_name(person))
        held = post.start + (post.end - post.start) / 2
        findings = lint_text(seed_corpus, text, date=held.isoformat(), codes=CODES)
        assert [f.code for f in findings] == ["NL402"], (text, held)
        assert findings[0].message.startswith("Remove"), findings[0].message
        late = post.end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, late, CODES) == [], (text, late)


LOOK_ALIKES = (
    # placed at another time, or the past of another time
    "In {year}, the former {title} {name} said talks would go on.",
    "The then-{lower} {name} said talks would go on.",
)


@pytest.mark.parametrize("template", LOOK_ALIKES)
def test_former_at_another_time_stays_silent(seed_corpus, template):
    for title, person, post in _cases(seed_corpus):
        held = post.start + (post.end - post.start) / 2
        text = template.format(
            title=title, lower=title.lower(), name=display_name(person), year=post.start.year
        )
        assert lint_codes(seed_corpus, text, held, ("NL402",)) == [], (text, held)


@pytest.mark.parametrize("days", [3, 20, 31])
def test_former_weeks_before_the_recorded_end_stays_silent(seed_corpus, days):
    for title, person, post in _cases(seed_corpus):
        text = f"Former {title} {display_name(person)} said talks would go on."
        near = post.end - dt.timedelta(days=days)
        assert lint_codes(seed_corpus, text, near, ("NL402",)) == [], (text, near)
