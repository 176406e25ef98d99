"""Front matter after a byte order mark left in the text: still the draft's date.

Robustness round 23 (differential testing: the labelled passages with ``\\ufeff`` before the
front matter). Reading a file takes off the byte order mark it was saved with, but a second
one (a file converted to UTF-8 with a BOM twice) stays in the text, and an editor may send its
buffer to the language server with the mark. The front matter after it was not read: the
draft was judged as of today without a word, so every finding that rests on the date moved.
"""

from __future__ import annotations

import codecs

import pytest

from narrlint.input.frontmatter import split_front_matter

from .conftest import RURITANIA, lint_text, run_cli

BODY = "Interim Finance Minister Anna Vogel says the deficit is falling.\n"
HEADS = {
    "yaml": "---\ndate: 2020-05-01\n---\n",
    "toml": "+++\ndate = 2020-05-01\n+++\n",
    "json": '{\n  "date": "2020-05-01"\n}\n',
}


@pytest.mark.parametrize("kind", sorted(HEADS))
@pytest.mark.parametrize("marks", [1, 2])
def test_front_matter_after_byte_order_marks_is_read(kind, marks):
    text = "\ufeff" * marks + HEADS[kind] + BODY
    front = split_front_matter(text, "draft.md")
    assert str(front.date) == "2020-05-01"
    assert text[front.end :] == BODY  # the body starts where it did without the marks
    assert front.date_line == 2


@pytest.mark.parametrize("kind", sorted(HEADS))
def test_a_draft_whose_text_starts_with_a_mark_keeps_its_date(ruritania, kind):
    # Anna Vogel was interim finance minister on the front matter's date: nothing to report;
    # judged as of today, the title is stale (NL401).
    text = HEADS[kind] + BODY
    assert lint_text(ruritania, text) == []
    assert lint_text(ruritania, "\ufeff" + text) == []
    assert [f.code for f in lint_text(ruritania, BODY)] == ["NL401"]  # the look-alike: no date


def test_a_file_saved_with_two_marks_is_dated_by_its_front_matter(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_bytes(codecs.BOM_UTF8 + ("\ufeff" + HEADS["yaml"] + BODY).encode("utf-8"))
    run = run_cli("--no-seeds", "--corpus", str(RURITANIA), "--no-cache", str(draft))
    assert run.code == 0, run.stdout + run.stderr
