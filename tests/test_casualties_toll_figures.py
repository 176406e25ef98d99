"""NL201: a toll sentence after attributed counts ("The total toll from these clashes now
stands at 30 dead and over 70 injured") gives a figure of its own when its numbers are
neither the attributed counts of the same kind nor their sum: a figure equal to a count of
another kind ("30 others were injured" before "30 dead") repeats nothing (r17 blind cc-022),
and "<N> dead" as the figure of "the toll stands at" is a toll like "the toll stands at <N>".
A toll that repeats the same kind's figure, or adds them up, stays covered. Invented
sentences only; the figures are the ledger's.
"""

import pytest

from narrlint.claims.counts_parts import repeats_a_figure
from narrlint.claims.counts_words import CASUALTIES, INJURED, KILLED

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


def _credited(a: int, b: int) -> str:
    return (
        f"The fresh clashes killed {a} more people, while {b} others were injured, "
        "hospital officials confirmed."
    )


@pytest.mark.parametrize(
    ("toll", "own"),
    [
        # its dead equal the injured before: no repeat
        ("The total toll from the clashes now stands at {b} dead and over {c} injured.", "b"),
        ("The overall toll has risen to {c} dead.", "c"),
    ],
)
def test_a_toll_with_a_figure_of_its_own_needs_its_source(seed_corpus, figures, toll, own):
    a, b = figures[0], figures[1]
    c = a + b + 7
    text = f"{_credited(a, b)} {toll.format(b=b, c=c)}"
    found = fires(seed_corpus, text)
    assert fires_on(found, {"b": b, "c": c}[own]), (text, found)


@pytest.mark.parametrize(
    "toll",
    [
        "The toll from the clashes now stands at {a} dead and {b} injured.",
        "The total toll now stands at {a} dead.",
    ],
)
def test_a_toll_that_repeats_the_same_kinds_figures_stays_covered(seed_corpus, figures, toll):
    a, b = figures[0], figures[1]
    text = f"{_credited(a, b)} {toll.format(a=a, b=b)}"
    assert fires(seed_corpus, text) == [], text


class _Count:
    def __init__(self, value: float, kind: str) -> None:
        self.value, self.kind = value, kind


def test_a_repeat_is_the_same_value_for_a_matching_kind():
    pairs = frozenset({(30.0, INJURED), (14.0, KILLED)})
    assert not repeats_a_figure(_Count(30.0, KILLED), pairs)
    assert repeats_a_figure(_Count(30.0, INJURED), pairs)
    assert repeats_a_figure(_Count(30.0, CASUALTIES), pairs)
    assert repeats_a_figure(_Count(14.0, KILLED), frozenset({(14.0, CASUALTIES)}))
