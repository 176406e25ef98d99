"""A formatting tag inside a word does not part it, as a browser draws it.

Word processors and CMS editors split a word into runs where its formatting changes, and copy
carries the runs as tags: ``Anna Vo<b>gel</b>``, ``12<b>0</b> people``, ``Vo<wbr>gel``.
Every tag between two letters was read as a space, so the name was ``Vo gel`` (the finding on
it lost its last word, or was lost) and the figure ``12 0`` (robustness probe r15). A phrasing
element (bold, italics, link, underline, wbr…) between two letters or digits, with no
space around it, now joins them, in Markdown and in HTML drafts; a break, a box, an image, a
quotation and a tracked change still part the words.
"""

from __future__ import annotations

import pytest

from narrlint.text.html_prose import html_page_prose
from narrlint.text.prose import markdown_prose

from .conftest import lint_text

HEAD = "---\ndate: 2023-01-01\n---\n"
"""Anna Vogel's title is stale on this date in the Ruritania fixture (NL401)."""

SPLIT_NAMES = {
    "bold end": "Interim Finance Minister Anna Vo<b>gel</b> says the deficit is falling.",
    "italic start": "Interim Finance Minister Anna <i>Vo</i>gel says the deficit is falling.",
    "word break": "Interim Finance Minister Anna Vo<wbr>gel says the deficit is falling.",
    "two runs": 'Interim Finance Minister Anna <strong class="a">Vo</strong><em>gel</em> says so.',
}


@pytest.mark.parametrize(("path", "wrap"), [("d.md", "{}"), ("d.html", "<p>{}</p>")])
@pytest.mark.parametrize("sentence", SPLIT_NAMES.values(), ids=SPLIT_NAMES.keys())
def test_a_name_split_by_formatting_is_found_whole(ruritania, sentence, path, wrap):
    draft = HEAD + wrap.format(sentence) + "\n"
    findings = [f for f in lint_text(ruritania, draft, path=path) if f.code == "NL401"]
    assert len(findings) == 1
    assert draft[findings[0].offset : findings[0].end_offset].endswith("gel")


@pytest.mark.parametrize("reader", [markdown_prose, html_page_prose])
@pytest.mark.parametrize(
    ("original", "text"),
    [
        ("12<b>0</b> people", "120 people"),
        ("the <u>1</u>st day", "the 1st day"),
        ('<a href="x">Kab</a>ul', "Kabul"),
        # look-alikes: what a browser draws apart stays apart
        ("Vo <b>gel</b>", "Vo gel"),
        ("Vo<b> gel</b>", "Vo gel"),
        ("Vo<br>gel", "Vo gel"),
        ("Vo<img src=x>gel", "Vo gel"),
        ("Karl<del>Otto</del><ins>Anna</ins>", "Karl Otto Anna"),
        ("said<q>no</q>", "said no"),
        ("<b>them</b>. Next", "them. Next"),
    ],
)
def test_phrasing_tags_between_letters_join_them(reader, original, text):
    assert reader(original + "\n").text == text
