"""A deadline's date restated in a relative clause after its predicate (issue 11, round 20: dev
news-r19-dl-013, "the deadline for repatriation of registered Afghan refugees is approaching
speedily, which is December 31 next", an edited passage whose June 30 became December 31).
", which is <date>" after a clause whose subject is a deadline noun and whose predicate ends
in a verb or adverb names that deadline's date. Look-alikes: the relative after another noun
("… began on a Friday, which was …") and the right date stay silent.

The seed ledger's PoR validity chain: in late May 2016 the link in force ran to 30 June 2016.
The dev passage itself stays a miss: 31 December 2016 was the end of the link announced on 29
June 2016, 33 days after the text, and a validity chain accepts the end of a link announced
within LATER_LINK_DAYS (60) of a text (news reports an extension being prepared).
"""

import pytest

from .deadlines_support import codes

WHEN = "2016-05-27"
FORMS = (
    "The deadline for the repatriation of registered Afghan refugees is approaching fast, "
    "which is {date}, and the government has yet to decide on an extension.",
    "The extended deadline for registered Afghan refugees is drawing near, which is {date}.",
)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("date", "wrong"), [("June 30", False), ("March 15", True)])
def test_a_restated_deadline_is_judged(seed_corpus, form, date, wrong):
    expected = ["NL101"] if wrong else []
    assert codes(seed_corpus, form.format(date=date), WHEN) == expected


def test_a_relative_after_another_noun_is_silent(seed_corpus):
    text = (
        "The deadline for registered Afghan refugees was discussed at a meeting on a Friday, "
        "which was March 15."
    )
    assert codes(seed_corpus, text, WHEN) == []
