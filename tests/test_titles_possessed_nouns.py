"""A word in -s after a possessive or a determiner is a noun, not a verb in the present: "The
caretaker government's plans for repatriation drew criticism" and "the caretaker Prime
Minister's visits to Kabul" report the past, and the generic temporary title in them is not
stale after the government's term (NL401 read "plans"/"visits to" as the present before:
"plans", "holds", "leads" are present-tense words of the frame). In the present the generic
title is still stale ("The caretaker government plans to extend the deadline")."""

import pytest

from .conftest import lint_text

CODES = ("NL401", "NL402")
DATE = "2024-06-01"  # after the caretaker government's term ended (March 2024)

PAST = (
    "The caretaker government's plans for repatriation drew criticism from rights groups.",
    "The caretaker Prime Minister's visits to Kabul were few.",
    "The interim government's holds on the border crossings were lifted.",
    "The caretaker Interior Minister’s remarks on the border drew criticism.",
)
PRESENT = (
    "The caretaker government plans to extend the deadline.",
    "The caretaker Prime Minister leads the delegation to Kabul.",
)


@pytest.mark.parametrize("text", PAST)
def test_a_possessed_noun_in_s_is_no_present(seed_corpus, text):
    assert [f.code for f in lint_text(seed_corpus, text, date=DATE, codes=CODES)] == [], text


@pytest.mark.parametrize("text", PRESENT)
def test_the_present_is_still_stale(seed_corpus, text):
    codes = [f.code for f in lint_text(seed_corpus, text, date=DATE, codes=CODES)]
    assert codes == ["NL401"], text
