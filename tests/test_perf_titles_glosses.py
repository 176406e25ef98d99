"""The bracket search of :func:`narrlint.claims.titles_glosses._glosses_in`: it asks
:func:`_gloss_at` only where an opening bracket stands in the window, and finds exactly what
asking at every word of the window finds."""

from __future__ import annotations

import pytest

from narrlint.claims import titles_glosses
from narrlint.claims.titles_glosses import _gloss_at, _glosses_in

WORDS = [
    *("The", "Director", "General", "(", "DG", ")", "of", "the", "agency", "(", "FIA", ")"),
    *("and", "a", "note", "(", "see", "below", ")", "said", "(", "DG", "-", "ISI", ")", "x"),
]


def _every_word(written: list[str], lo: int, hi: int) -> dict[int, int]:
    """The reading before the search: every word of the window asked."""
    return {i: close for i in range(lo, hi) if (close := _gloss_at(written, i, hi)) is not None}


@pytest.mark.parametrize(
    ("lo", "hi"), [(0, len(WORDS)), (0, 6), (0, 5), (4, 12), (10, 20), (20, 26), (7, 3)]
)
def test_same_glosses_as_asking_every_word(lo, hi):
    assert _glosses_in(WORDS, lo, hi) == _every_word(WORDS, lo, hi)


def test_glosses_found_and_a_bracketed_phrase_is_none():
    assert _glosses_in(WORDS, 0, len(WORDS)) == {3: 5, 9: 11, 20: 24}


def test_asked_only_at_brackets(monkeypatch):
    asked: list[int] = []

    def counted(written, i, end):
        asked.append(i)
        return _gloss_at(written, i, end)

    monkeypatch.setattr(titles_glosses, "_gloss_at", counted)
    _glosses_in(WORDS, 0, len(WORDS))
    assert asked == [i for i, w in enumerate(WORDS) if w == "("]
