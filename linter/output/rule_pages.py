"""A help page per rule, ``docs/rules/CODE.md``, made from the rule's own documentation.

The page is what ``narrlint rule CODE`` prints, as Markdown, so the two cannot drift:
``python3 -m narrlint.output.rule_pages docs/rules`` rewrites the pages from the installed rules
and a test fails when a committed page differs from its rule.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from narrlint.api import Rule


def documentation(rule: Rule) -> str:
    """The rule's documentation, dedented and stripped, as every front end shows it."""
    return textwrap.dedent(rule.documentation).strip()


def render(rule: Rule) -> str:
    """The Markdown page for ``rule``: heading, summary, default severity, documentation.

    The documentation's indented examples become code blocks, as Markdown reads them."""
    return (
        f"# {rule.code} {rule.name}\n\n"
        f"{rule.summary}.\n\n"
        f"- Default severity: {rule.severity.value}\n"
        f"- Plugin: {rule.plugin or 'narrlint'}\n"
        f"- Silence it: `<!-- narrlint-disable-next-line {rule.code} -->` before the line, or "
        f"`ignore: [{rule.code}]` in `.narrlint.yaml`\n\n"
        f"{documentation(rule)}\n\n"
        f"---\nGenerated from the rule's documentation (`narrlint rule {rule.code}`); "
        f"do not edit by hand.\n"
    )


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
