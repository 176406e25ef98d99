"""Span values the pipeline sets (``_.value``, ``_.date``, ``_.days``) read back through spaCy."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from narrlint.nlp import quantities
from narrlint.nlp.quantities import DateValue, set_value


def test_values_written_directly_read_back_through_the_extension():
    nlp = spacy.blank("en")
    doc = nlp("Some 1.4 million people left by 31 October 2023, within 30 days.")
    first, second = Span(doc, 1, 3), Span(doc, 6, 9)
    set_value(first, "value", 1_400_000.0)  # the first write goes through span._
    set_value(second, "date", DateValue(10, 31, 2023))
    set_value(Span(doc, 1, 3), "value", 1_500_000.0)  # same characters: same value slot
    assert first._.value == 1_500_000.0
    assert second._.date == DateValue(10, 31, 2023)
    assert Span(doc, 0, 2)._.value is None


def test_an_extension_with_a_setter_is_written_through_spacy(monkeypatch):
    name = "narrlint_test_setter"
    calls = []
    Span.set_extension(
        name, getter=lambda span: "read", setter=lambda span, value: calls.append(value), force=True
    )
    try:
        doc = spacy.blank("en")("One two")
        monkeypatch.setitem(quantities._DIRECT, name, True)  # as if a first write had shown it
        set_value(Span(doc, 0, 1), name, "stored")
        assert calls == ["stored"]
        assert not any(isinstance(key, tuple) and key[:2] == ("._.", name) for key in doc.user_data)
    finally:
        Span.remove_extension(name)


def test_pipeline_numbers_dates_and_durations_carry_their_values():
    from narrlint.config import Config
    from narrlint.engine.session import Session

    nlp = Session.create(Config()).corpus.nlp
    doc = nlp("About 1.4 million Afghans had until 31 October 2023, a 30-day window.")
    assert [(s.text, s._.value) for s in doc.spans["numbers"]] == [
        ("1.4 million", 1_400_000.0),
        ("30", 30.0),
    ]
    assert [s._.date for s in doc.spans["dates"]] == [DateValue(10, 31, 2023)]
    assert [(s.text, s._.days) for s in doc.spans["durations"]] == [("30-day", 30)]


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("Nearly one and a half million Afghans live there.", [("one and a half million", 1.5e6)]),
        ("Nearly one and half million Afghans live there.", [("one and half million", 1.5e6)]),
        ("Some two and a half lakh people left.", [("two and a half lakh", 250_000.0)]),
        ("About 3 and a half million returned.", [("3 and a half million", 3.5e6)]),
        # a half read only before a scale word: a duration or a count of things stays whole
        ("They stayed one and a half years.", [("one", 1.0)]),
        ("Two and a half people is no count.", [("Two", 2.0)]),
    ],
)
def test_a_half_before_a_scale_word_is_part_of_the_number(sentence, numbers):
    """ "One and a half million Afghans" was no number at all, so a figure written in words
    was never compared with the group's recorded one (dev news-r12-ob-004's form)."""
    from narrlint.config import Config
    from narrlint.engine.session import Session

    nlp = Session.create(Config()).corpus.nlp
    doc = nlp(sentence)
    assert [(s.text, s._.value) for s in doc.spans["numbers"]] == numbers
