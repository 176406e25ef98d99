"""The README's first example is what ``narrlint examples/draft.md`` prints: a reader who
runs the first command sees the lines the README shows (its evidence line numbers go stale
whenever the seed ledger grows above the cited entry)."""

from __future__ import annotations

import re

from .conftest import ROOT, run_cli


def test_readme_example_output_is_what_narrlint_prints() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"```text\n(.*?)```", readme, re.S)
    assert shown, "README.md has no text block with the example output"
    printed = run_cli("examples/draft.md", cwd=ROOT).stdout.splitlines()
    lines = [line for line in shown.group(1).splitlines() if line.strip() and line != "…"]
    assert lines and [line for line in lines if line not in printed] == []
