"""A sentence of many counts beside a long one (robustness r18): each count of a sentence asked
its neighbour the same questions (does it tell the count's event, point back at a toll, name
the dead, give another day, only credit the sentence before, share a reported figure?), and
each answer read the whole neighbour again: work grew with the counts times the neighbour's
length (a sentence of 160 counts before a credited sentence of 160 clauses ran 60 times the
answers' lines of 40 counts). Headlines before a lead were walked again for each count that
might restate it. These tests count the work (lines run), never time it: four times the
input must cost about four times the work. Invented sentences only.
"""

from __future__ import annotations

from collections.abc import Callable

from .conftest import lint_text
from .linearity import lines_run

HEAD = "---\ndate: 2024-01-01\n---\n"

NEIGHBOUR_ANSWERS = frozenset(
    {
        "other_time",
        "_points_back",
        "refers_back",
        "_anchors",
        "_event_predicates",
        "_named_under_attack",
        "credit_fragment",
        "shares_a_reported_figure",
        "source_identifying_the_dead",
        "_source_naming_the_dead",
    }
)
"""The counts reader's questions about a neighbouring sentence whose answers do not depend on
the count asking (read once a sentence or pair of sentences)."""


def _lines(seed_corpus, text: str, counted: Callable[[str, str], bool]) -> tuple[int, list]:
    """Lines run in the functions ``counted(file, name)`` picks while linting ``text`` with
    NL201, and the findings."""
    found: list = []

    def lint() -> None:
        found.extend(lint_text(seed_corpus, text, codes=("NL201",)))

    return lines_run(lint, where=counted), found


def _before_a_long_credit(n: int) -> str:
    """A sentence of ``n`` uncredited counts, then a credited sentence of ``n`` clauses."""
    counts = ", ".join(f"{k + 2} soldiers were martyred" for k in range(n))
    clauses = " and ".join(f"the van was travelling from town {k}" for k in range(n))
    return (
        f"{HEAD}{counts}. The ISPR said the troops responded on Monday, forcing the attackers "
        f"to retreat, {clauses}.\n"
    )


def _before_figures(n: int) -> str:
    """A sentence of ``n`` uncredited counts, a sentence of ``n`` figures of things, then a
    short credited sentence (a restatement is sought past the figures)."""
    counts = ", ".join(f"{k + 2} soldiers were martyred" for k in range(n))
    figures = ", ".join(f"used {k + 2} rockets" for k in range(n))
    return f"{HEAD}{counts}. The attackers {figures}. Officials said the post was hit.\n"


def _after_bullets(n: int) -> str:
    """``n`` bullets, ``n`` paragraphs of an uncredited count, then the credited count."""
    bullets = "\n".join(f"- item {k} of the list" for k in range(n))
    counts = "\n\n".join("Five people were killed in the blast." for _ in range(n))
    return f"{HEAD}{bullets}\n\n{counts}\n\nPolice said five people were killed in the blast.\n"


def _in_counts_reader(file: str, name: str) -> bool:
    return "/claims/counts" in file


def _work(seed_corpus, make: Callable[[int], str], counted) -> tuple[int, int, list]:
    """Work at 40 and at 160, with the findings at 160. The larger draft is linted once
    first, so the corpus memos every figure's first lint builds (whichever test runs first)
    are counted in neither."""
    lint_text(seed_corpus, make(160), codes=("NL201",))
    small, _ = _lines(seed_corpus, make(40), counted)
    large, found = _lines(seed_corpus, make(160), counted)
    return small, large, found


def test_a_neighbours_answers_are_read_once_whatever_the_counts(seed_corpus):
    """Each answer about the credited sentence is read once, not once per count before it."""
    asked = lambda file, name: name in NEIGHBOUR_ANSWERS  # noqa: E731
    small, large, found = _work(seed_corpus, _before_a_long_credit, asked)
    assert small > 1000  # the answers are asked
    assert large <= 5 * small  # was 60 times
    assert not any(f.code == "NL000" for f in found)


def test_a_restatement_sought_past_figures_grows_linearly(seed_corpus):
    """The sentences past a count (figures of things, then a credit) are judged once each."""
    small, large, found = _work(seed_corpus, _before_figures, _in_counts_reader)
    assert small > 1000
    assert large <= 5 * small  # was 9 times
    assert len([f for f in found if f.code == "NL201"]) == 160  # none is credited


def test_headlines_before_a_lead_are_walked_once(seed_corpus):
    """Whether a lead is restated is asked once per count; the story's headlines are walked
    once for all of them."""
    small, large, found = _work(seed_corpus, _after_bullets, _in_counts_reader)
    assert small > 1000
    assert large <= 5 * small  # was 5.6 times, the walk 15 times
    # the count right before the credited one is covered by it; the others stay reported
    assert len([f for f in found if f.code == "NL201"]) == 159
