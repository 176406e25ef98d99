"""A name set off by commas after a title is its holder when the title names one person: by a
possessive before it ("his prime minister, X, stepped in") or by being capitalised as a post
("talks between Prime Minister, X, and the opposition leader"), as "the" already did. Both
were silent with a predecessor's name (mutation probe). A relative clause may close the name
("…, Ms. X which called on him"), and an honorific with its full stop may open it.

Grids read the seed ledger's ended single-holder posts and their holders; days are offsets
from the recorded ends, never dates written here."""

import datetime as dt

import pytest

from .titles_support import display_name, ended_posts, lint_codes

CODES = ("NL401", "NL402")

TEMPLATES = (
    "It took the intervention of his {lower}, {name}, to secure the deal.",
    "Their {lower}, {name}, said on Monday that talks would go on.",
    "An agreement was reached between {title}, {name}, and the opposition leader on Monday.",
    "The plan was backed by {title}, {name}, who spoke in Islamabad on Monday.",
    "On Monday {title}, {name}, told reporters that talks would go on.",
    # a relative clause on the name closes it as a comma does; an honorific with its stop
    "The visiting delegation was led by {title}, Mr. {name} who arrived in the capital on a"
    " two-day visit for talks.",
    "Talks were held with the {lower}, {name} which called on him on Sunday.",
    "A message came from the {lower}, Dr. {name} whose office confirmed the visit.",
    # no verb after the name up to the sentence's end: where and when close it (r6-ttl-113)
    "The visiting delegation was led by {title}, {name} in the capital earlier today.",
    "Officials met the delegation headed by the {lower}, {name} at the airport on Monday.",
    # a level of government between the article and the title (r10-dl-058)
    "The plan met opposition from the federal {lower}, {name}, according to sources.",
    "Despite previous opposition from the provincial {lower}, {name}, the plan went ahead.",
)
LOOK_ALIKES = (
    # the name is the subject of the main clause, not the title's holder
    "After meeting his {lower}, {name} said talks would go on.",
    "After talks with {title}, {name} told reporters that they would go on.",
    # a list of people, the title naming no one
    "Leaders met {lower}s, {name} and others on Monday.",
    # a verb after the name: it is the subject of the sentence's clause
    "After talks with {title}, {name} in the capital told reporters that they would go on.",
    "Following a meeting with the {lower}, {name} on Monday was expected to leave.",
    # no article before the level word: nothing determines the title
    "Leaders met provincial {lower}s, {name} on Monday.",
)


def _ended(corpus):
    """Ended posts whose start is recorded (a day inside the tenure is needed)."""
    return ended_posts(corpus, started=True)


@pytest.mark.parametrize("template", TEMPLATES)
def test_grid_a_name_set_off_by_commas_after_a_determined_title_is_its_holder(
    seed_corpus, template
):
    cases = _ended(seed_corpus)
    assert len(cases) >= 4
    for title, person, post in cases:
        text = template.format(title=title, lower=title.lower(), name=display_name(person))
        late = post.end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, late, CODES) == ["NL401"], (text, late)
        held = post.start + (post.end - post.start) / 2
        assert lint_codes(seed_corpus, text, held, CODES) == [], (text, held)


@pytest.mark.parametrize("template", LOOK_ALIKES)
def test_grid_a_name_after_a_title_and_a_comma_that_is_not_its_holder_is_not_judged(
    seed_corpus, template
):
    for title, person, post in _ended(seed_corpus):
        text = template.format(title=title, lower=title.lower(), name=display_name(person))
        late = post.end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, late, CODES) == [], (text, late)
