"""JSON ``fix.edits`` and SARIF ``fixes`` are the edits ``--fix`` applies.

``--fix`` keeps the Markdown inside a fix's span ("until **December 1**, 2023" becomes
"until **November 1**, 2023"), but the JSON and SARIF reports still carried the rule's edit
over the whole span, markup included: an editor or bot applying them wrote "until
**November 1, 2023" and broke the draft's rendering (robustness probe r6 D4, left to the
engine's owner). Every output now carries the same markup-safe edits.
"""

from __future__ import annotations

import pytest

from .conftest import run_cli
from .test_robustness_fix_markup import HEAD, REST, WHO

CASES = [
    WHO + "**December 1**, 2023" + REST,
    WHO + "_December 1, 2023_" + REST,
    "> " + WHO + "December\n> 1, 2023" + REST,
    "- " + WHO + "*December\n  1, 2023*" + REST,
    WHO + "December 1, 2023" + REST,
]


def apply(text: str, edits: list[tuple[int, int, int, int, str]]) -> str:
    """``text`` with 1-based (line, column, end line, end column, replacement) edits."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(line: int, column: int) -> int:
        return starts[line - 1] + column - 1

    spans = sorted(((offset(a, b), offset(c, d), r) for a, b, c, d, r in edits), reverse=True)
    for start, end, replacement in spans:
        text = text[:start] + replacement + text[end:]
    return text


def fixed_by_cli(tmp_path, text: str) -> str:
    draft = tmp_path / "fixed.md"
    draft.write_text(text, encoding="utf-8")
    run_cli("-j", "1", "--fix", "fixed.md", cwd=tmp_path)
    return draft.read_text(encoding="utf-8")


@pytest.mark.parametrize("body", CASES)
def test_json_and_sarif_edits_give_what_fix_writes(tmp_path, body):
    text = HEAD + body + "\n"
    (tmp_path / "d.md").write_text(text, encoding="utf-8")
    expected = fixed_by_cli(tmp_path, text)
    assert "November" in expected

    findings = run_cli("-j", "1", "--format", "json", "d.md", cwd=tmp_path).json()["findings"]
    edits = [
        (e["line"], e["column"], e["end_line"], e["end_column"], e["replacement"])
        for f in findings
        if f["fix"]
        for e in f["fix"]["edits"]
    ]
    assert apply(text, edits) == expected

    results = run_cli("-j", "1", "--format", "sarif", "d.md", cwd=tmp_path).json()
    sarif_edits = []
    for result in results["runs"][0]["results"]:
        for fix in result.get("fixes", []):
            for change in fix["artifactChanges"]:
                for replacement in change["replacements"]:
                    region = replacement["deletedRegion"]
                    sarif_edits.append(
                        (
                            region["startLine"],
                            region["startColumn"],
                            region["endLine"],
                            region["endColumn"],
                            replacement["insertedContent"]["text"],
                        )
                    )
    assert apply(text, sarif_edits) == expected
