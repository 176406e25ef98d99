"""A title's "then" places its sentence at the time told: "the names of lieutenant generals
sent earlier: Lt Gen X (then Quarter Master General), Lt Gen Y (Commander 10 Corps) …" gives
every name of the list the rank of that time, before their promotions (dev news-r13-ti-063, a
real passage: NL401 asked for "General" on both). "(then …)", "the then …" and "then-…" mark
it; the "then" of a sequence ("and then Lt Gen X spoke") does not.

Grids read the seed ledger's rank changes (tests/test_titles_change_day.py); days are offsets
from the recorded dates."""

import datetime as dt

import pytest

from .test_titles_change_day import rank_changes
from .titles_support import display_name, lint_codes

CODES = ("NL401", "NL402")
LATER = dt.timedelta(days=30)

THEN_LISTS = (
    "The army had sent the names of senior officers: {rank} {first} (then head of logistics)"
    " and {other} {second} (corps commander).",
    "Among those considered were the then chief of staff, {rank} {first}, and {other} {second}.",
    "The list named then-corps commander {rank} {first} as well as {other} {second}.",
)
NO_THEN = (
    "The army had sent the names of senior officers: {rank} {first} (head of logistics)"
    " and {other} {second} (corps commander).",
)
SEQUENCES = (
    "Then the officers met the envoy in the morning, and {rank} {first} spoke.",
    "{rank} {first} visited the valley (then under curfew) on Monday.",
    "The officers met the envoy, then - as planned - {rank} {first} spoke.",
)


def _pair(corpus):
    """Two people promoted on record, each with the rank held before, and a day a month after
    the later promotion (both ranks outdated then)."""
    (rank, first, end), (other, second, other_end) = rank_changes(corpus)[:2]
    day = max(end, other_end) + LATER
    return {"rank": rank, "first": display_name(first), "other": other,
            "second": display_name(second)}, day  # fmt: skip


@pytest.mark.parametrize("template", THEN_LISTS)
def test_a_titles_then_gives_the_list_the_ranks_of_that_time(seed_corpus, template):
    names, day = _pair(seed_corpus)
    text = template.format(**names)
    assert lint_codes(seed_corpus, text, day, CODES) == [], text


@pytest.mark.parametrize("template", NO_THEN)
def test_without_a_titles_then_the_old_ranks_are_stale(seed_corpus, template):
    names, day = _pair(seed_corpus)
    text = template.format(**names)
    assert lint_codes(seed_corpus, text, day, CODES) == ["NL401", "NL401"], text


@pytest.mark.parametrize("template", SEQUENCES)
def test_a_then_of_no_title_marks_nothing(seed_corpus, template):
    names, day = _pair(seed_corpus)
    text = template.format(**names)
    assert lint_codes(seed_corpus, text, day, CODES) == ["NL401"], text
