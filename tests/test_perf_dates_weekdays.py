"""``dates_weekdays._dated`` reads the words after a weekday on the per-doc texts (round 14,
dates reading cost): a weekday written with its own date is left to the date ("Friday, March
28", "Friday 28 March"), a bare one is read as the day its tense gives, and a number that is
no day ("Friday, 45 families") does not count as a date."""

import datetime as dt

import pytest

from narrlint.claims.dates_weekdays import weekday_spans

TODAY = dt.date(2025, 3, 26)  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "The deadline ended on Friday, March 28, officials said.",
        "The deadline ended on Friday 28 March, officials said.",
        "The deadline ended on Friday, Mar. 28, officials said.",
    ],
)
def test_a_weekday_with_its_own_date_is_left_to_the_date(seed_corpus, text):
    assert weekday_spans(seed_corpus.nlp(text), TODAY) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The deadline ended on Friday, officials said.", dt.date(2025, 3, 21)),
        ("The deadline ended on Friday, 45 families said.", dt.date(2025, 3, 21)),
        ("The deadline expires on Friday for the holders.", dt.date(2025, 3, 28)),
    ],
)
def test_a_bare_weekday_is_the_day_its_tense_gives(seed_corpus, text, day):
    spans = weekday_spans(seed_corpus.nlp(text), TODAY)
    assert [s._.date for s in spans] == [type(spans[0]._.date)(day.month, day.day, day.year)]
