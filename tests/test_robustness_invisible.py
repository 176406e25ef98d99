"""Invisible format characters inside a word hide neither the word nor shift a finding.

A soft hyphen from a hyphenation tool, a zero-width space, joiner or non-joiner, a word joiner,
a direction mark or a byte order mark pasted inside the text (Unicode category Cf) is drawn as
nothing, so ``Fi\u00adnance`` is the word ``Finance`` to a reader. It must be to the rules too,
while every finding, quote and fix points at the original characters (robustness probe D15).
"""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest

from narrlint.output.fixes import apply_edits, choose_fixes
from narrlint.text.invisible import visible_runs
from narrlint.text.prose import markdown_prose, plain_prose

from .conftest import RURITANIA, lint_text, run_cli

FORMAT_CHARS = {
    "soft hyphen": "\u00ad",
    "zero-width space": "\u200b",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "left-to-right mark": "\u200e",
    "right-to-left mark": "\u200f",
    "left-to-right embedding": "\u202a",
    "word joiner": "\u2060",
    "left-to-right isolate": "\u2066",
    "byte order mark inside the text": "\ufeff",
    "language tag": "\U000e0001",
}
EVERY_FORMAT_CHAR = [
    chr(code) for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cf"
]
HEAD = "---\ndate: 2023-01-01\n---\n"
LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."


def visible(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def words_map_back(original: str, prose) -> None:
    """Every word of the prose is the original's word at its span, format characters aside."""
    for match in re.finditer(r"\w+", prose.text):
        start, end = prose.span_to_original(match.start(), match.end())
        assert visible(original[start:end]) == match.group()
        assert original[start] == match.group()[0]


def test_every_format_character_inside_a_word_leaves_it_whole():
    """The class, not a list: every Cf character Python knows, in Markdown and plain text."""
    for char in EVERY_FORMAT_CHAR:
        for reader in (markdown_prose, plain_prose):
            original = f"Interim Fi{char}nance Minister says so.\n"
            prose = reader(original)
            assert prose.text == "Interim Finance Minister says so.", (hex(ord(char)), reader)
            words_map_back(original, prose)


@pytest.mark.parametrize("char", FORMAT_CHARS.values(), ids=FORMAT_CHARS.keys())
@pytest.mark.parametrize(
    "template",
    [
        "{c}Interim Fi{c}nance Minister says so.\n",  # opening the block, inside a word
        "- item: *Fi{c}nance* Min{c}{c}ister says so.\n",  # list, emphasis, a run of two
        "> Interim Finance{c} Minister says {c} so.\n",  # quote; beside a space
        "| a{c} | Fi{c}nance |\n|---|---|\n| c | d |\n",  # table cells
        "Para one ends{c}\nFi{c}nance Minister, second line.\n",  # soft line break
    ],
)
def test_markdown_constructs_keep_words_whole_and_offsets_exact(char, template):
    original = template.replace("{c}", char)
    prose = markdown_prose(original)
    assert prose.text == markdown_prose(visible(original)).text
    assert "  " not in prose.text
    words_map_back(original, prose)


def test_text_without_format_characters_is_read_as_before():
    """Look-alikes: tabs, no-break spaces and emoji are not format characters."""
    for original in ("Tab\there.\n", "No\u00a0break.\n", "Emoji 👍🏽 ok.\n", "Plain.\n"):
        assert visible_runs(original) is None
        assert markdown_prose(original).text == markdown_prose(original.replace("\t", " ")).text
    assert visible_runs("a\u00adb\u200b") == [(0, 1), (2, 3)]


@pytest.mark.parametrize("char", FORMAT_CHARS.values(), ids=FORMAT_CHARS.keys())
def test_a_title_with_a_format_character_inside_is_found_where_it_is_written(ruritania, char):
    plain = lint_text(ruritania, HEAD + LINE + "\n", codes=("NL401",))
    assert [(f.start.line, f.start.column) for f in plain] == [(4, 1)]
    text = HEAD + LINE.replace("Finance", f"Fi{char}nance") + f"\n\n{char}{LINE}\n"
    found = lint_text(ruritania, text, codes=("NL401",))
    assert [(f.code, f.start.line, f.start.column) for f in found] == [
        ("NL401", 4, 1),
        ("NL401", 6, 2),  # the invisible character is a column of its own, as in any editor
    ]
    assert [f.message for f in found] == [plain[0].message] * 2
    assert found[0].excerpt == f"Interim Fi{char}nance Minister Anna Vogel"
    fixed = apply_edits(text, [e for fix in choose_fixes(found) for e in fix.edits])
    assert fixed == HEAD + (
        f"Former interim Fi{char}nance Minister Anna Vogel says the deficit is falling.\n\n"
        f"{char}Former interim Finance Minister Anna Vogel says the deficit is falling.\n"
    )


def test_the_cli_reports_and_fixes_a_soft_hyphenated_title_in_place(tmp_path):
    """What the writer sees: the finding at the word's own column, and a --diff that keeps
    the soft hyphen where the writer put it and otherwise reads as for the plain spelling."""
    line = "| Care{c}taker Finance Minister Anna Vogel said. |\n"
    (tmp_path / "plain.md").write_text(HEAD + line.format(c=""), "utf-8")
    (tmp_path / "shy.md").write_text(HEAD + line.format(c="\u00ad"), "utf-8")
    args = ("--no-seeds", "--corpus", str(RURITANIA), "-j", "1", "-q", "--no-color")
    run = run_cli(*args, "--output-format", "concise", "shy.md", cwd=tmp_path)
    assert run.code == 1, run.stderr
    assert run.stdout.startswith("shy.md:4:3: NL401 error: Write "), run.stdout
    assert run.stdout == run_cli(
        *args, "--output-format", "concise", "plain.md", cwd=tmp_path
    ).stdout.replace("plain.md", "shy.md")
    diff = run_cli(*args, "--diff", "shy.md", cwd=tmp_path).stdout
    plain = run_cli(*args, "--diff", "plain.md", cwd=tmp_path).stdout
    assert diff == plain.replace("plain.md", "shy.md").replace("aretaker", "are\u00adtaker")
    assert diff.count("are\u00adtaker") == 2  # the removed and the added line
