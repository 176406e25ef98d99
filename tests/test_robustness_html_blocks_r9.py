"""Robustness r9 hole 1: the text of an HTML block that is not a text element is prose.

``<div>Twelve people were killed.</div>``, a ``<div>`` holding bare lines of text, a CMS's
``<section>`` or an MDX component wrapping a paragraph: CommonMark makes each an HTML block
with no inline content, and narrlint masked every block not opened by a text element
(``<p>``, a heading, a list…), so the unattributed toll in it was never reported. A reader
sees that text: it is linted like other prose, at its own characters, while what a browser
does not show stays out (scripts, styles, ``<pre>``, ``<code>``, comments, media, tags and
their attributes).
"""

from __future__ import annotations

import json

import pytest

from narrlint.text.prose import markdown_prose

from .conftest import RURITANIA, run_cli
from .test_robustness_html_text_r7 import _spans

KILLED = "A bomb in Strelsau killed 14 people on Monday."
DATE = "2023-01-01"

WRAPS = {
    "div-one-line": ("<div>", "</div>"),
    "div-bare-lines": ('<div class="story">\n', "\n</div>"),
    "section": ("<section>\n", "\n</section>"),
    "custom-element": ("<story-body>\n", "\n</story-body>"),
    "mdx-component": ('<Callout type="note">\n', "\n</Callout>"),
    "after-a-comment-and-a-tag": ("<!-- note --><span>", "</span>"),
}


@pytest.mark.parametrize("wrap", WRAPS.values(), ids=WRAPS.keys())
def test_a_toll_in_an_html_block_is_reported_on_its_characters(seed_corpus, wrap) -> None:
    plain = _spans(seed_corpus, KILLED + "\n", DATE)
    assert plain
    opening, closing = wrap
    assert _spans(seed_corpus, f"{opening}{KILLED}{closing}\n", DATE) == plain


@pytest.mark.parametrize(
    "original",
    [
        "<div><script>\nvar killed = 14;\n</script></div>\n",
        "<div><style>.x { width: 14px }</style></div>\n",
        "<div>\n<pre>\n14 killed\n</pre>\n</div>\n",
        "<div><code>killed = 14</code></div>\n",
        "<div><!-- 14 killed --></div>\n",
        '<div data-count="14 killed"></div>\n',
        "<video controls>\n<source src=x.mp4>\n14 killed\n</video>\n",
        '<iframe src="https://x.invalid/14-killed"></iframe>\n',
    ],
)
def test_what_a_browser_does_not_show_stays_out(original: str) -> None:
    assert "14" not in markdown_prose(original).text


def test_the_cli_reports_the_toll_in_a_div(tmp_path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"---\ndate: {DATE}\n---\n\n<div>{KILLED}</div>\n", "utf-8")
    run = run_cli("--format", "json", "--no-seeds", "--corpus", str(RURITANIA), str(draft))
    assert run.code == 1, run.stderr
    findings = json.loads(run.stdout)["findings"]
    assert [(f["code"], f["line"]) for f in findings] == [("NL201", 5)]


@pytest.mark.parametrize(
    "original",
    [
        "Text <script>var killed = 14;</script> more.\n",
        "Text <style>.x { width: 14px }</style> more.\n",
        "Text <code>killed = 14</code> more.\n",  # as `killed = 14` is
        "Text <CODE class='x'>14 *killed*</CODE> more.\n",
    ],
)
def test_hidden_elements_inline_in_a_paragraph_stay_out(original: str) -> None:
    """Probe r9: a script, style or ``<code>`` inside a paragraph was read as prose (a toll in
    a code sample reported) while the same in a block, or a code span, was masked."""
    assert markdown_prose(original).text == "Text more."


def test_an_inline_element_never_closed_hides_nothing_after_it() -> None:
    assert markdown_prose("Text <code>14 killed.\n").text == "Text 14 killed."
