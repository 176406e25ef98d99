"""Reliability of reading a draft's text (issue 14): deep Markdown nesting never drops prose,
and runs of repeated characters or punctuation cannot make tokenizing quadratic.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrlint.text.prose import markdown_prose

from .conftest import RURITANIA, lint_text, run_cli

STALE_LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."
FRONT = "---\ndate: 2023-01-01\n---\n"
FIVE = "\n\n".join([STALE_LINE] * 5) + "\n"


def corpus_args() -> list[str]:
    return ["--no-seeds", "--corpus", str(RURITANIA), "-j", "1"]


# ---------------------------------------------------------------------------------------------
# Item 1: nesting past markdown-it's limit

DEEP_SHAPES = {
    "dashes-on-one-line": "- - - - - - - - - - x\n",
    "list-nested-ten-levels": "".join("  " * i + f"- level {i}\n" for i in range(10)),
    "list-nested-thirty-levels": "".join("  " * i + f"- level {i}\n" for i in range(30)),
    "blockquotes-twenty-deep": "> " * 20 + "quoted\n",
    # No blank line: the paragraphs that follow are the quote's lazy continuation.
    "blockquotes-twenty-deep-lazy": "> " * 20 + "Quoted.\n",
    "blockquotes-sixty-deep": "> " * 60 + "quoted\n",
    "quotes-and-lists": "> - " * 30 + "mixed\n",
}


@pytest.mark.parametrize("shape", sorted(DEEP_SHAPES))
def test_deep_nesting_keeps_every_later_paragraph(tmp_path, shape):
    path = tmp_path / "draft.md"
    separator = "" if shape.endswith("-lazy") else "\n"
    path.write_text(FRONT + DEEP_SHAPES[shape] + separator + FIVE, encoding="utf-8")
    run = run_cli(str(path), "--format", "json", *corpus_args())
    assert run.code == 1, run.stderr
    findings = run.json()["findings"]
    assert len(findings) == 5, findings
    lines = path.read_text(encoding="utf-8").splitlines()
    for finding in findings:
        assert lines[finding["line"] - 1] == STALE_LINE


def test_content_past_the_nesting_limit_is_prose_at_its_own_characters():
    text = FRONT + "> " * 25 + "Anna Vogel spoke.\n\nAfter.\n"
    prose = markdown_prose(text, len(FRONT))
    assert "Anna Vogel spoke." in prose.text
    assert prose.text.endswith("After.")
    at = prose.text.index("Anna Vogel")
    assert text[prose.to_original(at) :].startswith("Anna Vogel spoke.")


_CONTAINER = st.sampled_from(["- ", "* ", "+ ", "> ", "1. ", "2) ", ">"])
_INDENT = st.sampled_from(["", "  ", "   ", "    "])
_LINE = st.tuples(_INDENT, st.lists(_CONTAINER, min_size=1, max_size=40).map("".join))
_WORD = st.sampled_from(["x", "item", "Budget", "", "`code`", "*em*", "- -"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_LINE, _WORD), min_size=1, max_size=12), st.booleans())
def test_text_after_any_nesting_still_yields_its_finding(ruritania, nested, blank_between):
    """Whatever nesting precedes it, a paragraph at the left margin after a blank line is
    linted (and its finding points at its own line)."""
    separator = "\n\n" if blank_between else "\n"
    body = separator.join(indent + markers + word for (indent, markers), word in nested)
    text = FRONT + body + "\n\n" + STALE_LINE + "\n"
    findings = lint_text(ruritania, text, codes=("NL401",))
    stale_line = text.count("\n", 0, text.index(STALE_LINE)) + 1
    assert any(f.code == "NL401" and f.start.line == stale_line for f in findings), text


# ---------------------------------------------------------------------------------------------
# Item 3: long runs of one character, or of punctuation without spaces
