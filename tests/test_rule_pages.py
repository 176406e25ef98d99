"""docs/rules/CODE.md: one page per built-in rule, equal to what its documentation renders."""

from __future__ import annotations

from narrlint.engine.plugins import load_registry
from narrlint.output.rule_pages import render, write_pages

from .conftest import ROOT

PAGES = ROOT / "docs" / "rules"
BUILT_IN = {"deadlines", "casualties", "categories", "titles", "narrlint"}


def test_every_built_in_rule_has_its_generated_page() -> None:
    registry = load_registry()
    rules = [r for r in registry.rules.values() if r.plugin in BUILT_IN]
    assert rules
    stale = [
        r.code
        for r in rules
        if not (PAGES / f"{r.code}.md").exists()
        or (PAGES / f"{r.code}.md").read_text(encoding="utf-8") != render(r)
    ]
    assert not stale, f"regenerate: python3 -m narrlint.output.rule_pages docs/rules ({stale})"
    assert {p.stem for p in PAGES.glob("*.md")} == {r.code for r in rules}


def test_pages_are_rewritten_only_when_they_differ(tmp_path) -> None:
    rule = next(iter(load_registry().rules.values()))
    assert write_pages(tmp_path, [rule]) == [tmp_path / f"{rule.code}.md"]
    assert write_pages(tmp_path, [rule]) == []
    page = (tmp_path / f"{rule.code}.md").read_text(encoding="utf-8")
    assert page.startswith(f"# {rule.code} {rule.name}\n") and rule.summary in page
