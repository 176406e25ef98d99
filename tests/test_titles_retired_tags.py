"""A retirement tag in brackets between a title or rank and the name ("Ambassador (retired)
X", "Lt Gen (retd.) Y", "Justice (R) Z"): the title still names the person after the tag,
and the tag's "retired" is the person's status in their service, not a report that the post
the sentence gives them has ended. Look-alikes: the same titles right on the draft's date stay
silent, and "retired" told as a verb still reports an end.

The fictional ledger (tests/titles_support.py): Leo Brandt was Sylvania's Special Envoy for
Arcadia 2023-05-23..2024-09-10; Tomas Reyes is its foreign minister, never interior
minister."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania


@pytest.mark.parametrize(
    ("text", "day", "codes"),
    [
        (
            "On Monday, Special Envoy for Arcadia Ambassador (retired) Leo Brandt met the "
            "minister.",
            "2025-01-10",
            ["NL401"],
        ),
        (
            "The talks were led by Special Envoy for Arcadia Ambassador (retd.) Leo Brandt.",
            "2025-01-10",
            ["NL401"],
        ),
        (
            "Interior Minister Gen (retd) Tomas Reyes said the border was calm.",
            "2023-06-01",
            ["NL402"],
        ),
        (
            "Interior Minister Gen (R) Tomas Reyes said the border was calm.",
            "2023-06-01",
            ["NL402"],
        ),
    ],
)
def test_the_title_names_the_person_past_the_tag(sylvania, text, day, codes):
    assert found(sylvania, text, day) == codes, text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On Monday, Special Envoy for Arcadia Ambassador (retired) Leo Brandt met the "
            "minister.",
            "2024-01-10",
        ),
        ("Foreign Minister Gen (retd) Tomas Reyes said the border was calm.", "2023-06-01"),
        (
            "Special Envoy for Arcadia Leo Brandt retired on Friday after a long career.",
            "2024-09-13",
        ),
    ],
)
def test_a_title_right_on_the_day_or_a_reported_retirement_stays_silent(sylvania, text, day):
    assert found(sylvania, text, day) == [], text
