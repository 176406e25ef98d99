"""Authorities barred from acting on people up to a date ("stops all law enforcement agencies
from executing any actions against these individuals until …", "restrained the police from
taking any action against them till …") hold off enforcement as a barred deportation does: the
date is the end of the people's protection, i.e. of their documents' validity
(:func:`narrlint.claims.dates_frames._action_barred`); "these individuals" and "them" refer back
to the group of the sentence before (:func:`narrlint.claims.dates_context.anaphoric`).
Drafts are paraphrases, dated when the seed ledger's PoR cards were valid to 30 June 2025."""

import pytest

from .deadlines_support import codes

WHEN = "2025-04-10"
BEFORE = (
    "A provincial high court stepped in this week to shield Afghan refugees holding PoR cards. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its order stops all police and other agencies from taking any action against these "
         "individuals until March 31, 2025.", ["NL101"]),
        ("Its order stops all police and other agencies from taking any action against these "
         "individuals until June 30, 2025.", []),
        ("The judges restrained the police from taking any action against them till "
         "March 31, 2025.", ["NL101"]),
        ("The judges restrained the police from taking any action against them till "
         "June 30, 2025.", []),
    ],
)  # fmt: skip
def test_action_barred_against_people_named_before(seed_corpus, text, expected):
    assert codes(seed_corpus, BEFORE + text, WHEN) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no people named before: whose protection is not said
        "The court heard the traders' petitions this week. Its order stops all agencies from "
        "taking any action against these individuals until March 31, 2025.",
        # action on a thing, not on people
        BEFORE + "The agencies were stopped from taking any action on the audit report until "
        "March 31, 2025.",
    ],
)
def test_a_barred_action_that_names_no_group_stays_silent(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []
