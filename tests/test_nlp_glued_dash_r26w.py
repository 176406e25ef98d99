"""A hyphen glued to the end of a word before a space opens or closes an aside ("6 persons-
including ... a woman- injured"): the pipeline splits it from the word (round 26, class of
hunt-casualties-r26 hc-032). A suspended compound ("pre- and post-war") and a word hyphenated
at a line's end keep their hyphen. The sentences are invented."""

from __future__ import annotations

import pytest

from .conftest import lint_text


def words(corpus, text: str) -> list[str]:
    from narrlint.nlp.pipeline import build_pipeline

    return [t.text for t in build_pipeline(corpus.ledger)(text) if not t.is_space]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five workers- among them a boy- were hurt.",
            "Five workers - among them a boy - were hurt .",
        ),
        ("The blast left nine people- two of them guards- wounded.", None),
    ],
)
def test_a_dash_glued_to_a_word_before_a_space_is_split(seed_corpus, text, expected):
    found = words(seed_corpus, text)
    assert "-" in found
    assert not any(w.endswith("-") and len(w) > 1 for w in found)
    if expected:
        assert found == expected.split()


@pytest.mark.parametrize(
    "text",
    [
        "Both pre- and post-election talks failed.",
        "It covers full- or part-time staff.",
        "The well-\nknown trader spoke.",
        "Look at the sign marked end-",
    ],
)
def test_a_suspended_compound_or_a_line_end_keeps_its_hyphen(seed_corpus, text):
    assert any(w.endswith("-") and len(w) > 1 for w in words(seed_corpus, text))


def test_an_injury_count_inside_a_glued_aside_needs_its_source(seed_corpus):
    text = (
        "Lightning hit a hut near the village, leaving 7 persons- including three women and a "
        "boy- injured who were taken to the rural health centre."
    )
    assert [f.code for f in lint_text(seed_corpus, text, date="2021-07-01")] == ["NL201"]


def test_a_credited_count_inside_a_glued_aside_is_silent(seed_corpus):
    text = (
        "Lightning hit a hut near the village, leaving 7 persons- including three women and a "
        "boy- injured, police said."
    )
    assert lint_text(seed_corpus, text, date="2021-07-01") == []
