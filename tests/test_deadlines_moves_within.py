"""A cut-off for a group to move within the country ("relocate to a camp outside the city",
"shift to another camp") or to do something else there ("obtain new permits") is no cut-off to
leave it: it cannot contradict the group's documents' validity in force, which only a cut-off
to leave before the cards' end does (:func:`narrlint.claims.dates_match.documents_valid`, the
departure verbs of ``narrlint.nlp.vocabulary.DEPARTURE_LEMMAS``). Drafts are paraphrases, dated
in the era of the seed ledger's 2018-2020 PoR validity run (cards valid to 30 June 2019)."""

import pytest

from .deadlines_support import codes

WHEN = "2019-05-08"


@pytest.mark.parametrize(
    "text",
    [
        "The district commissioner on Tuesday ordered registered Afghan refugees to relocate to a "
        "camp outside the city before June 11.",
        "The district commissioner on Tuesday ordered registered Afghan refugees to shift to a "
        "camp outside the city by June 11.",
        "The district commissioner on Tuesday ordered registered Afghan refugees to obtain new "
        "permits by June 11.",
    ],
)
def test_a_cut_off_to_move_within_the_country_is_not_the_validity(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []


@pytest.mark.parametrize(
    "text",
    [
        "The district commissioner on Tuesday ordered registered Afghan refugees to leave the "
        "country before June 11.",
        "The government on Tuesday set a June 11 deadline for registered Afghan refugees to exit "
        "Pakistan.",
    ],
)
def test_a_cut_off_to_leave_before_the_cards_end_is_reported(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == ["NL101"]
