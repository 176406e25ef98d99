"""The text a browser shows in an HTML block (a CMS export, a saved page, a ``<div>``).

CommonMark makes ``<p>Pakistan gave …</p>``, ``<div>Twelve people were killed.</div>`` or a
whole ``<!DOCTYPE html>`` page an HTML block with no inline content, so every finding in it
was lost without a word (robustness probes r7 D2, r9 hole 1: blocks opened by a ``<div>`` or
any tag other than a text element were still masked). Every HTML block is read as a browser
shows it: tags are gaps, block-level tags separate blocks, entities are their characters, and
comments, scripts, styles, code, preformatted text, media and the page's head are not prose
(an embed with no text gives none). Every piece maps back to its original characters.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from narrlint.text.positions import LineIndex
from narrlint.text.prose_builder import ProseBuilder
from narrlint.text.prose_text import ProseText

if TYPE_CHECKING:  # the Markdown parser is loaded by a lint, not by html_date's tag_end
    from markdown_it.token import Token

_ENTITY_TEXT = r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
"""A character reference: ``&amp;``, ``&#8217;``, ``&#x2019;``."""
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"  # a comment (unclosed: to the block's end)
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*>?"  # a declaration or processing instruction
    r"|</?([A-Za-z][A-Za-z0-9-]{0,40})"  # a tag's opening: tag_end finds where it ends
    rf"|{_ENTITY_TEXT}",
    re.DOTALL,
)
_UNQUOTED = re.compile(r"[^<>\"'=]*")
_ALT = re.compile(
    r"[\s\"'/]alt[ \t\n\r\f]*=[ \t\n\r\f]*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+))",
    re.IGNORECASE,
)
_ENTITY = re.compile(_ENTITY_TEXT)


def alt_pieces(tag: str) -> list[tuple[int, int, str | None]]:
    """The alt text of ``tag`` (an ``<img …>`` tag's whole markup) as pieces ``(start, end,
    char)`` of the tag: plain characters (``char`` None) and entities (``char``, what they
    stand for); no pieces for another tag or an image with no alt text.

    Alt text is what a screen reader says at the image's place and a browser shows where the
    image does not load: prose, as a Markdown image's alt text is (r17). Markdown, HTML
    blocks, HTML pages and inline HTML read it through here."""
    if tag[:4].lower() != "<img" or not tag[4:5].isspace():
        return []
    found = _ALT.search(tag, 4)
    if found is None:
        return []
    group = next(n for n in (1, 2, 3) if found.group(n) is not None)
    start, end = found.span(group)
    pieces: list[tuple[int, int, str | None]] = []
    for entity in _ENTITY.finditer(tag, start, end):
        pieces.append((start, entity.start(), None))
        pieces.append((entity.start(), entity.end(), html.unescape(entity.group())))
        start = entity.end()
    pieces.append((start, end, None))
    return [piece for piece in pieces if piece[1] > piece[0]]


def read_alt(
    tag: str,
    at: int,
    plain: Callable[[int, int], None],
    decoded: Callable[[int, int, str], None],
) -> None:
    """Hand over the alt text of ``tag`` (an ``<img …>`` tag at offset ``at`` of the caller's
    text) as a word of its own, as a screen reader says it: a space in place of the tag's
    first and last characters, so that it is never glued to the text beside the image, then
    its plain pieces through ``plain`` and its entities through ``decoded`` (both in the
    caller's offsets). HTML content and Markdown inline HTML read it through here."""
    pieces = alt_pieces(tag)
    if not pieces:
        return
    decoded(at, at + 1, " ")
    for first, last, char in pieces:
        if char is None:
            plain(at + first, at + last)
        else:
            decoded(at + first, at + last, char)
    decoded(at + len(tag) - 1, at + len(tag), " ")


_SPACE = re.compile(r"[ \t\n\r\f]*")


def tag_end(text: str, cursor: int, dead: set[int]) -> int | None:
    """Where the tag whose name ends at ``cursor`` ends (after its ``>``), or None when it is
    no tag (a ``<`` outside a quoted value, or the end of the text, comes first: the ``<`` is
    text, as in "if a <b then", and the tags after it are still read).

    A value quoted after ``=`` runs to its closing quote, ``<`` and ``>`` included, as a
    browser reads it: ``title="a<b"`` or ``data-rule='x > 0'``. (Before r17 a ``<`` in a
    quoted value ended the try, so the whole tag, attribute text and all, was read as
    prose.) ``dead`` holds the opening quotes from which no tag end can be reached; filled
    and read here, it makes a whole text's scan linear however many tags fail."""
    length = len(text)
    opened: list[int] = []
    while True:
        cursor = _UNQUOTED.match(text, cursor).end()
        if cursor >= length or text[cursor] == "<":
            dead.update(opened)
            return None
        char = text[cursor]
        if char == ">":
            return cursor + 1
        if char != "=":  # a quote inside a name ('<p don't>'): a character of the name
            cursor += 1
            continue
        cursor = _SPACE.match(text, cursor + 1).end()
        if cursor >= length or text[cursor] not in "\"'":
            continue
        if cursor in dead:
            dead.update(opened)
            return None
        opened.append(cursor)
        close = text.find(text[cursor], cursor + 1)
        if close < 0:
            dead.update(opened)
            return None
        cursor = close + 1


HIDDEN_ELEMENTS = frozenset(
    [
        "head",
        "title",  # the tab's name, never the page's text, with or without its <head>
        "script",
        "style",
        "pre",
        "code",
        "textarea",
        "template",
        "noscript",
        "svg",
        "math",
        "iframe",
        "object",
        "select",
        "video",
        "audio",
        "canvas",
    ]
)
"""Elements whose content a browser does not show as text (or that is code): never prose, in
an HTML block or inline in a paragraph."""


def closing_tag(name: str) -> re.Pattern[str]:
    """The tag that closes element ``name`` (``</script >``, any case): where a hidden
    element's content ends, in an HTML block or inline."""
    return re.compile(rf"</{re.escape(name)}\s*>", re.IGNORECASE)


_BLOCKS = frozenset(
    [
        "html",
        "body",
        "main",
        "article",
        "section",
        "header",
        "footer",
        "aside",
        "nav",
        "div",
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "blockquote",
        "figure",
        "figcaption",
        "address",
        "details",
        "summary",
        "hr",
        "form",
        "fieldset",
        "legend",
        "center",
        "pre",
        "head",
    ]
)
_KINDS = {
    **{f"h{n}": "heading" for n in range(1, 7)},
    "li": "list_item",
    "td": "table",
    "th": "table",
    "blockquote": "quote",
}


def html_block_prose(text: str, index: LineIndex, token: Token, builder: ProseBuilder) -> bool:
    """Add the shown text of the HTML block ``token`` to ``builder``; False (nothing added)
    when its lines cannot be found in the original (a block inside a quote or list whose
    markers markdown-it removed in a way not undone here)."""
    content = token.content
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    first = token.map[0] + 1
    if first + len(lines) - 1 > index.line_count:
        return False
    # where each content line starts in the original text
    starts: list[int] = []
    for number, line in enumerate(lines):
        line_start, line_end = index.line_span(first + number, text)
        if not text[line_start:line_end].endswith(line):
            return False
        starts.append(line_end - len(line))
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)

    def add_text(start: int, end: int) -> None:
        """Content ``[start, end)``, line by line, at its original characters."""
        number = _line_of(offsets, start)
        while start < end:
            line_end = offsets[number] + len(lines[number])
            stop = min(end, line_end)
            if stop > start:
                begin = starts[number] + start - offsets[number]
                builder.add(begin, begin + stop - start)
            start = line_end + 1
            number += 1

    def original(offset: int) -> int:
        number = _line_of(offsets, offset)
        return starts[number] + offset - offsets[number]

    _read_shown(content, builder, add_text, original)
    return True


def html_page_prose(text: str, skip: int = 0, index: LineIndex | None = None) -> ProseText:
    """Prose of a draft that is an HTML file (``.html``: a CMS export, a saved page): the
    whole text after ``skip`` (front matter) read as a browser shows it. Lines holding an HTML
    comment that names narrlint become the prose's ``directive_lines``, so its
    ``<!-- narrlint-disable … -->`` comments silence findings as in Markdown. ``index``: the
    draft's line index where the caller has it."""
    builder = ProseBuilder(text)
    content = text[skip:]

    def add_text(start: int, end: int) -> None:
        builder.add(skip + start, skip + end)

    comments = _read_shown(content, builder, add_text, lambda offset: skip + offset)
    prose = builder.build()
    if comments and index is None:
        index = LineIndex(text)
    prose.directive_lines = tuple(
        (index.position(skip + start).line, index.position(skip + end).line)
        for start, end in comments
    )
    return prose


def _read_shown(
    content: str,
    builder: ProseBuilder,
    add_text: Callable[[int, int], None],
    original: Callable[[int], int],
) -> list[tuple[int, int]]:
    """Hand ``builder`` the text of ``content`` a browser shows, block by block
    (``add_text`` and ``original`` map content offsets to the original text); the content
    ranges of the comments that name narrlint, which a draft's directives live in."""
    comments: list[tuple[int, int]] = []
    kind = "paragraph"
    builder.open_block()
    cursor = look = 0
    length = len(content)
    dead: set[int] = set()
    while cursor < length:
        found = _MARKUP.search(content, look)
        start = found.start() if found else length
        end = found.end() if found else length
        if found and found.group(1):
            closed = tag_end(content, end, dead)
            if closed is None:  # a "<" that opens no tag is text
                look = start + 1
                continue
            end = closed
        add_text(cursor, start)
        if not found:
            break
        cursor = look = end
        markup = content[start:end]
        if markup.startswith("&"):
            char = html.unescape(markup)
            if char != markup:
                builder.add_decoded(original(start), original(start) + len(markup), char)
            continue
        if markup.startswith("<!--") and "narrlint" in markup:
            comments.append((start, cursor))
        name = (found.group(1) or "").lower()
        if not name:
            continue
        closing = markup.startswith("</")
        if name == "img":  # an entity and a space each lie on one line: end mapped from start
            read_alt(
                markup,
                start,
                add_text,
                lambda a, b, char: builder.add_decoded(original(a), original(a) + b - a, char),
            )
        if name in _BLOCKS:
            builder.close_block(kind)
            builder.open_block()
            kind = "paragraph" if closing else _KINDS.get(name, "paragraph")
        if name in HIDDEN_ELEMENTS and not closing and not markup.endswith("/>"):
            shut = closing_tag(name).search(content, cursor)
            cursor = look = shut.end() if shut else length
    builder.close_block(kind)
    return comments


def _line_of(offsets: list[int], offset: int) -> int:
    """0-based content line holding ``offset`` (``offsets``: each line's start, then the end)."""
    return max(0, min(bisect_right(offsets, offset) - 1, len(offsets) - 2))
