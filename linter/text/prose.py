"""The prose of a draft: what a reader reads, with a map back to the original characters.

Markdown is parsed with markdown-it-py. Only the inline content of paragraphs, headings, list
items, block quotes and table cells is prose, and the text a browser shows of an HTML block
(:mod:`~narrlint.text.html_prose`); code (fenced, indented, inline), HTML tags, comments,
scripts and styles, link and image targets, reference definitions, front matter and bare URLs
are masked.

The prose is *compacted* for the NLP pipeline: each masked run and each whitespace run becomes
one space, and blocks are separated by a blank line, so token patterns see clean text. A piece
table maps every character of the compact text back to its offset in the original file, which
keeps every finding's line and column exact.

This module walks a Markdown draft's blocks (which are prose, and of what kind; where the
suppression comments are) and is the one import path of the prose API. The rest is split by
job: :mod:`~narrlint.text.prose_text` (``ProseText``, ``Block``: the compact text and its piece
table), :mod:`~narrlint.text.prose_builder` (compacting original ranges into it),
:mod:`~narrlint.text.prose_runs` (long runs cut for spaCy), :mod:`~narrlint.text.prose_plain`
(plain-text drafts), :mod:`~narrlint.text.markdown_parser` (markdown-it as configured here) and
:mod:`~narrlint.text.markdown_inline` (inline content found in the original lines).
"""

from __future__ import annotations

from markdown_it.token import Token

from narrlint.text.html_prose import html_block_prose, html_page_prose
from narrlint.text.markdown_inline import InlineWalker, plain_line
from narrlint.text.markdown_parser import markdown_parser
from narrlint.text.mdx import mdx_code_ranges
from narrlint.text.positions import LineIndex
from narrlint.text.prose_builder import ProseBuilder
from narrlint.text.prose_plain import plain_prose
from narrlint.text.prose_runs import MAX_PUNCT_RUN, MAX_RUN, _cuts
from narrlint.text.prose_text import Block, ProseText

__all__ = [
    "MAX_PUNCT_RUN",
    "MAX_RUN",
    "Block",
    "ProseText",
    "_cuts",
    "draft_prose",
    "holds_directive_comment",
    "markdown_prose",
    "plain_prose",
]


_BLOCK_KINDS = {
    "heading_open": "heading",
    "list_item_open": "list_item",
    "blockquote_open": "quote",
    "th_open": "table",
    "td_open": "table",
}


_KIND_NAMES = frozenset(_BLOCK_KINDS.values())


def markdown_prose(
    text: str, skip: int = 0, index: LineIndex | None = None, *, mdx: bool = False
) -> ProseText:
    """Prose of a Markdown draft; ``skip`` characters of front matter are not parsed
    (``index``: the text's line index, when the caller has one); ``mdx``: the draft is MDX,
    whose ESM, expressions and JSX tags are code (:mod:`~narrlint.text.mdx`)."""
    if index is None:
        index = LineIndex(text)
    first_line = index.position(skip).line - 1 if skip else 0
    # Blank the front matter but keep its line count so token maps stay aligned.
    source = "\n" * first_line + text[index.line_start(first_line + 1) :] if skip else text
    tokens = markdown_parser(mdx).parse(source)
    builder = ProseBuilder(text, mdx_code_ranges(text, skip) if mdx else None)
    # The kind of the innermost enclosing block that has one, for each open block: the last
    # is the kind of inline content met now.
    kinds: list[str] = ["paragraph"]
    row_cursor: dict[int, int] = {}
    directives: list[tuple[int, int]] = []
    mentions = "narrlint" in text
    for token in tokens:
        nesting = token.nesting
        if nesting == 1:
            kind = _BLOCK_KINDS.get(token.type, token.tag)
            kinds.append(kind if kind in _KIND_NAMES else kinds[-1])
        elif nesting == -1 and len(kinds) > 1:
            kinds.pop()
        kind = token.type
        if kind != "inline":
            if kind == "footnote_reference_open" and token.map is not None:
                _footnote_label(text, index, token, row_cursor)
            if token.map is not None:
                if mentions and holds_directive_comment(token):
                    directives.append((token.map[0] + 1, token.map[1]))
                if kind == "html_block" and not html_block_prose(text, index, token, builder):
                    _after_comment(text, index, token, builder)
            continue
        if token.map is None:
            continue
        if mentions and holds_directive_comment(token):
            directives.append((token.map[0] + 1, token.map[1]))
        kind = kinds[-1]
        builder.open_block()
        if token.children is None and "\n" not in token.content:
            plain_line(text, index, token, row_cursor, builder)
        else:
            InlineWalker(text, index, token, row_cursor, builder).walk()
        builder.close_block(kind)
    prose = builder.build()
    prose.directive_lines = tuple(directives)
    return prose


def draft_prose(
    text: str,
    path: str,
    skip: int = 0,
    index: LineIndex | None = None,
    *,
    kind: str | None = None,
) -> ProseText:
    """Prose of the draft at ``path``, read as its kind says (:func:`~narrlint.input.discover.
    draft_kind`: Markdown, MDX with its code masked too, HTML as a browser shows it, or plain
    text), from its name unless the caller knows better (``kind``: an editor's language id,
    nameless stdin read as Markdown). The one place that choice is made, for the linter, the
    corpus and ``--fix``."""
    from narrlint.input.discover import draft_kind

    if kind is None:
        kind = draft_kind(path)
    if kind in ("markdown", "mdx"):
        return markdown_prose(text, skip, index, mdx=kind == "mdx")
    if kind == "html":
        return html_page_prose(text, skip, index)
    return plain_prose(text, skip)


def _footnote_label(text: str, index: LineIndex, token: Token, row_cursor: dict[int, int]) -> None:
    """Put the cursor of a footnote definition's first line past its label (``[^1]:``), a block
    marker like ``>`` or ``-`` but of letters and digits, so the note's text is sought after
    it (and found there even when it repeats the label's words)."""
    line_no = token.map[0] + 1
    if line_no > index.line_count:
        return
    line_start, line_end = index.line_span(line_no, text)
    label = f"[^{token.meta.get('label', '')}]:"
    col = text.find(label, line_start + row_cursor.get(line_no, 0), line_end)
    if col >= 0:
        row_cursor[line_no] = col - line_start + len(label)


def _after_comment(text: str, index: LineIndex, token: Token, builder: ProseBuilder) -> None:
    """The text after the comment that opens an HTML block (``<!-- TODO -->Interim Minister
    …``) whose lines :func:`html_block_prose` could not place (markers markdown-it removed):
    CommonMark makes the whole line the block, so markdown-it gives it no inline content, but
    a reader sees that text (the comment is hidden). It is prose, at its own characters, as a
    paragraph of its own."""
    if not token.content.lstrip().startswith("<!--"):
        return
    line_no = token.map[1]  # the block's last line, holding the comment's end
    if not 0 < line_no <= index.line_count:
        return
    line_start, line_end = index.line_span(line_no, text)
    line = text[line_start:line_end]
    close = line.rfind("-->")
    if close < 0 or "<" in line[close + 3 :]:
        return
    start = close + 3
    while start < len(line) and line[start].isspace():
        start += 1
    end = len(line.rstrip())
    if start < end:
        builder.open_block()
        builder.add(line_start + start, line_start + end)
        builder.close_block("paragraph")


def holds_directive_comment(token: Token) -> bool:
    """Whether a block token is, or its inline content holds, an HTML comment naming narrlint,
    or an MDX comment (``{/* narrlint-… */}``, text to markdown-it; honoured in ``.mdx`` only)
    (not code: a comment in a code block or span is an example)."""
    if token.type == "html_block":
        return "narrlint" in token.content
    if token.type != "inline":
        return False
    if token.children is None:  # a plain line, parsed no further: no code span in it
        return "/*" in token.content and "narrlint" in token.content
    mdx = "/*" in token.content
    return any(
        "narrlint" in child.content
        and (child.type == "html_inline" or (mdx and child.type == "text"))
        for child in token.children
    )
