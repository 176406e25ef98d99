"""A help page per rule, ``docs/rules/CODE.md``, made from the rule's own documentation.

The page is what ``narrlint rule CODE`` prints, as Markdown, so the two cannot drift:
``python3 -m narrlint.output.rule_pages docs/rules`` rewrites the pages from the installed rules
and a test fails when a committed page differs from its rule.

:func:`help_url` is the one place that decides where a rule's help lives, for the text output
(``--output-format full``), SARIF's ``helpUri`` and the language server's ``codeDescription``:
the rule's own ``help_url`` (plugins), else the config's ``help-url`` template for built-in
rules, else the page installed with narrlint as a ``file://`` link (the pages ship in the wheel
as ``narrlint/rule_docs/``; a source checkout has them in ``docs/rules/``). The project
publishes no web address of its own, so no web link is made up.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from narrlint.api import Rule
from narrlint.engine.linter import INTERNAL_ERROR
from narrlint.output.reporters import RuleInfo

BUILT_IN_PACKAGE = "narrlint.rules"
"""Rules whose class lives under this package have a page in ``docs/rules``."""
_PACKAGE = Path(__file__).resolve().parent.parent
PAGE_FOLDERS = (_PACKAGE / "rule_docs", _PACKAGE.parent / "docs" / "rules")
"""Where the pages are: installed with the wheel, else in the source checkout."""


def documentation(rule: Rule) -> str:
    """The rule's documentation, dedented and stripped, as every front end shows it."""
    return textwrap.dedent(rule.documentation).strip()


def render(rule: Rule) -> str:
    """The Markdown page for ``rule``: heading, summary, default severity, documentation.

    The documentation's indented examples become code blocks, as Markdown reads them."""
    if rule.code == INTERNAL_ERROR:
        silence = "- Silence it: it cannot be silenced (a check that did not run is an error)\n\n"
    else:
        silence = (
            f"- Silence it: `<!-- narrlint-disable-next-line {rule.code} -->` before the line, "
            f"or `ignore: [{rule.code}]` in `.narrlint.yaml`\n\n"
        )
    return (
        f"# {rule.code} {rule.name}\n\n"
        f"{rule.summary}.\n\n"
        f"- Default severity: {rule.severity.value}\n"
        f"- Plugin: {rule.plugin or 'narrlint'}\n"
        f"{silence}"
        f"{documentation(rule)}\n\n"
        f"---\nGenerated from the rule's documentation (`narrlint rule {rule.code}`); "
        f"do not edit by hand.\n"
    )


def is_built_in(rule: Rule) -> bool:
    return type(rule).__module__.startswith(BUILT_IN_PACKAGE + ".")


def installed_page(code: str) -> Path | None:
    """The help page of ``code`` installed with narrlint, if there is one."""
    for folder in PAGE_FOLDERS:
        page = folder / f"{code}.md"
        if page.is_file():
            return page
    return None


def help_url(rule: Rule, template: str | None = None, code: str | None = None) -> str | None:
    """Where the help page of ``rule`` (or of its extra ``code``) is (see the module's
    documentation); ``None``: nowhere."""
    code = code or rule.code
    if rule.help_url:
        return rule.help_url
    if not is_built_in(rule):
        return None
    if template:
        return template.replace("{code}", code)
    page = installed_page(code) or installed_page(rule.code)
    return page.as_uri() if page is not None else None


def rule_infos(rules: list[Rule], template: str | None = None) -> list[RuleInfo]:
    """What reporters may say about each code a run may report (SARIF's rule descriptors,
    help links), for every code of every rule."""
    infos = []
    for rule in rules:
        for code in (rule.code, *rule.codes):
            url = help_url(rule, template, code)
            infos.append(
                RuleInfo(code, rule.name, rule.summary, rule.documentation, rule.severity, url)
            )
    return infos


def write_pages(folder: Path, rules: list[Rule]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for rule in rules:
        page = folder / f"{rule.code}.md"
        text = render(rule)
        if not page.exists() or page.read_text(encoding="utf-8") != text:
            page.write_text(text, encoding="utf-8")
            written.append(page)
    return written


def main(argv: list[str] | None = None) -> int:
    from narrlint.engine.plugins import load_registry

    parser = argparse.ArgumentParser(description="Write docs/rules/CODE.md for every rule.")
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    registry = load_registry()
    rules = [registry.rules[code] for code in registry.codes()]
    for page in write_pages(args.folder, rules):
        print(f"wrote {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
