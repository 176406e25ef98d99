"""``draft.claims`` reads each kind once: a finished reading is kept, a stopped one not redone."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import narrlint.claims as claims_module
from narrlint.claims import Claims
from narrlint.engine.budget import BudgetExceeded


def _counting_reader(monkeypatch, read):
    calls = []

    def fake_reader(kind: str):
        def counted(draft, corpus):
            calls.append(kind)
            return read()

        return SimpleNamespace(read=counted)

    monkeypatch.setattr(claims_module, "reader", fake_reader)
    return calls


def test_a_finished_reading_is_kept_for_every_rule(monkeypatch):
    calls = _counting_reader(monkeypatch, lambda: ["a claim"])
    claims = Claims(draft=None, corpus=None)
    assert claims.titles == ["a claim"]
    assert claims.titles == ["a claim"]
    assert claims.dates == ["a claim"]
    assert calls == ["title", "date"]


def test_a_reading_stopped_by_a_budget_is_not_started_again(monkeypatch):
    """Three title rules after a reader that ran out of its budget: one reading, three stops
    (the second and third rule are told at once, not each given a budget to spend on it)."""

    def spin():
        raise BudgetExceeded(2.0)

    calls = _counting_reader(monkeypatch, spin)
    claims = Claims(draft=None, corpus=None)
    for _rule in ("NL401", "NL402", "NL403"):
        with pytest.raises(BudgetExceeded):
            claims.of_kind("title")
    assert calls == ["title"]
    with pytest.raises(BudgetExceeded):
        claims.of_kind("title")
    assert calls == ["title"]


def test_a_failed_reader_fails_each_rule_without_reading_again(monkeypatch):
    def broken():
        raise ValueError("a reader bug")

    calls = _counting_reader(monkeypatch, broken)
    claims = Claims(draft=None, corpus=None)
    for _ in range(2):
        with pytest.raises(ValueError, match="a reader bug"):
            claims.of_kind("count")
    assert calls == ["count"]
