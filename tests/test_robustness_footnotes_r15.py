"""A footnote's text is prose, at its own characters, as GitHub, Pandoc and Hugo show it.

To CommonMark a footnote definition is no block: ``[^1]: Source.`` (one word, or a word and
a quoted title) is a link reference definition, masked whole, and the note's further
paragraphs, indented four spaces as every footnote syntax asks, are an indented code block,
masked too. A stale title in a note's second paragraph, or in the line under a one-word
first line, was never read (robustness probe r15). The footnote's definition is now a block
of its own (its label a marker, like ``>``), holding paragraphs, lists and code as a list
item does.
"""

from __future__ import annotations

import pytest

from narrlint.text.prose import markdown_prose

from .conftest import lint_text

HEAD = "---\ndate: 2023-01-01\n---\n"
STALE = "Interim Finance Minister Anna Vogel says the deficit is falling."
"""Stale on 1 January 2023 in the Ruritania fixture (NL401)."""
TITLE = "Interim Finance Minister Anna Vogel"

NOTES = {
    "second paragraph": "Text.[^1]\n\n[^1]: First.\n\n    " + STALE + "\n",
    "under a one-word line": "Text.[^1]\n\n[^1]: First.\n    " + STALE + "\n",
    "under an empty label": "Text.[^n]\n\n[^n]:\n    " + STALE + "\n",
    "after a titled one-word line": "Text.[^1]\n\n[^1]: See 'the budget'\n\n    " + STALE + "\n",
    "quoted": "> Text.[^1]\n>\n> [^1]: First.\n>\n>     " + STALE + "\n",
    "a list in the note": "Text.[^1]\n\n[^1]: First.\n\n    - " + STALE + "\n",
    "label with the title's word": "Text.[^Interim]\n\n[^Interim]: " + STALE + "\n",
}


@pytest.mark.parametrize("text", NOTES.values(), ids=NOTES.keys())
def test_a_stale_title_in_a_footnote_is_found_on_its_characters(ruritania, text):
    draft = HEAD + text
    findings = [f for f in lint_text(ruritania, draft) if f.code == "NL401"]
    assert [draft[f.offset : f.end_offset] for f in findings] == [TITLE]


LOOK_ALIKES = {
    "code in a note": "Text.[^1]\n\n[^1]: First.\n\n        " + STALE + "\n",
    "a link reference": "[budget]: https://example.invalid/" + STALE.replace(" ", "-") + "\n",
    "a fenced block in a note": "[^1]: First.\n\n    ```\n    " + STALE + "\n    ```\n",
}


@pytest.mark.parametrize("text", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_code_and_link_references_stay_unread(ruritania, text):
    assert not [f for f in lint_text(ruritania, HEAD + text) if f.code == "NL401"]


def test_the_label_is_a_marker_not_prose():
    prose = markdown_prose("[^note-1]: The budget passed.\n\n    It was late.\n")
    assert prose.text == "The budget passed.\n\nIt was late."


def test_thousands_of_nested_labels_read_to_the_end():
    """Each label opens a block inside the one before: past the nesting limit no more open
    (as for lists and quotes), and the text after them is still read."""
    prose = markdown_prose("[^a]: " * 5000 + "The budget passed.\n")
    assert prose.text.endswith("The budget passed.")
