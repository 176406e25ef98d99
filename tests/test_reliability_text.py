"""Reliability of reading a draft's text (issue 14): deep Markdown nesting never drops prose,
and runs of repeated characters or punctuation cannot make tokenizing quadratic.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrlint.text.prose import MAX_PUNCT_RUN, MAX_RUN, _cuts, markdown_prose, plain_prose

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
    # r7 D4: the list rule as installed (r6 D7's wrapper) escaped the nesting limit
    "dashes-ten-thousand-on-one-line": "- " * 10_000 + "x\n",
}


@pytest.mark.parametrize("shape", sorted(DEEP_SHAPES))
def test_deep_nesting_keeps_every_later_paragraph(tmp_path, shape):
    path = tmp_path / "draft.md"
    separator = "" if shape.endswith("-lazy") else "\n"
    path.write_text(FRONT + DEEP_SHAPES[shape] + separator + FIVE, encoding="utf-8")
    # No rule budget (r12): the budget is wall-clock time, and on a loaded machine a rule
    # stopped by it is an NL000 finding, exit 2 with nothing on stderr (CI r11, quotes-and-
    # lists, once). What is tested is which paragraphs are read, not how fast.
    config = tmp_path / "narrlint.yaml"
    config.write_text("rule-timeout: 0\n", encoding="utf-8")
    run = run_cli(str(path), "--config", str(config), "--format", "json", *corpus_args())
    assert run.code == 1, (run.stderr, run.stdout[-2000:])
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


@pytest.mark.parametrize("marker", ["- ", "1. ", "* ", "> - ", "- > "])
def test_ten_thousand_nested_containers_on_one_line_are_read_not_a_recursion_error(marker):
    """Robustness probe r7 D4: ``- - - … text`` 10,000 deep was "internal error while reading
    the draft: RecursionError" (exit 2, nothing linted): the list rule installed in r6 was
    not among the container rules the nesting limit turns off."""
    text = FRONT + marker * 10_000 + "Anna Vogel spoke.\n\nAfter.\n"
    prose = markdown_prose(text, len(FRONT))
    assert prose.text.endswith("Anna Vogel spoke.\n\nAfter.")
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

RUN_KINDS = {
    "paren": "(",
    "equals": "=",
    "quote": '"',
    "close-paren": ")",
    "bang": "!",
    "question": "?",
    "apostrophe": "'",
    "bracket": "[",
    "comma": ",",
    "possessive": "'s",
    "euro": "€",
    "letter": "a",
}
RUN_SIZE = 200_000


def test_runs_of_200000_repeated_characters_are_linted(tmp_path):
    """Each file holds a run of 200,000 of one character (quadratic in spaCy's suffix search
    before: 24-55 s for 20,000) and then a paragraph with a finding. One CLI run lints them
    all; the subprocess timeout is only a hang guard, far above the few seconds it takes."""
    paths = []
    for name, unit in RUN_KINDS.items():
        path = tmp_path / f"{name}.md"
        run = unit * (RUN_SIZE // len(unit))
        path.write_text(f"{FRONT}{run}\n\n{STALE_LINE}\n", encoding="utf-8")
        paths.append(path)
    # No rule budget: on a loaded machine a rule stopped by rule-timeout would be NL000, and
    # what is tested is that parsing ends, guarded by the subprocess timeout.
    config = tmp_path / "narrlint.yaml"
    config.write_text("rule-timeout: 0\n", encoding="utf-8")
    args = [*map(str, paths), "--config", str(config), "--format", "json", *corpus_args()]
    proc = subprocess.run(
        [sys.executable, "-m", "narrlint", *args],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.returncode == 1, (proc.stderr, proc.stdout[-2000:])
    report = json.loads(proc.stdout)
    assert report["errors"] == []
    found = {Path(f["path"]).stem: f for f in report["findings"] if f["code"] == "NL401"}
    assert sorted(found) == sorted(RUN_KINDS)
    for finding in found.values():
        assert (finding["line"], finding["column"]) == (6, 1)


@pytest.mark.parametrize("unit", sorted(set(RUN_KINDS.values()) | {"\\(", "(a", "x-", "…🙂"}))
@pytest.mark.parametrize("kind", ["markdown", "text"])
def test_long_runs_reach_spacy_in_bounded_pieces_at_their_own_characters(unit, kind):
    """The bound that makes tokenizing linear: no run handed to spaCy is longer than
    ``MAX_RUN`` (punctuation: ``MAX_PUNCT_RUN``), and every character still maps to itself."""
    text = f"{FRONT}Before {unit * 5000} after.\n\nNext {unit * 40}.\n"
    build = markdown_prose if kind == "markdown" else plain_prose
    prose = build(text, len(FRONT))
    longest = max(len(run) for run in prose.text.split())
    assert longest <= MAX_RUN
    assert not re.search(rf"[^\w\s]{{{MAX_PUNCT_RUN + 1},}}", prose.text)
    for offset, char in enumerate(prose.text):
        if not char.isspace():
            assert text[prose.to_original(offset)] == char
    for block in prose.blocks:
        assert prose.text[block.start : block.end].strip() == prose.text[block.start : block.end]
    assert [prose.text[b.start : b.end].split()[0] for b in prose.blocks] == ["Before", "Next"]


def test_ordinary_drafts_are_not_cut():
    """No pinned (golden) input has a run long enough to be cut: their prose is unchanged."""
    from tests import golden

    for key, text, _date, _path in golden.inputs():
        for build in (markdown_prose, plain_prose):
            assert _cuts(build(text, 0).text) == [], key
