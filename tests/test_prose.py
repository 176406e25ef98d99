"""Markdown and plain-text prose extraction keeps exact offsets and masks non-prose."""

import re

import pytest

from narrlint.input.frontmatter import split_front_matter
from narrlint.text.prose import markdown_prose, plain_prose

MARKDOWN = """---
date: 2024-01-01
---
# Heading with `code 1` here

At least **64** people were [killed](http://x.com/a_(b)) in the *blast*, \\*police said.
A second line &amp; more <span>html</span> ok.
Visit https://example.com/12345 now.

```
code block 99 killed
```

    indented code 12

- item one ![alt 5](img.png) tail
- item two <!-- comment 7 -->

> quoted text

| a | b cell |
|---|---|
| c 1 | d 2 |

[ref]: http://example.com/77
<div>
html block 88
</div>
"""


def words_map_back(original: str, prose) -> None:
    for match in re.finditer(r"\w+", prose.text):
        start, end = prose.span_to_original(match.start(), match.end())
        assert original[start:end] == match.group()


def test_markdown_masks_non_prose_and_keeps_offsets():
    front = split_front_matter(MARKDOWN, "d.md")
    prose = markdown_prose(MARKDOWN, front.end)
    for hidden in (
        "code 1",
        "99",
        "12",
        "img.png",
        "comment",
        "77",
        "12345",
        "x.com",
        "date",
        "2024",
    ):
        assert hidden not in prose.text, hidden
    for shown in (
        "Heading with here",
        "At least 64 people were killed in the blast,",
        "quoted text",
        "b cell",
        "item one alt 5 tail",  # image alt text is prose, read in place (round 17)
        "html block 88",  # the text a browser shows of an HTML block is prose (r9 hole 1)
    ):
        assert shown in prose.text, shown
    words_map_back(MARKDOWN, prose)
    kinds = [b.kind for b in prose.blocks]
    assert kinds[0] == "heading" and "list_item" in kinds and "quote" in kinds
    assert "table" in kinds


def test_blocks_are_separated_so_sentences_never_merge():
    prose = markdown_prose("# Title without stop\n\nBody sentence.\n")
    assert prose.text == "Title without stop\n\nBody sentence."


def test_soft_line_breaks_become_spaces():
    text = "At least 64 people\nwere killed.\r\n"
    prose = markdown_prose(text)
    assert prose.text == "At least 64 people were killed."
    words_map_back(text, prose)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_plain_text_lines_are_blocks(newline):
    text = newline.join(["Headline without stop", "  • a bullet", "Body sentence here."])
    prose = plain_prose(text)
    assert [b.kind for b in prose.blocks] == ["heading", "bullet", "paragraph"]
    words_map_back(text, prose)


def test_hard_wrapped_plain_text_joins_lines_of_a_paragraph():
    para = "This paragraph is wrapped\nat a short width so that\nits sentence spans lines.\n"
    text = para + "\n" + para + "\n" + para
    prose = plain_prose(text)
    assert "wrapped at a short width" in prose.text
    assert len(prose.blocks) == 3
    words_map_back(text, prose)


def test_empty_and_front_matter_only():
    assert markdown_prose("").text == ""
    text = "---\ndate: 2024-01-01\n---\n"
    assert markdown_prose(text, split_front_matter(text, "d").end).text == ""


@pytest.mark.parametrize("space", ["\u00a0", "\u2003", "\u3000", "\u202f", "\x0b", "\x0c"])
@pytest.mark.parametrize("opening", ["", "- ", "> ", "# ", "1. "])
def test_a_block_opened_by_a_unicode_space_keeps_its_text(space, opening):
    """markdown-it strips a pasted no-break space (and any Unicode space) before a block's
    text; the text must still be prose at its own characters, never silently dropped."""
    original = f"{opening}{space}Interim Minister Anna Vogel says so.\n"
    prose = markdown_prose(original)
    assert prose.text == "Interim Minister Anna Vogel says so."
    words_map_back(original, prose)
    start, _ = prose.span_to_original(0, 1)
    assert start == len(opening) + 1


def test_a_tab_indented_continuation_line_and_a_table_cell_keep_their_text():
    listed = "- Talks resumed.\n\tInterim Minister Anna Vogel says so.\n- Second.\n"
    prose = markdown_prose(listed)
    assert "Interim Minister Anna Vogel says so." in prose.text
    words_map_back(listed, prose)
    table = "| a | b |\n|---|---|\n| \u00a0c 1 | d 2 |\n"
    prose = markdown_prose(table)
    assert prose.text.split() == ["a", "b", "c", "1", "d", "2"]
    words_map_back(table, prose)
    # look-alike: a line that keeps its own leading spaces still maps them as before
    spaced = "Para one.\n   Interim Minister says.\n"
    assert markdown_prose(spaced).text == "Para one. Interim Minister says."


@pytest.mark.parametrize(
    "original",
    [
        "<!-- TODO: check -->Interim Minister Anna Vogel says so.\n",
        "<!-- TODO: check --> Interim Minister Anna Vogel says so.\n",
        "<!--\nnote to the desk\n-->Interim Minister Anna Vogel says so.\n",
    ],
)
def test_text_after_a_comment_that_opens_the_line_is_prose(original):
    """CommonMark makes such a line an HTML block (no inline content), but a reader sees the
    text after the hidden comment: it is prose at its own characters."""
    prose = markdown_prose(original)
    assert prose.text == "Interim Minister Anna Vogel says so."
    words_map_back(original, prose)


def test_comments_and_html_blocks_alone_stay_out_of_the_prose():
    assert markdown_prose("<!-- a note -->\n\nPara.\n").text == "Para."
    # a browser shows "bold" (r9 hole 1: the text of every HTML block is prose)
    assert markdown_prose("<!-- a --><b>bold</b>\n\nPara.\n").text == "bold\n\nPara."
