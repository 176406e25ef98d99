"""docs/rules/CODE.md: one page per built-in rule, equal to what its documentation renders."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

from narrlint.api import Rule, Severity
from narrlint.engine.plugins import load_registry
from narrlint.output.rule_pages import help_url, render, rule_infos, write_pages

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


def test_the_engine_codes_have_pages_like_the_others() -> None:
    registry = load_registry()
    internal, unused = registry.rules["NL000"], registry.rules["NL001"]
    assert internal.plugin == unused.plugin == "narrlint"
    assert internal.engine_reported and unused.engine_reported
    assert "it cannot be silenced" in render(internal)
    assert "<!-- narrlint-disable-next-line NL001 -->" in render(unused)


class PluginRule(Rule):
    code, name, summary = "XH101", "plugin-rule", "a plugin's rule"
    severity = Severity.INFO
    documentation = "Bad: x. Good: y."


def test_help_links_come_from_one_place() -> None:
    stale = load_registry().rules["NL401"]
    page = Path(unquote(urlparse(help_url(stale)).path))
    assert page.name == "NL401.md" and page.read_text(encoding="utf-8") == render(stale)
    template = "https://news.example/narrlint/{code}.html"
    assert help_url(stale, template) == "https://news.example/narrlint/NL401.html"
    # A plugin's rule links only the page it names; the template is for narrlint's pages.
    assert help_url(PluginRule(), template) is None
    linked = PluginRule()
    linked.help_url = "https://plugin.example/XH101"
    assert help_url(linked, template) == "https://plugin.example/XH101"
    infos = {info.code: info for info in rule_infos([stale, linked], template)}
    assert infos["NL401"].help_uri == "https://news.example/narrlint/NL401.html"
    assert infos["XH101"].help_uri == "https://plugin.example/XH101"
