"""A title in a report of the end of its tenure is right in that report, however the end is
told: as a noun whose holder is the title's ("the departure of Special Representative X", "X's
exit", "the removal of …"), with the holder as the object of an ending verb ("the government
has removed its special representative, X", "sacked its envoy"), or in the sentence before or
after, naming the same person ("… X. X stepped down this week.", "… He stepped down.").
Look-alikes of the same shape that report no end (a trip, a visit, another person's end, an
end two sentences away) keep the stale title.

Grids read the seed ledger's ended single-holder posts; days are offsets from their recorded
ends, never dates written here."""

import datetime as dt

import pytest

from .titles_support import display_name, ended_posts, lint_codes

CODES = ("NL401", "NL402")

NOUN_ENDS = (
    "The policy will not change with the departure of {title} {name}.",
    "After the exit of {title} {name}, the office was run by a deputy.",
    "The removal of {title} {name} was announced on Monday.",
    "Officials welcomed the dismissal of {title} {name} last week.",
    "{title} {name}'s departure was confirmed by the ministry on Monday.",
    "{title} {name}'s exit from the cabinet surprised the capital.",
    "The departure of {title} {name} from office was announced on Monday.",
)
"""An end told as a noun whose holder is the title's."""
OBJECT_ENDS = (
    "The government has removed its {lower}, {name}, amid rising tensions.",
    "The cabinet sacked its {lower}, {name}, on Monday.",
    "The president dismissed {title} {name} on Monday.",
    "Parliament has replaced the {lower}, {name}, after a vote.",
    "The government recalled its {lower}, {name}, on Monday.",
    "The party fired its {lower}, {name}, after the vote.",
)
"""An end told with the holder as the object of an ending verb."""
BESIDE_ENDS = (
    "{title} {name} thanked the staff on Monday. {name} stepped down this week.",
    "{name} resigned on Monday. {title} {name} had served for three years.",
    "Nothing will change, officials said of {title} {name}. {name} stepped down on Friday.",
    "{title} {name} thanked the staff on Monday. He stepped down this week.",
)
"""The end told in the sentence before or after, of the same person."""
NO_ENDS = (
    "The departure of {title} {name} for Tokyo was delayed.",
    "{title} {name}'s departure for the summit was delayed on Monday.",
    "The departure of {title} {name} from the airport was delayed.",
    "The visit of {title} {name} was announced on Monday.",
    "The government has praised its {lower}, {name}, for the talks.",
    "{title} {name} fired a warning at the rebels on Monday.",
    "The senator recalled {title} {name}'s remarks on Monday.",
    "{title} {name} thanked the staff on Monday. The week was long. {name} stepped down.",
    "{title} {name} thanked the staff on Monday. He visited Tokyo this week.",
)
"""Look-alikes: a trip, a visit, praise, another sense of "fired", an end two sentences away."""


def _cases(corpus):
    cases = ended_posts(corpus)
    assert len(cases) >= 4
    return cases


def _text(template, title, person):
    text = template.format(title=title, lower=title.lower(), name=display_name(person))
    return text[:1].upper() + text[1:]


@pytest.mark.parametrize("template", NOUN_ENDS + OBJECT_ENDS + BESIDE_ENDS)
@pytest.mark.parametrize("days", (10, 400))
def test_grid_a_title_in_a_report_of_its_end_is_right(seed_corpus, template, days):
    for title, person, post in _cases(seed_corpus):
        text = _text(template, title, person)
        day = post.end + dt.timedelta(days=days)
        assert lint_codes(seed_corpus, text, day, CODES) == [], (text, day)


@pytest.mark.parametrize("template", NO_ENDS)
def test_grid_a_look_alike_of_a_report_of_the_end_keeps_the_stale_title(seed_corpus, template):
    for title, person, post in _cases(seed_corpus):
        text = _text(template, title, person)
        day = post.end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, day, CODES) == ["NL401"], (text, day)


def test_another_persons_end_in_the_next_sentence_keeps_the_stale_title(seed_corpus):
    cases = _cases(seed_corpus)
    for (title, person, post), (_, other, _) in zip(cases, cases[1:] + cases[:1], strict=True):
        text = f"{title} {display_name(person)} thanked the staff. {display_name(other)} resigned."
        day = post.end + dt.timedelta(days=400)
        assert lint_codes(seed_corpus, text, day, ("NL401",)) == ["NL401"], (text, day)
