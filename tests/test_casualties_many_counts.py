"""A sentence of hundreds of counts (robustness r17): NL201 attributed every count of a
sentence again for each count of the sentence after it, and walked a marker's words again for
each count it might reach (N=400: 11.8 s, stopped by the rule timeout as NL000, every NL201
finding of the draft lost). These tests count the work (calls), never time it: it must grow
linearly with the number of counts; and what is attributed stays attributed."""

from __future__ import annotations

import pytest

from narrlint.claims import counts_coverage, counts_reach

from .conftest import lint_text
from .linearity import lines_run


def _draft(n: int) -> str:
    """An attributed sentence of ``n`` death counts, then a sentence of ``n`` uncredited injury
    counts (each asks the sentence before for its attributed counts)."""
    killed = ", ".join(f"{i} people were killed" for i in range(1, n + 1))
    hurt = ", ".join(f"{i} people were injured" for i in range(1, n + 1))
    return f"---\ndate: 2024-01-01\n---\nOfficials said {killed}. {hurt}.\n"


def _work(seed_corpus, monkeypatch, n: int) -> tuple[int, int, list]:
    """Calls of the attribution of one count, words read by the reach walk, findings."""
    counted = {"in_sentence": 0, "subordinates": 0}
    real_in, real_sub = counts_coverage.in_sentence, counts_reach.subordinates

    def in_sentence(*args):
        counted["in_sentence"] += 1
        return real_in(*args)

    def subordinates(*args):
        counted["subordinates"] += 1
        return real_sub(*args)

    monkeypatch.setattr(counts_coverage, "in_sentence", in_sentence)
    monkeypatch.setattr(counts_reach, "subordinates", subordinates)
    findings = lint_text(seed_corpus, _draft(n), codes=("NL201",))
    return counted["in_sentence"], counted["subordinates"], findings


def test_attribution_work_grows_linearly_with_the_counts(seed_corpus, monkeypatch):
    small_in, small_sub, small = _work(seed_corpus, monkeypatch, 40)
    large_in, large_sub, large = _work(seed_corpus, monkeypatch, 160)
    assert small_in >= 40 and small_sub >= 40  # the counters do count the work
    # four times the counts, about four times the work (it was 16 and 64 times)
    assert large_in <= 5 * small_in
    assert large_sub <= 5 * small_sub
    assert not any(f.code == "NL000" for f in small + large)


@pytest.mark.parametrize("n", [3, 40])
def test_the_officials_credit_still_covers_every_count(seed_corpus, n):
    """The attributed sentence's counts stay credited, and its credit carries to the
    sentence after it, whatever the number of counts."""
    findings = lint_text(seed_corpus, _draft(n), codes=("NL201",))
    assert [f for f in findings if f.code in ("NL201", "NL000")] == []


def test_uncredited_counts_are_each_still_reported(seed_corpus):
    """The look-alike with no source: every count is reported, none lost to the work."""
    text = (
        "---\ndate: 2024-01-01\n---\n"
        + ", ".join(f"{i} people were killed" for i in range(1, 41))
        + ".\n"
    )
    findings = lint_text(seed_corpus, text, codes=("NL201",))
    assert len([f for f in findings if f.code == "NL201"]) == 40


def _steps(seed_corpus, n: int) -> int:
    """Lines the counts reader runs (its ``counts*`` modules) on the draft of ``n`` counts."""
    draft = _draft(n)
    return lines_run(
        lambda: lint_text(seed_corpus, draft, codes=("NL201",)),
        where=lambda file, _name: "/claims/counts" in file,
    )


def test_the_counts_reader_steps_grow_linearly_with_the_counts(seed_corpus):
    """Every per-sentence question (a report by no one, a time or place of its own, "another")
    is answered once a sentence, not once a count: the reader's steps grow with the counts."""
    small, large = _steps(seed_corpus, 40), _steps(seed_corpus, 160)
    assert small > 1000
    assert large <= 5 * small
