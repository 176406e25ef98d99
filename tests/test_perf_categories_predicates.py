"""NL301 tests a predicate ("registered refugees without documents", "PoR card holders, who are
undocumented") against the group claims inside the predicate's own span, found by bisection
(:class:`narrlint.rules.categories.common.ByStart`), not against every group claim of the
draft: that scan grew with the square of the claims (robustness r25: 4,000 group claims in a
draft took NL301 2.3 s against 0.18 s for 1,000). Nothing is timed: the tests count the claims
looked at, and check the bisection finds what the scan found.

The drafts are invented, one predicate per sentence, and the clean look-alike of the same size.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from narrlint.rules.categories import common

from .conftest import lint_text

WRONG = "Registered refugees without documents were deported from district {i}."
CLEAN = "Undocumented Afghans without documents were deported from district {i}."


def _claim(start: int):
    return SimpleNamespace(span=SimpleNamespace(start=start))


@pytest.mark.parametrize("span", [(0, 1), (3, 9), (5, 6), (10, 40), (39, 40), (40, 50), (7, 7)])
def test_within_finds_the_claims_a_scan_finds(span):
    starts = [12, 3, 5, 5, 8, 20, 39, 0]
    found = common.ByStart.of(_claim(s) for s in starts).within(
        SimpleNamespace(start=span[0], end=span[1])
    )
    assert sorted(c.span.start for c in found) == sorted(
        s for s in starts if span[0] <= s < span[1]
    )


def _looked_at(seed_corpus, monkeypatch, line: str, n: int) -> tuple[int, list]:
    seen = [0]
    within = common.ByStart.within

    def counting(self, span):
        found = within(self, span)
        seen[0] += len(found)
        return found

    monkeypatch.setattr(common.ByStart, "within", counting)
    text = "\n\n".join(line.format(i=i) for i in range(n)) + "\n"
    found = lint_text(seed_corpus, text, date="2024-01-01", codes=("NL301",))
    return seen[0], found


@pytest.mark.parametrize("line", [WRONG, CLEAN], ids=["wrong", "clean"])
def test_the_claims_looked_at_grow_with_the_draft_not_its_square(seed_corpus, monkeypatch, line):
    small, found_small = _looked_at(seed_corpus, monkeypatch, line, 50)
    large, found_large = _looked_at(seed_corpus, monkeypatch, line, 200)
    assert large <= 4 * small + 4
    assert len(found_large) == 4 * len(found_small)
    assert bool(found_small) == (line is WRONG)
