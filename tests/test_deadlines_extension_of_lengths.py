"""An extension's length after "of" ("gave another extension of three months to the Afghan
refugees to stay", issue 11, round 20: dev news-r19-dm-024, an edited passage whose six months
became three) is read as "a three-month extension" is: the length of the chain's link in force.
Look-alikes: the right length, and one asked for ("sought an extension of three months").

The seed ledger's PoR validity chain: in August 2016 the link in force was the six-month
extension from 30 June to 31 December 2016.
"""

import pytest

from .deadlines_support import codes

WHEN = "2016-08-12"
FORMS = (
    "The federal government has given another extension of {n} months to registered Afghan "
    "refugees to stay in Pakistan.",
    "Registered Afghan refugees were granted an extension of {n} months in their stay.",
)


@pytest.mark.parametrize("form", FORMS)
def test_a_wrong_length_after_of_is_reported(seed_corpus, form):
    assert codes(seed_corpus, form.format(n="three"), WHEN) == ["NL101"]


@pytest.mark.parametrize("form", FORMS)
def test_the_right_length_after_of_is_silent(seed_corpus, form):
    assert codes(seed_corpus, form.format(n="six"), WHEN) == []


def test_a_length_asked_for_is_silent(seed_corpus):
    text = (
        "The provincial government sought an extension of three months for registered "
        "Afghan refugees."
    )
    assert codes(seed_corpus, text, WHEN) == []
