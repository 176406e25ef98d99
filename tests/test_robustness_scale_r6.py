"""A sentence of thousands of numbers is read in time, with the same judgment.

NL201's reading of a count's predicate rescanned the sentence from the count for a clause
mark at every later number, so one sentence of thousands of numbers ("Killed 0 and 1 and 2
… people.") was quadratic and NL201 ran past its time budget: NL000 instead of a reading
(robustness probe r6 D6). The first clause mark is now carried through the loop.
"""

from __future__ import annotations

import time

import pytest

from .conftest import run_cli
from .test_casualties import read_counts


def test_a_sentence_of_thousands_of_numbers_stays_within_the_rule_budget(tmp_path):
    draft = tmp_path / "d.md"
    numbers = " and ".join(str(i) for i in range(4000))
    draft.write_text(f"---\ndate: 2023-01-01\n---\nKilled {numbers} people.\n", encoding="utf-8")
    (tmp_path / ".narrlint.yaml").write_text("rule-timeout: 3\n", encoding="utf-8")
    started = time.monotonic()
    run = run_cli("--format", "json", "--select", "NL201", str(draft), cwd=tmp_path)
    assert run.code == 0, run.stdout + run.stderr
    assert run.json()["findings"] == [] and run.json()["errors"] == []
    assert time.monotonic() - started < 60


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # two counts "and"-joined to one verb: each read with its own words
        ("Five soldiers and 25 militants were killed in Bajaur on Monday.", 2),
        ("Five soldiers and at least 25 militants were killed in Bajaur on Monday.", 2),
        # a clause mark between: the second number is not a joined count
        ("Five soldiers died, and 25 militants were later arrested in Bajaur.", 1),
        ("Five soldiers were killed on Monday and 10 am was the hour.", 1),
    ],
)
def test_joined_counts_read_as_before(seed_corpus, text, found):
    """The carried mark decides as the rescan did (the casualty tests hold the rest)."""
    claims = read_counts(seed_corpus, text, "2023-01-01")[1]
    assert len(claims) == found, [c.span.text for c in claims]
