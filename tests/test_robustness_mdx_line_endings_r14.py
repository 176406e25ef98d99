"""Robustness r14 hole 3: an ``.mdx`` draft saved with Windows (or old Mac) line endings is read.

The MDX scan (:mod:`narrlint.text.mdx`) knew lines by ``\\n`` only. With ``\\r\\n`` no line was
blank (``\\n\\r\\n``), so an ``import`` at the top of the draft ran on to its end and every word
after it was masked as code: the draft linted clean, whatever it said. A CR-only draft was one
line, with the same result. Every ending now gives the prose and findings of ``\\n``.
"""

from __future__ import annotations

import pytest

from narrlint.text.prose import markdown_prose

from .conftest import lint_text

TITLE = "Caretaker Foreign Minister Jalil Abbas Jilani says Pakistan will keep pressing Kabul."
DRAFT = (
    "---\ndate: 2024-07-01\n---\n"
    "import Chart from './chart'\n"
    "export const meta = {\n  kind: 'news',\n\n  tags: ['x'],\n}\n\n"
    '<Callout type="note"\n  label={1 + 1}>\n' + TITLE + "\n</Callout>\n\n"
    "Officials met {props.day} in Islamabad.\n"
)


@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_an_mdx_draft_keeps_its_prose_and_findings_whatever_its_line_endings(
    seed_corpus, ending
) -> None:
    text = DRAFT.replace("\n", ending)
    prose = markdown_prose(text, text.index("import"), mdx=True).text
    assert prose == markdown_prose(DRAFT, DRAFT.index("import"), mdx=True).text
    assert "Jalil Abbas Jilani" in prose and "Chart" not in prose and "props" not in prose

    def spans(draft: str) -> list[tuple[str, str]]:
        findings = lint_text(seed_corpus, draft, path="story.mdx")
        return sorted((f.code, draft[f.offset : f.end_offset]) for f in findings)

    plain = spans(DRAFT)
    assert ("NL401", "Caretaker Foreign Minister Jalil Abbas Jilani") in plain
    assert spans(text) == plain
