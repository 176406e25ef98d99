"""Robustness probe r7 D2: the text a browser shows in HTML blocks of text elements is prose.

A CMS export or a web page saved as ``.md`` is HTML: ``<p>…</p>`` paragraphs, headings, lists,
whole ``<!DOCTYPE html>`` pages. CommonMark makes each an HTML block with no inline content,
so every finding in it was lost without a word. A block opening with a text element is now
read as a browser shows it (tags are gaps, block tags separate blocks, entities are their
characters; comments, scripts, styles, code and the head are not prose), and each finding
keeps its span on the original characters. (Since r9 every HTML block is read so, a
``<div>`` too: see test_robustness_html_blocks_r9.py.)
"""

from __future__ import annotations

import pytest

from narrlint.text.prose import markdown_prose

from .conftest import lint_text
from .test_robustness_entities_r6 import SENTENCES

WRAPS = {
    "p": ("<p>", "</p>"),
    "p-with-attributes": ("<p class=\"body\" data-x='1 > 0'>", "</p>"),
    "page": (
        "<!DOCTYPE html>\n<html>\n<head><title>Undocumented until December 1, 1 killed</title>"
        "\n<style>p { color: red }</style></head>\n<body>\n<article>\n<p>",
        "</p>\n</article>\n</body>\n</html>",
    ),
    "heading": ("<h2>", "</h2>"),
    "list": ("<ul>\n  <li>", "</li>\n</ul>"),
    "quote": ("<blockquote><p>", "</p></blockquote>"),
    "table": ("<table><tr><td>", "</td></tr></table>"),
    "wrapped-in-tags": ("<p><span>", "</span>\n</p>"),
}


def _spans(seed_corpus, text: str, date: str) -> list[tuple[str, str]]:
    head = f"---\ndate: {date}\n---\n"
    full = head + text
    findings = lint_text(seed_corpus, full)
    return sorted((f.code, full[f.offset : f.end_offset]) for f in findings)


@pytest.mark.parametrize("wrap", WRAPS.values(), ids=WRAPS.keys())
@pytest.mark.parametrize(("date", "sentence"), SENTENCES)
def test_a_sentence_in_html_keeps_every_finding_on_its_characters(
    seed_corpus, date, sentence, wrap
):
    plain = _spans(seed_corpus, sentence + "\n", date)
    assert plain
    opening, closing = wrap
    assert _spans(seed_corpus, f"{opening}{sentence}{closing}\n", date) == plain


def test_a_sentence_broken_over_lines_and_tags_in_html_is_one_sentence(seed_corpus):
    date, sentence = SENTENCES[1]  # "Undocumented foreigners have until December 1 to leave…"
    plain = _spans(seed_corpus, sentence + "\n", date)
    html = sentence.replace("until ", "until\n<b>").replace("December 1", "December 1</b>")
    found = _spans(seed_corpus, f"<p>{html}</p>\n", date)
    assert [code for code, _ in found] == [code for code, _ in plain]
    assert found[0][1] == "December 1"


@pytest.mark.parametrize(
    ("original", "prose"),
    [
        ("<p>Pakistan&rsquo;s 12&nbsp;dead</p>\n", "Pakistan’s 12 dead"),
        ("<h1>Title</h1><p>Body.</p>\n", "Title\n\nBody."),
        ("<p>Shown <!-- hidden 7 --> too</p>\n", "Shown too"),
        ("<p>Text<script>var n = 99;</script> more</p>\n", "Text more"),
        ("<p>See <code>rm 12</code> here</p>\n", "See here"),
        ("<p>a <pre>\n99 killed\n</pre> b</p>\n", "a\n\nb"),
        ("<p>Open <a href='http://x.org/12'>link</a></p>\n", "Open link"),
        ('<p>Unclosed <a href="x\n', 'Unclosed <a href="x'),
    ],
)
def test_what_a_browser_shows_is_the_prose_and_maps_back(original, prose):
    text = markdown_prose(original)
    assert text.text == prose
    for start in range(len(text.text)):
        if text.text[start].isalnum():
            begin, end = text.span_to_original(start, start + 1)
            assert original[begin:end] in (text.text[start], "&rsquo;")


@pytest.mark.parametrize(
    "original",
    [
        "<!-- a note 12 -->\n",
        '<iframe src="https://x.org/12"></iframe>\n',
        "<script>\nvar killed = 12;\n</script>\n",
        "> <p>in a quote</p>\n",  # markers in the way: masked, never misplaced
    ],
)
def test_other_html_blocks_stay_masked(original):
    assert markdown_prose(original).text in ("", "in a quote")


def test_a_tag_that_never_closes_costs_one_look_to_the_next(seed_corpus):
    """``<a b <a b …`` with no ``>``: each failed tag stops at the next ``<`` (linear). The
    search runs in the regex engine, out of sight of a line count: a quadratic search would
    not finish on this input (no timing here; the benchmark measures speed)."""
    prose = markdown_prose("<p>" + "<a b " * 100_000 + "\n")
    assert prose.text.startswith("<a b <a b")
