"""The word pre-checks of ``dates_record.told_passed`` (round 14, dates reading cost): a date
with no deadline noun after it and no "<noun> of" before it is skipped by a set test; one with
either is read as before (the past verb after the noun decides), and the year an earlier "in
<year>" gives is found from the shared sentence bounds."""

import datetime as dt

import pytest

from narrlint.claims.dates_model import Cue, Value
from narrlint.claims.dates_record import placed_in_text, told_passed
from narrlint.claims.dates_values import date_spans


def _date(corpus, text: str):
    doc = corpus.nlp(text)
    spans = date_spans(doc)
    assert len(spans) == 1, [s.text for s in spans]
    return spans[0]


@pytest.mark.parametrize(
    "text",
    [
        "The September 26 deadline expired without an extension.",
        "The September 26 deadline's grace period lapsed quietly.",
        "The deadline of 1 December lapsed last week.",
        "The September 26 cut-off ended for the holders.",
        "The September 26 last date expired for many families.",
    ],
)
def test_a_deadline_noun_then_a_past_ending_is_told_passed(seed_corpus, text):
    assert told_passed(_date(seed_corpus, text))


@pytest.mark.parametrize(
    "text",
    [
        "Officials met on September 26 and ended the talks.",  # no deadline noun: skipped
        "The report of 1 December expired in the archive.",  # "of" after no deadline noun
        "The September 26 deadline was extended again.",  # a copula first
        "The September 26 deadline expires next week.",  # not a past form
        "The September 26 deadline, officials said, ended.",  # a clause stop first
    ],
)
def test_look_alikes_are_not_told_passed(seed_corpus, text):
    assert not told_passed(_date(seed_corpus, text))


def test_the_year_of_an_earlier_in_year_places_a_date_in_its_own_sentence(seed_corpus):
    cue = Cue("until", True)
    told = "Officials spoke today. In 2023 the government gave families until November 1."
    span = _date(seed_corpus, told)
    value = Value(date=span._.date)
    assert placed_in_text(span, value, cue, dt.date(2024, 6, 1)) == dt.date(2023, 11, 1)
    # a year in the sentence before is not this sentence's
    other = "It began in 2023. The government gave families until November 1."
    span = _date(seed_corpus, other)
    value = Value(date=span._.date)
    assert placed_in_text(span, value, cue, dt.date(2024, 6, 1)) == dt.date(2024, 11, 1)
