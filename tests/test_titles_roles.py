"""A title told as the role of a past act ("As caretaker interior minister, X launched the
drive", "X, who as interior minister had set the deadline, …") is the title of that act's time,
not "as" of time before a title and its name ("…, as Foreign Minister X was on a visit"),
as "at the time" makes it; and "formerly"/"previously" before a title write it as past, as
"former" does, and so does "one-time" as "three-time" does. Still judged: the role of a present
act ("As caretaker interior minister, X says …"), a post itself told after a verb ("continues
as …"), "once" before a title (a conjunction: "Once Prime Minister X arrives, …") and "One"
as a count ("One caretaker interior minister, X, says …"). A later post after the name is read set
off by brackets or dashes as by commas ("X (now Balochistan chief minister) launched …"), not an
age, a party or a trip ("(now in his fifties)", "(PPP)", "– now on a visit –").

Seed ledger: Sarfraz Bugti was the caretaker interior minister 2023-08-17 to 2023-12-15,
Jalil Abbas Jilani the caretaker foreign minister and Anwaar-ul-Haq Kakar the caretaker prime
minister to 2024-03-04."""

import pytest

from .titles_support import found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("As caretaker interior minister, Sarfraz Bugti launched the drive.", "2024-06-01"),
        ("As caretaker interior minister, Sarfraz Bugti had set the deadline.", "2024-06-01"),
        (
            "As interim prime minister, Anwaar-ul-Haq Kakar on Monday defended the polls.",
            "2024-08-01",
        ),
        (
            "Jalil Abbas Jilani, who as caretaker foreign minister visited Kabul, says ties are "
            "strong.",
            "2025-01-10",
        ),
        (
            "Kakar said that as caretaker prime minister he had no say in the vote count.",
            "2024-08-01",
        ),
        ("Sarfraz Bugti, formerly caretaker interior minister, says the drive will go on.",
         "2024-06-01"),
        ("Jalil Abbas Jilani, previously caretaker foreign minister, spoke at the seminar.",
         "2025-01-10"),
        ("Formerly caretaker Prime Minister Anwaar-ul-Haq Kakar now sits in the Senate.",
         "2024-08-01"),
        ("One-time caretaker interior minister Sarfraz Bugti says the drive will go on.",
         "2024-06-01"),
        ("Sarfraz Bugti, a one-time caretaker interior minister, says the drive will go on.",
         "2024-06-01"),
    ],
)  # fmt: skip
def test_a_title_told_as_past_is_not_stale(seed_corpus, text, date):
    assert found(seed_corpus, text, date) == [], text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("As caretaker interior minister, Sarfraz Bugti says the drive will go on.", "2024-06-01"),
        (
            "Jalil Abbas Jilani, who as caretaker foreign minister says ties are strong, met the "
            "envoy.",
            "2025-01-10",
        ),
        ("Sarfraz Bugti continues as caretaker interior minister, the ministry says.",
         "2024-06-01"),
        ("Once caretaker Prime Minister Anwaar-ul-Haq Kakar arrives, the talks will begin.",
         "2024-08-01"),
        ("One caretaker interior minister, Sarfraz Bugti, says the drive will go on.",
         "2024-06-01"),
        # "as" of time with the name right after the title: a clause told like any other
        ("The talks stalled, as caretaker Prime Minister Anwaar-ul-Haq Kakar was on a visit to "
         "Kabul.", "2024-08-01"),
        ("As caretaker Prime Minister Anwaar-ul-Haq Kakar was on a visit to Kabul, the talks "
         "stalled.", "2024-08-01"),
    ],
)  # fmt: skip
def test_a_title_of_now_is_still_stale(seed_corpus, text, date):
    assert found(seed_corpus, text, date) == ["NL401"], text


def test_an_as_of_time_before_a_title_and_name_leaves_another_office_judged(seed_corpus):
    text = (
        "Talks stalled this week, as Afghan Commerce Minister Amir Khan Muttaqi was on a visit "
        "to Delhi."
    )
    assert found(seed_corpus, text, "2025-10-19") == ["NL402"], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Caretaker Interior Minister Sarfraz Bugti (now Balochistan chief minister) launched "
            "the drive.",
            [],
        ),
        (
            "Caretaker Interior Minister Sarfraz Bugti — now Balochistan's chief minister — "
            "launched the drive.",
            [],
        ),
        (
            "Caretaker Interior Minister Sarfraz Bugti, now Balochistan's chief minister, "
            "launched the drive.",
            [],
        ),
        # not a later post: an age, a party, a trip
        (
            "Caretaker Interior Minister Sarfraz Bugti (now in his fifties) says the drive goes "
            "on.",
            ["NL401"],
        ),
        ("Caretaker Interior Minister Sarfraz Bugti (PPP) says the drive goes on.", ["NL401"]),
        (
            "Caretaker Interior Minister Sarfraz Bugti – now on a visit to Quetta – says the drive "
            "goes on.",
            ["NL401"],
        ),
    ],
)
def test_a_later_post_set_off_in_brackets_or_dashes_tells_the_title_as_past(
    seed_corpus, text, expected
):
    assert found(seed_corpus, text, "2024-06-01") == expected, text
