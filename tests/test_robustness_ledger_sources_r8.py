"""Robustness probe r8: ``narrlint ledger check`` warns of a source no reader can follow.

Every ledger fact must carry its source, a link or a corpus file name. A newsroom ledger with
``source: Dawn, 2 May 2024``, ``source: www.dawn.com/news/1`` (no scheme), ``source: TODO`` or
``source: https://`` loaded and checked clean: findings then cited it as their evidence. Each
such value, wherever the schema allows a source (posts, offices, other_sources, a deadline's
equivalent dates, durations and steps), is now a warning at its entry's line (an error with
``--strict``); links and corpus file names stay silent, and the seed ledger checks clean.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrlint.knowledge.ledger import load_ledger
from narrlint.knowledge.ledger_lint import lint_ledger

from .conftest import ROOT, RURITANIA, run_cli

DEADLINE = """categories:
  - id: undocumented
    name: undocumented foreigners
    terms: [undocumented foreigners]
    source: https://example.invalid/ruritania/categories
deadlines:
  - id: exit_order
    title: exit order
    date: '2021-03-01'
    equivalent_dates:
      - {{date: '2021-02-28', note: last day, source: {alt}}}
    durations:
      - {{days: 30, note: 30-day, source: {duration}}}
    targets: [undocumented]
    action_lemmas: [leave]
    steps:
      - expired: '2021-03-01'
        extended_to: '2021-04-01'
        source: {step}
    source: https://example.invalid/ruritania/exit-order
"""

LINKS = {
    "alt": "https://example.invalid/a?b=1#c",
    "duration": "budget.txt",
    "step": "http://example.invalid/ruritania/step",
}


def _ledger(tmp_path: Path, post: str, other: str = "[]", **deadline: str) -> Path:
    text = (RURITANIA / "ledger.yaml").read_text("utf-8")
    text = text.replace("source: https://example.invalid/ruritania/brandt", f"source: {post}")
    text = text.replace(
        "        successor: karl_brandt\n",
        f"        successor: karl_brandt\n        other_sources: {other}\n",
    )
    path = tmp_path / "ledger.yaml"
    path.write_text(text + DEADLINE.format(**{**LINKS, **deadline}), "utf-8")
    return path


def _warned(path: Path) -> list[tuple[int | None, str]]:
    return [
        (w.line, w.message)
        for w in lint_ledger(load_ledger(str(path), str(path)))
        if "neither a link" in w.message
    ]


BAD = [
    "'Dawn, 2 May 2024'",
    "www.dawn.com/news/1",
    "TODO",
    "https://",
    "'see the note'",
    "'https://x.org/a b'",
]


def _line(path: Path, entry: str) -> int:
    """The line where ``entry`` (its first key) is written: warnings point at the entry."""
    return path.read_text("utf-8").splitlines().index(entry) + 1


@pytest.mark.parametrize("bad", BAD)
def test_a_source_no_reader_can_follow_is_warned_of_where_it_is(tmp_path: Path, bad) -> None:
    value = bad.strip("'")
    path = _ledger(tmp_path, bad)
    assert _warned(path) == [
        (
            _line(path, "      - id: brandt_finance"),
            f"source {value!r} is neither a link (https://...) nor a corpus file name",
        )
    ]
    path = _ledger(tmp_path, "x.txt", f"[{bad}]")
    assert [line for line, _ in _warned(path)] == [_line(path, "      - id: vogel_finance")]
    for key, entry in (
        ("alt", "  - id: exit_order"),
        ("duration", "  - id: exit_order"),
        ("step", "      - expired: '2021-03-01'"),
    ):
        path = _ledger(tmp_path, "x.txt", **{key: bad})
        assert [n for n, _ in _warned(path)] == [_line(path, entry)], key


def test_links_and_corpus_files_are_not_warned_of(tmp_path: Path) -> None:
    for good in ("https://www.dawn.com/news/1", "003_1f7f4911e16c3a0e.txt", "http://x.org"):
        assert _warned(_ledger(tmp_path, good, "[https://example.invalid/x, budget.txt]")) == []
    seeds = ROOT / "seeds" / "ledger.yaml"
    assert _warned(seeds) == []


def test_ledger_check_strict_fails_on_it(tmp_path: Path) -> None:
    path = _ledger(tmp_path, "'Dawn, 2 May 2024'")
    run = run_cli("ledger", "check", str(path), cwd=tmp_path)
    line = _line(path, "      - id: brandt_finance")
    assert run.code == 0
    assert f"ledger.yaml:{line}: warning: source 'Dawn, 2 May 2024'" in run.stdout
    assert run_cli("ledger", "check", "--strict", str(path), cwd=tmp_path).code != 0
