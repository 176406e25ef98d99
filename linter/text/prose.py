"""The prose of a draft: what a reader reads, with a map back to the original characters.

Markdown is parsed with markdown-it-py. Only the inline content of paragraphs, headings, list
items, block quotes and table cells is prose; code (fenced, indented, inline), HTML blocks and
comments, link and image targets, reference definitions, front matter and bare URLs are masked.

The prose is *compacted* for the NLP pipeline: each masked run and each whitespace run becomes
one space, and blocks are separated by a blank line, so token patterns see clean text. A piece
table maps every character of the compact text back to its offset in the original file, which
keeps every finding's line and column exact.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt, rules_block
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from narrlint.text.invisible import visible_runs
from narrlint.text.positions import LineIndex

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")
_WS_RUN = re.compile(r"\s{2,}|[^\S ]")
_BULLET = re.compile(r"^\s*(?:[•\-*+▪◦·]|\d{1,3}[.)])\s+")
_TERMINAL = re.compile(r"[.!?:;\"”’)\]]\s*$")
_MARKER_CHARS = frozenset(" \t>#-*+.)|0123456789")

BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of prose: a paragraph, heading, list item, quote or table cell."""

    kind: str
    """``paragraph`` | ``heading`` | ``list_item`` | ``quote`` | ``table`` | ``bullet``."""
    start: int
    """Offset in the compact text."""
    end: int


@dataclass(slots=True)
class ProseText:
    """Compact prose plus the piece table that maps it back to the original text."""

    text: str = ""
    blocks: list[Block] = field(default_factory=list)
    _keys: list[int] = field(default_factory=list)
    _pieces: list[tuple[int, int, bool]] = field(default_factory=list)
    directive_lines: tuple[tuple[int, int], ...] | None = None
    """Markdown only: 1-based line ranges (first, last) of the blocks in which markdown-it saw
    an HTML comment naming narrlint, the only places a suppression directive counts
    (:mod:`narrlint.output.suppressions` reads these instead of parsing the draft again)."""

    def to_original(self, offset: int) -> int:
        """Original offset of the compact character at ``offset``."""
        if not self._keys:
            return 0
        index = max(0, bisect_right(self._keys, offset) - 1)
        start = self._keys[index]
        orig, length, synthetic = self._pieces[index]
        if synthetic:
            return orig
        return orig + min(offset - start, max(length - 1, 0))

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` for a compact ``[start, end)``."""
        if end <= start:
            point = self.to_original(start)
            return point, point
        return self.to_original(start), self.to_original(end - 1) + 1


class _Builder:
    """Accumulates prose ranges of the original text into a :class:`ProseText`."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.parts: list[str] = []
        self.length = 0
        self.keys: list[int] = []
        self.pieces: list[tuple[int, int, bool]] = []
        self.blocks: list[Block] = []
        self._block_start: int | None = None
        self._last_orig_end = -1

    def _emit(self, text: str, orig: int, synthetic: bool) -> None:
        if not text:
            return
        self.keys.append(self.length)
        self.pieces.append((orig, len(text), synthetic))
        self.parts.append(text)
        self.length += len(text)

    def _ends_with_space(self) -> bool:
        return bool(self.parts) and self.parts[-1][-1:] in (" ", "\n")

    def open_block(self) -> None:
        self._block_start = None
        self._last_orig_end = -1

    def add(self, start: int, end: int) -> None:
        """Add original ``[start, end)`` as prose of the current block."""
        if end <= start:
            return
        segment = self.original[start:end]
        if "http" not in segment and "www." not in segment:  # no URL: the common case
            self._add_clean(start, end)
            self._last_orig_end = end
            return
        # Mask bare URLs inside prose: their digits are not figures.
        cuts: list[tuple[int, int]] = [(m.start(), m.end()) for m in _URL.finditer(segment)]
        cursor = 0
        for cut_start, cut_end in [*cuts, (len(segment), len(segment))]:
            self._add_clean(start + cursor, start + cut_start)
            cursor = cut_end
        self._last_orig_end = end

    def _add_clean(self, start: int, end: int) -> None:
        if end <= start:
            return
        text = self.original[start:end]
        if not text.isprintable():
            runs = visible_runs(text)
            if runs is not None:  # invisible format characters are gaps, as markup is
                for run_start, run_end in runs:
                    self._add_clean(start + run_start, start + run_end)
                return
        if self._block_start is None:
            stripped = len(text) - len(text.lstrip())
            start += stripped
            text = text[stripped:]
            if not text:
                return
            if self.blocks or self.length:
                self._emit(BLOCK_SEPARATOR, start, True)
            self._block_start = self.length
        else:
            if self._ends_with_space():
                stripped = len(text) - len(text.lstrip())
                start += stripped
                text = text[stripped:]
                if not text:
                    return
            elif self._last_orig_end != start and not text[0].isspace():
                gap = self.original[max(self._last_orig_end, 0) : start]
                if any(c.isspace() or c in "`<" for c in gap):
                    self._emit(" ", start, True)
        if "  " not in text and text.isprintable():
            # No whitespace run to fold: every whitespace character but " " is unprintable.
            self._emit(text, start, False)
            self._last_orig_end = end
            return
        cursor = 0
        for run in _WS_RUN.finditer(text):
            self._emit(text[cursor : run.start()], start + cursor, False)
            if not self._ends_with_space():
                self._emit(" ", start + run.start(), True)
            cursor = run.end()
        self._emit(text[cursor:], start + cursor, False)
        self._last_orig_end = end

    def close_block(self, kind: str) -> None:
        if self._block_start is None:
            return
        # Drop trailing spaces of the block so the separator is the only whitespace.
        while self.parts and self.parts[-1].endswith(" ") and self.pieces[-1][2]:
            self.length -= len(self.parts.pop())
            self.keys.pop()
            self.pieces.pop()
        if self.parts and self.parts[-1].endswith(" "):
            last = self.parts[-1].rstrip(" ")
            removed = len(self.parts[-1]) - len(last)
            self.parts[-1] = last
            orig, length, synthetic = self.pieces[-1]
            self.pieces[-1] = (orig, length - removed, synthetic)
            self.length -= removed
        if self.length > self._block_start:
            self.blocks.append(Block(kind, self._block_start, self.length))
        self._block_start = None

    def build(self) -> ProseText:
        text = "".join(self.parts)
        # A run over either bound is a word over the smaller one: str.split splits at the
        # very characters \s matches, many times faster than searching for runs.
        if max(map(len, text.split()), default=0) > MAX_PUNCT_RUN and _LONG_RUN.search(text):
            return _split_long_runs(text, self.blocks, self.keys, self.pieces)
        return ProseText(text, self.blocks, self.keys, self.pieces)


# ---------------------------------------------------------------------------------------------
# Long runs without whitespace

MAX_PUNCT_RUN = 32
"""Longest run of punctuation and symbols (no letter, digit or space) handed to spaCy as is;
a longer one is cut into pieces of ``PUNCT_PIECE`` (spaCy makes most such characters a token
of their own anyway)."""
PUNCT_PIECE = 8
MAX_RUN = 64
"""Longest run of characters without whitespace handed to spaCy; a longer one is cut into
pieces of this size."""

_LONG_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCT_RUN + 1},}}|\S{{{MAX_RUN + 1},}}")
_PUNCT_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCT_RUN + 1},}}")


def _cuts(text: str) -> list[int]:
    """Offsets at which a synthetic space bounds every run (see :func:`_split_long_runs`)."""
    cuts: list[int] = []
    for run in re.finditer(rf"\S{{{MAX_PUNCT_RUN + 1},}}", text):
        start, end = run.span()
        inner = [
            cut
            for punct in _PUNCT_RUN.finditer(text, start, end)
            for cut in range(punct.start() + PUNCT_PIECE, punct.end(), PUNCT_PIECE)
        ]
        previous = start
        for cut in [*inner, end]:
            cuts.extend(range(previous + MAX_RUN, cut, MAX_RUN))
            if cut < end:
                cuts.append(cut)
            previous = cut
    return cuts


def _split_long_runs(
    text: str, blocks: list[Block], keys: list[int], pieces: list[tuple[int, int, bool]]
) -> ProseText:
    """The prose with a synthetic space inside every over-long run of non-space characters.

    spaCy's tokenizer strips prefixes and suffixes one at a time, searching the rest of the
    token for each, so a token made of 20,000 ``(`` (or ``=``, ``"``, ``'s``, ``€``…) costs the
    square of its length: 24-55 s, and 200,000 never finished. Past :data:`MAX_PUNCT_RUN`
    punctuation characters (then every :data:`PUNCT_PIECE`), or :data:`MAX_RUN` characters of
    any kind, a space is inserted as a
    synthetic piece (like a block separator) that maps to the next original character, so
    every other character keeps its exact original offset and tokens never exceed the bound.
    Ordinary prose has no such run and is left exactly as it was.
    """
    cuts = _cuts(text)
    if not cuts:
        return ProseText(text, blocks, keys, pieces)
    parts: list[str] = []
    new_keys: list[int] = []
    new_pieces: list[tuple[int, int, bool]] = []
    cut_index = 0
    shift = 0
    bounds = [*keys[1:], len(text)]
    for key, end, (orig, _length, synthetic) in zip(keys, bounds, pieces, strict=True):
        position = key
        while cut_index < len(cuts) and cuts[cut_index] < end:
            # A cut lies inside a run of non-space characters, so never in a synthetic piece.
            cut = cuts[cut_index]
            cut_index += 1
            if cut > position:
                new_keys.append(position + shift)
                new_pieces.append((orig + position - key, cut - position, False))
                parts.append(text[position:cut])
            new_keys.append(cut + shift)
            new_pieces.append((orig + cut - key, 1, True))
            parts.append(" ")
            shift += 1
            position = cut
        if end > position:
            new_keys.append(position + shift)
            new_pieces.append(
                (orig if synthetic else orig + position - key, end - position, synthetic)
            )
            parts.append(text[position:end])
    starts = cuts  # a block boundary is never inside a run: shift each by the cuts before it
    moved = [
        Block(b.kind, b.start + bisect_left(starts, b.start), b.end + bisect_left(starts, b.end))
        for b in blocks
    ]
    return ProseText("".join(parts), moved, new_keys, new_pieces)


# ---------------------------------------------------------------------------------------------
# Plain text


def plain_prose(text: str, skip: int = 0) -> ProseText:
    """Prose of a plain-text draft.

    A hard-wrapped file (paragraphs separated by blank lines, lines mostly under 80 characters)
    is read paragraph by paragraph; otherwise, as in wire copy and the seed articles, every line
    is its own block, so headlines and bullets never run into the next sentence.
    """
    builder = _Builder(text)
    lines = _line_spans(text, skip)
    wrapped = _looks_hard_wrapped(text, lines)
    previous_blank = True
    for start, end in lines:
        line = text[start:end]
        if not line.strip():
            builder.close_block("paragraph")
            previous_blank = True
            continue
        bullet = _BULLET.match(line)
        if not wrapped or previous_blank or bullet:
            builder.close_block("paragraph")
            builder.open_block()
        if bullet:
            builder.add(start + bullet.end(), end)
            builder.close_block("bullet")
        else:
            builder.add(start, end)
            if not wrapped:
                kind = "paragraph" if _TERMINAL.search(line) or len(line) > 200 else "heading"
                builder.close_block(kind)
        previous_blank = False
    builder.close_block("paragraph")
    return builder.build()


def _line_spans(text: str, skip: int) -> list[tuple[int, int]]:
    index = LineIndex(text)
    first = index.position(skip).line if skip else 1
    return [index.line_span(n, text) for n in range(first, index.line_count + 1)]


def _looks_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    lengths = [end - start for start, end in lines if end > start]
    if len(lengths) < 4:
        return False
    blank = sum(1 for start, end in lines if not text[start:end].strip())
    short = sum(1 for n in lengths if n <= 80)
    return blank > 0 and short / len(lengths) > 0.9 and len(lengths) / (blank + 1) >= 2


# ---------------------------------------------------------------------------------------------
# Markdown


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    # Keep escapes and entities as separate tokens so their source length is known.
    md.disable("text_join")
    # Past its nesting limit markdown-it drops the rest of the enclosing block, which for a
    # list item is the rest of the document: never drop prose (see _tokenize_bounded).
    md.block.tokenize = _tokenize_bounded.__get__(md.block)
    md.core.ruler.at("inline", _inline_where_needed)
    # A link's destination is skipped, never read: no need to percent-encode it.
    md.normalizeLink = _same
    if set(md.inline.ruler.get_active_rules()) <= _TERMINATED_RULES:
        md.inline.terminator_re = _TERMINATORS
    return md


_TERMINATORS = re.compile(r"[\n!&*<\[\\\]_`~]")
"""The characters at which markdown-it's ``text`` rule stops so that another inline rule may
start: those of the enabled rules (newline, image, entity, emphasis, autolink and HTML,
link and its label's end, escape, code, strikethrough). markdown-it also stops at the ones
only extensions use (``-``, ``:``, ``#``, ``%``, ``+``, ``=``…), then tries every rule in vain
and takes the character as text: the same text tokens, more slowly (``-`` and ``:`` are
common in news prose)."""
_TERMINATED_RULES = frozenset(
    {"text", "newline", "escape", "backticks", "strikethrough", "emphasis", "link", "image"}
    | {"autolink", "html_inline", "entity"}
)
"""The inline rules :data:`_TERMINATORS` serves; with any other enabled, markdown-it's own
set stays."""


def _same(url: str) -> str:
    return url


_INLINE_SYNTAX = re.compile(r"[\\`*_~\[<&]| \n")
"""What any enabled inline rule other than plain text and soft line breaks starts with (escape,
code, emphasis, strikethrough, link, image, autolink, HTML, entity), or a hard line break."""


def _inline_where_needed(state: StateCore) -> None:
    """markdown-it's core ``inline`` rule, run only on blocks that hold inline syntax.

    Most paragraphs of a news draft are plain text, whose inline parse would yield only text
    and soft breaks, each prose: there ``children`` stays ``None`` and the whole content is
    prose (:meth:`_InlineWalker.walk`). The inline parse was about 40% of markdown-it's time.
    """
    md = state.md
    for token in state.tokens:
        if token.type != "inline":
            continue
        if _INLINE_SYNTAX.search(token.content):
            token.children = []
            md.inline.parse(token.content, md, state.env, token.children)
        else:
            token.children = None


_CONTAINER_RULES = (rules_block.blockquote, rules_block.list_block)

_FIRST_CHARS = {
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*-+0123456789",
    "reference": "[",
    "html_block": "<",
    "heading": "#",
}
"""The block rules that can only match a line whose first non-space character is one of
these (each returns False at once otherwise, having changed nothing)."""


@dataclass(frozen=True, slots=True)
class _Dispatch:
    """A block ruler's rules for a line, by the line's first character (see ``_dispatch``)."""

    rules: list
    """Every rule, in order: a line indented as code (and the code rule only matches it)."""
    by_char: dict[str, tuple[list, list]]
    """First character → (rules, leaf rules) that may match a line starting with it."""
    plain: tuple[list, list]
    """Rules and leaf rules for a line starting with any other character."""


_DISPATCH: dict[int, tuple[list, _Dispatch]] = {}


def _dispatch(ruler) -> _Dispatch:
    """The rules of ``ruler`` sorted by the first characters they can match, built once.

    A line of prose starts with a letter: only ``table`` (which looks at the next line),
    ``lheading`` and ``paragraph`` can match it, yet markdown-it tries all eleven rules on
    every block (each a call and a debug log). Rules keep their order, so the first that
    matches is the same as when all are tried.
    """
    rules = ruler.getRules("")
    cached = _DISPATCH.get(id(ruler))
    if cached is not None and cached[0] is rules:
        return cached[1]
    names = {rule.fn: rule.name for rule in ruler.__rules__ if rule.enabled}

    def usable(char: str | None) -> tuple[list, list]:
        kept = [
            rule
            for rule in rules
            if names.get(rule) != "code"
            and (
                names.get(rule) not in _FIRST_CHARS or (char and char in _FIRST_CHARS[names[rule]])
            )
        ]
        return kept, [rule for rule in kept if rule not in _CONTAINER_RULES]

    chars = {char for name in _FIRST_CHARS for char in _FIRST_CHARS[name]}
    found = _Dispatch(rules, {char: usable(char) for char in chars}, usable(None))
    _DISPATCH[id(ruler)] = (rules, found)
    return found


def _tokenize_bounded(self, state: StateBlock, start_line: int, end_line: int) -> None:
    """markdown-it's block tokenizer, except at the nesting limit, and trying at each line only
    the rules that can match its first character (:func:`_dispatch`).

    markdown-it's own loop, once ``state.level`` reaches ``maxNesting`` (20: ten nested list
    items, or twenty block quotes), sets ``state.line = endLine`` and stops: every later line
    of the enclosing block, which for a list item opened on the first line is the whole rest of
    the document, yields no token, and its paragraphs would never be linted. Here, at the
    limit, no further list or block quote is opened: the deeper lines are read with the leaf
    rules only (paragraph, heading, code…), so they stay prose with their markers as text, and
    the recursion (hence Python's stack) stays bounded by the same limit.
    """
    dispatch = _dispatch(self.ruler)
    leaf_rules = [rule for rule in dispatch.rules if rule not in _CONTAINER_RULES]
    line = start_line
    max_nesting = state.md.options.maxNesting
    has_empty_lines = False
    src, b_marks, t_shift, s_count = state.src, state.bMarks, state.tShift, state.sCount
    while line < end_line:
        state.line = line = state.skipEmptyLines(line)
        if line >= end_line:
            break
        if s_count[line] < state.blkIndent:
            break  # the end of a nested block quote or list item
        nested = state.level < max_nesting
        if state.is_code_block(line):
            active = dispatch.rules if nested else leaf_rules
        else:
            rules, leaves = dispatch.by_char.get(src[b_marks[line] + t_shift[line]], dispatch.plain)
            active = rules if nested else leaves
        for rule in active:
            if rule(state, line, end_line, False):
                if state.line <= line:
                    raise RuntimeError("block rule didn't increment state.line")
                break
        else:
            raise RuntimeError("none of the block rules matched")
        state.tight = not has_empty_lines
        line = state.line
        if (line - 1) < end_line and state.isEmpty(line - 1):
            has_empty_lines = True
        if line < end_line and state.isEmpty(line):
            has_empty_lines = True
            line += 1
            state.line = line


_BLOCK_KINDS = {
    "heading_open": "heading",
    "list_item_open": "list_item",
    "blockquote_open": "quote",
    "th_open": "table",
    "td_open": "table",
}


_KIND_NAMES = frozenset(_BLOCK_KINDS.values())


def markdown_prose(text: str, skip: int = 0, index: LineIndex | None = None) -> ProseText:
    """Prose of a Markdown draft; ``skip`` characters of front matter are not parsed
    (``index``: the text's line index, when the caller has one)."""
    if index is None:
        index = LineIndex(text)
    first_line = index.position(skip).line - 1 if skip else 0
    # Blank the front matter but keep its line count so token maps stay aligned.
    source = "\n" * first_line + text[index.line_start(first_line + 1) :] if skip else text
    tokens = _markdown().parse(source)
    builder = _Builder(text)
    stack: list[str] = []
    row_cursor: dict[int, int] = {}
    directives: list[tuple[int, int]] = []
    mentions = "narrlint" in text
    for token in tokens:
        if token.nesting == 1:
            stack.append(_BLOCK_KINDS.get(token.type, token.tag))
        elif token.nesting == -1 and stack:
            stack.pop()
        if mentions and token.map is not None and holds_directive_comment(token):
            directives.append((token.map[0] + 1, token.map[1]))
        if token.type == "html_block" and token.map is not None:
            _after_comment(text, index, token, builder)
        if token.type != "inline" or token.map is None:
            continue
        kind = next((k for k in reversed(stack) if k in _KIND_NAMES), "paragraph")
        builder.open_block()
        if token.children is None and "\n" not in token.content:
            _plain_line(text, index, token, row_cursor, builder)
        else:
            _InlineWalker(text, index, token, row_cursor, builder).walk()
        builder.close_block(kind)
    prose = builder.build()
    prose.directive_lines = tuple(directives)
    return prose


def _after_comment(text: str, index: LineIndex, token: Token, builder: _Builder) -> None:
    """The text after the comment that opens an HTML block (``<!-- TODO -->Interim Minister
    …``): CommonMark makes the whole line the block, so markdown-it gives it no inline
    content, but a reader sees that text (the comment is hidden). It is prose, at its own
    characters, as a paragraph of its own."""
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
    """Whether a block token is, or its inline content holds, an HTML comment naming narrlint
    (not code: a comment in a code block or span is an example)."""
    if token.type == "html_block":
        return "narrlint" in token.content
    return token.type == "inline" and any(
        child.type == "html_inline" and "narrlint" in child.content
        for child in token.children or ()
    )


def _plain_line(
    text: str, index: LineIndex, token: Token, row_cursor: dict[int, int], builder: _Builder
) -> None:
    """What :class:`_InlineWalker` does for inline content that is plain text on one line
    (most paragraphs of a news draft): the whole content is prose, found on its line after
    the block markers."""
    content = token.content
    line_no = token.map[0] + 1
    if not content or line_no > index.line_count:
        return
    line_start, line_end = index.line_span(line_no, text)
    col, lead = _find_piece(text[line_start:line_end], content, row_cursor.get(line_no, 0))
    if col >= 0:
        size = len(content) - lead
        row_cursor[line_no] = col + size
        builder.add(line_start + col, line_start + col + size)


class _InlineWalker:
    """Finds each inline child of a markdown-it inline token in the original text.

    markdown-it-py gives line maps for blocks but no character offsets inside them, so the
    walker aligns the inline token's ``content`` (block markers stripped) with the original
    lines, then walks the children in order with a forward-only cursor. Anything it cannot
    place is left as prose rather than dropped, so positions are always real characters.
    """

    def __init__(
        self,
        text: str,
        index: LineIndex,
        token: Token,
        row_cursor: dict[int, int],
        builder: _Builder,
    ) -> None:
        self.text = text
        self.token = token
        self.builder = builder
        self.content = token.content
        self.segments = self._align(index, row_cursor)
        self._segment_starts = [segment[0] for segment in self.segments]

    def _align(self, index: LineIndex, row_cursor: dict[int, int]) -> list[tuple[int, int, int]]:
        """Where the content lies in the original, as segments ``(start, end, original)``.

        Content character ``i`` of a segment is original character ``original + i - start``;
        a character in no segment has no original. Segments (one per line, its newline
        included), not a per-character table: this runs on every paragraph of every draft.
        """
        start_line = self.token.map[0] + 1
        segments: list[tuple[int, int, int]] = []
        cursor = 0
        for number, piece in enumerate(self.content.split("\n")):
            line_no = start_line + number
            size = len(piece) + 1  # the piece and its newline
            if line_no <= index.line_count:
                line_start, line_end = index.line_span(line_no, self.text)
                line = self.text[line_start:line_end]
                col, lead = _find_piece(line, piece, row_cursor.get(line_no, 0))
                if col >= 0:
                    row_cursor[line_no] = col + len(piece) - lead
                    segments.append((cursor + lead, cursor + size, line_start + col))
            cursor += size
        limit = len(self.content)
        return [(a, min(b, limit), o) for a, b, o in segments if a < limit]

    def _prose(self, start: int, end: int) -> None:
        """Mark content ``[start, end)`` as prose, in maximal runs of consecutive originals."""
        run_start = run_end = -1
        segments = self.segments
        k = max(bisect_right(self._segment_starts, start) - 1, 0)
        while k < len(segments):
            first, last, orig = segments[k]
            if first >= end:
                break
            low, high = max(first, start), min(last, end)
            if low < high:
                orig_low, orig_high = orig + low - first, orig + high - first
                if run_start < 0:
                    run_start, run_end = orig_low, orig_high
                elif orig_low == run_end:
                    run_end = orig_high
                else:
                    self.builder.add(run_start, run_end)
                    run_start, run_end = orig_low, orig_high
            k += 1
        if run_start >= 0:
            self.builder.add(run_start, run_end)

    def walk(self) -> None:
        content = self.content
        if self.token.children is None:  # plain text (see _inline_where_needed)
            self._prose(0, len(content))
            return
        cursor = 0
        children = self.token.children
        i = 0
        while i < len(children):
            child = children[i]
            kind = child.type
            if kind in ("text", "softbreak", "hardbreak"):
                literal = child.content if kind == "text" else ""
                if kind == "text":
                    found = content.find(literal, cursor)
                    if found >= 0:
                        self._prose(found, found + len(literal))
                        cursor = found + len(literal)
                else:
                    newline = content.find("\n", cursor)
                    if newline >= 0:
                        self._prose(newline, newline + 1)
                        cursor = newline + 1
            elif kind == "text_special":
                found = content.find(child.markup, cursor)
                if found >= 0:
                    if child.info == "escape":
                        self._prose(found + 1, found + len(child.markup))
                    cursor = found + len(child.markup)
            elif kind == "code_inline":
                cursor = self._skip_code(cursor, child.markup)
            elif kind == "html_inline":
                found = content.find(child.content, cursor)
                if found >= 0:
                    cursor = found + len(child.content)
            elif kind == "image":
                cursor = self._skip_bracketed(cursor, "![")
            elif kind == "link_open":
                if child.markup == "autolink":
                    cursor = self._skip_autolink(cursor)
                    while i < len(children) and children[i].type != "link_close":
                        i += 1
                else:
                    found = content.find("[", cursor)
                    if found >= 0:
                        cursor = found + 1
            elif kind == "link_close":
                cursor = self._skip_link_target(cursor)
            elif child.markup:
                found = content.find(child.markup, cursor)
                if found >= 0:
                    cursor = found + len(child.markup)
            i += 1

    def _skip_code(self, cursor: int, markup: str) -> int:
        pattern = re.compile(rf"(?<!`){re.escape(markup)}(?!`)")
        opening = pattern.search(self.content, cursor)
        if not opening:
            return cursor
        closing = pattern.search(self.content, opening.end())
        return closing.end() if closing else opening.end()

    def _skip_autolink(self, cursor: int) -> int:
        found = self.content.find("<", cursor)
        close = self.content.find(">", found + 1) if found >= 0 else -1
        return close + 1 if close >= 0 else cursor

    def _skip_bracketed(self, cursor: int, opener: str) -> int:
        found = self.content.find(opener, cursor)
        if found < 0:
            return cursor
        close = _matching(self.content, found + len(opener) - 1, "[", "]")
        if close < 0:
            return cursor
        return self._skip_link_target(close)

    def _skip_link_target(self, cursor: int) -> int:
        """From a link's closing ``]``: skip ``](dest "title")``, ``][ref]`` or ``]``."""
        content = self.content
        found = content.find("]", cursor)
        if found < 0:
            return cursor
        after = found + 1
        if content.startswith("(", after):
            close = _matching(content, after, "(", ")")
            return close + 1 if close >= 0 else after
        if content.startswith("[", after):
            close = content.find("]", after)
            return close + 1 if close >= 0 else after
        return after


def _matching(text: str, start: int, opener: str, closer: str) -> int:
    """Index of the ``closer`` that balances the ``opener`` at ``start`` (-1: none); a
    backslash escapes the character after it. Jumps from one of these characters to the next
    (a link's destination is mostly other characters)."""
    pattern = _bracket_pattern(opener, closer)
    depth = 0
    i = start
    while True:
        found = pattern.search(text, i)
        if found is None:
            return -1
        i = found.start()
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == opener:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return i
        i += 1


@lru_cache(maxsize=4)
def _bracket_pattern(opener: str, closer: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(chr(92) + opener + closer)}]")


def _find_after_markers(line: str, piece: str, from_col: int) -> int:
    """Column of ``piece`` in ``line`` where only block markers precede it."""
    if not piece:
        return from_col if from_col <= len(line) else -1
    col = line.find(piece, from_col)
    while col >= 0:
        if not col or from_col > 0 or all(c in _MARKER_CHARS or c.isspace() for c in line[:col]):
            return col
        col = line.find(piece, col + 1)
    return -1


def _find_piece(line: str, piece: str, from_col: int) -> tuple[int, int]:
    """``(column, lead)``: where ``piece`` lies in ``line`` after the block markers, and how
    many of its first characters have no original (``-1`` column: nowhere).

    markdown-it strips Unicode spaces (a no-break space pasted from a word processor) before
    a paragraph's text, which the marker test above lets stand before it, and it expands a
    tab it partly consumed into spaces the original never had (a list item's continuation
    line indented with a tab): such a piece is found without those spaces, and they are left
    without an original rather than the whole line being dropped.
    """
    col = _find_after_markers(line, piece, from_col)
    if col >= 0 or not piece.startswith(" "):
        return col, 0
    stripped = piece.lstrip(" ")
    col = _find_after_markers(line, stripped, from_col) if stripped else -1
    return col, len(piece) - len(stripped)
