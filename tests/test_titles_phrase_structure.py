"""What a title or its qualifier belongs to, read from how the phrase is built (round 7
false-alarm hunt): a title set off by commas after a name may be one item of a list of
attendees, not the name's appositive; a title written before a post noun ("the … (UNHCR)
representative") is part of that longer post; a temporary qualifier before a body's
possessive ("the interim administration's foreign minister") is the body's, not the post's;
and a holder who is the subject of a verb in the past, or a sentence opened by "Earlier,", is
a report of the past (a plural noun before a preposition, "of migrants in", does not make it
one of the present).

The fictional ledger (tests/titles_support.py): Nina Falk was caretaker chief minister of the
North 2023-01-01 to 2024-02-26; Tomas Reyes is foreign minister and Mara Quist interior
minister since 2022 (no qualifier); Rosa Lind chief minister of the North from 2024-02-26;
Karl Moser was caretaker prime minister to 2022-01-01; "caretaker government" and "interim
government" are Sylvania's."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Lind, the chief minister of the North, key provincial ministers, and senior "
        "officials attended the briefing.",
        "Attending were Nina Falk, the interior minister, two senators and the police chief.",
        "Nina Falk, the foreign minister of Sylvania, army officers, diplomats and reporters "
        "were at the ceremony.",
        "The ceremony drew Nina Falk, the Interior Minister, several senators, and guests "
        "from abroad.",
    ],
)
def test_a_title_that_is_one_item_of_a_list_is_not_the_names(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Nina Falk, the foreign minister, said the talks went well.",
        "Rosa Lind, the chief minister of the North, said the briefing went well.",
        "Nina Falk, the foreign minister, and Mara Quist attended the briefing.",
        "Nina Falk, the foreign minister, Mara Quist, the interior minister, and others "
        "attended the briefing.",
        "Nina Falk, the foreign minister, on Tuesday said officials, diplomats and guests agreed.",
    ],
)
def test_an_appositive_before_a_clause_or_in_pairs_is_still_judged(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        "Talks were held with Nina Falk, the Foreign Minister spokesperson.",
        "Nina Falk, the Prime Minister (PM) representative at the talks, spoke first.",
        "Nina Falk, the interior minister aide, attended the meeting.",
        "The envoy met Nina Falk, the foreign minister coordinator for the region.",
    ],
)
def test_a_title_before_a_post_noun_is_part_of_the_longer_post(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Nina Falk, the Foreign Minister, spoke first.",
        "Nina Falk, the Foreign Minister (FM), spoke first.",
        "Foreign Minister Nina Falk represented Sylvania at the talks.",
    ],
)
def test_the_title_itself_is_still_judged(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        "The caretaker government's foreign minister Tomas Reyes met the envoy.",
        "Sylvania's interim government's interior minister, Mara Quist, met the envoy.",
        "The Caretaker Cabinet's Foreign Minister Tomas Reyes met the envoy.",
    ],
)
def test_a_qualifier_of_the_possessor_is_not_the_posts(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The government's caretaker foreign minister Tomas Reyes met the envoy.",
        "Caretaker Foreign Minister Tomas Reyes met the envoy.",
        "The government's interim foreign minister, Tomas Reyes, met the envoy.",
    ],
)
def test_a_qualifier_of_the_post_is_still_judged(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text


JUST_ENDED = "2022-01-03"  # two days after Moser's caretaker term ended


@pytest.mark.parametrize(
    "text",
    [
        "Earlier, Caretaker Prime Minister Karl Moser rejected any mistreatment of foreign "
        "workers in Sylvania.",
        "Caretaker Prime Minister Karl Moser on Friday dismissed reports of migrants in the camps.",
        "Caretaker Prime Minister Karl Moser had warned against attacks on refugees in the north.",
        "Previously, caretaker Prime Minister Karl Moser promised help to farmers in the south.",
    ],
)
def test_a_report_of_the_past_two_days_after_the_end_is_not_stale(sylvania, text):
    assert found(sylvania, text, JUST_ENDED) == [], text


@pytest.mark.parametrize(
    "text, day",
    [
        ("Caretaker Prime Minister Karl Moser says the talks will go on.", JUST_ENDED),
        ("Caretaker Prime Minister Karl Moser is meeting farmers in the south.", JUST_ENDED),
        (
            "Earlier, Caretaker Prime Minister Karl Moser rejected any mistreatment of foreign "
            "workers in Sylvania.",
            "2022-03-01",
        ),
    ],
)
def test_a_present_report_or_one_long_after_the_end_is_stale(sylvania, text, day):
    assert found(sylvania, text, day) == ["NL401"], text
