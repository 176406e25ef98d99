""" "To" before a plural noun for people is a preposition, not an infinitive (issue 11, round
27): "a deadline issued to landowners in Haripur to evict them from houses expired on
Wednesday" gives the deadline to landowners; its purpose is "to evict", an action of the
order, not "to landowners" read as another purpose (dev news-r26-dr-009, edited: the Haripur
order ran to Sunday 28 December 2014, and a text of that Sunday that says it expired on
Wednesday puts it on 24 December). A plural noun for people by its ending ("-ers", "-ors",
"-ords", "-ants", "-ents", "-ists", "-ees") after "to" is whom a deadline is given to; a real
purpose of another kind ("to find new homes") still keeps the order silent, and the right
weekday is silent.

The seed ledger's Haripur order (announced Friday 26 December 2014) ran to 28 December 2014.
"""

import pytest

from .deadlines_support import codes

WHEN = "2014-12-28"

WRONG_DAY = (
    "An ultimatum issued to shopkeepers in Haripur to evict Afghan refugees from their shops "
    "expired on Wednesday.",
    "The notice given to homeowners in Haripur to evict Afghan refugees expired on Wednesday.",
)
SILENT = (
    "The notice given to homeowners in Haripur to evict Afghan refugees expired on Sunday.",
    "An ultimatum issued to shopkeepers in Haripur to evict Afghan refugees from their shops "
    "expired on Sunday.",
    "The deadline given to tenants in Haripur to find new homes expired on Wednesday.",
)


@pytest.mark.parametrize("text", WRONG_DAY)
def test_a_deadline_given_to_people_keeps_its_own_purpose(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == ["NL101"]


@pytest.mark.parametrize("text", SILENT)
def test_the_right_day_and_another_purpose_stay_silent(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []
