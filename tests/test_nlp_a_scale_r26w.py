"""One for "a" before a scale word: "over a million", "a lakh", "half a million" are numbers
(round 26, class of dev r25-ob-008: a whole split into its registered part and "over a million"
who live without documents). The sentences are invented."""

from __future__ import annotations

import pytest

from narrlint.nlp.pipeline import blank_english
from narrlint.nlp.quantities import quantities_component

from .conftest import lint_text


def numbers(text: str) -> list[tuple[str, float]]:
    doc = quantities_component(blank_english()(text))
    return [(span.text, span._.value) for span in doc.spans["numbers"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Well over a million people fled the floods.", [("a million", 1_000_000)]),
        ("Half a million families are still waiting.", [("Half a million", 500_000)]),
        ("Nearly a lakh returnees crossed at the border.", [("a lakh", 100_000)]),
        ("More than a hundred thousand visas lapsed.", [("a hundred thousand", 100_000)]),
        ("An estimated half a lakh workers went home.", [("half a lakh", 50_000)]),
        # a number before "a" keeps its own reading
        ("Some one and a half million live there.", [("one and a half million", 1_500_000)]),
    ],
)
def test_a_before_a_scale_word_is_one_of_it(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A millionaire donated the land.",
        "They signed a million-dollar contract.",
        "It is a thousand-year-old shrine.",
        "The sign showed a m in red.",
        "Millions of people watched a film.",
    ],
)
def test_a_before_a_compound_or_another_word_is_no_number(text):
    assert numbers(text) == []


PASSAGE = (
    "Close to 3 million Afghan refugees are in Pakistan. Of these, about 1.3 million are "
    "registered, while {rest}."
)


def test_over_a_million_without_papers_counts_undocumented_people_as_refugees(seed_corpus):
    text = PASSAGE.format(rest="over a million stay without papers, mostly in the north")
    found = lint_text(seed_corpus, text, date="2019-03-01")
    assert [f.code for f in found] == ["NL301"]


def test_over_a_million_in_camps_is_silent(seed_corpus):
    text = PASSAGE.format(rest="over a million stay in camps, mostly in the north")
    assert lint_text(seed_corpus, text, date="2019-03-01") == []
