"""Where the inline content of a markdown-it block lies in the original text.

markdown-it-py gives line maps for blocks but no character offsets inside them. This module
finds each piece of an inline token's content on its original line (after the block markers)
and walks the inline children, handing the builder only the characters that are prose: text,
escapes, link labels and image alt text, never code, HTML, link or image targets or
autolinks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from markdown_it.token import Token

from narrlint.text.html_prose import HIDDEN_ELEMENTS, closing_tag, read_alt
from narrlint.text.positions import LineIndex
from narrlint.text.prose_builder import ProseBuilder

_NOTE_LABEL = re.compile(r"\^[\w-]{1,20}|\d{1,3}|[a-z]")
"""A linked marker's label: a footnote, a number, one letter (a word is a link's words)."""
_NOTE_BEFORE = re.compile(r"[^\W_]|[.,;:!?'\"’”)\]]")
_SUP_OPEN = re.compile(r"<sup(?:\s[^>]*)?>", re.IGNORECASE)
_SUP_CLOSE = re.compile(r"</sup\s*>", re.IGNORECASE)
_MARKER_CHARS = frozenset(" \t>#-*+.)|0123456789")


def plain_line(
    text: str, index: LineIndex, token: Token, row_cursor: dict[int, int], builder: ProseBuilder
) -> None:
    """What :class:`InlineWalker` does for inline content that is plain text on one line
    (most paragraphs of a news draft): the whole content is prose, found on its line after
    the block markers."""
    content = token.content
    line_no = token.map[0] + 1
    if not content or line_no > index.line_count:
        return
    if line_no not in row_cursor and text.startswith(content, index.line_start(line_no)):
        # the line is the paragraph, where _find_piece would find it first: no slice, no search
        line_start = index.line_start(line_no)
        row_cursor[line_no] = len(content)
        builder.add(line_start, line_start + len(content))
        return
    line_start, line_end = index.line_span(line_no, text)
    line = text[line_start:line_end]
    col, lead = _find_piece(line, content, row_cursor.get(line_no, 0))
    if col >= 0:
        size = len(content) - lead
        row_cursor[line_no] = col + size
        builder.add(line_start + col, line_start + col + size)
        return
    for first, last, original in _escaped_cell(line, content, row_cursor, line_no):
        builder.add(line_start + original, line_start + original + last - first)


class InlineWalker:
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
        builder: ProseBuilder,
    ) -> None:
        self.text = text
        self.token = token
        self.builder = builder
        self.content = token.content
        self.segments = self._align(index, row_cursor)
        self._segment_starts = [segment[0] for segment in self.segments]
        if len(self.segments) == 1:  # content on one line (most): no run to join
            self._prose = self._prose_one  # type: ignore[method-assign]

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
                else:
                    parts = _escaped_cell(line, piece, row_cursor, line_no)
                    segments.extend((cursor + a, cursor + b, line_start + o) for a, b, o in parts)
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

    def _prose_one(self, start: int, end: int) -> None:
        """:meth:`_prose` of content that lies in one segment."""
        first, last, orig = self.segments[0]
        low = start if start > first else first
        high = end if end < last else last
        if low < high:
            self.builder.add(orig + low - first, orig + high - first)

    def _decoded(self, start: int, end: int, char: str) -> None:
        """Content ``[start, end)`` (an HTML entity, ``&nbsp;``, ``&#8217;``) read as
        ``char``, the character it stands for: dropped, it glued the words around it
        (``12&nbsp;people`` read ``12people``) and hid every finding on them."""
        k = bisect_right(self._segment_starts, start) - 1
        if k < 0:
            return
        first, last, orig = self.segments[k]
        if end <= last:
            self.builder.add_decoded(orig + start - first, orig + end - first, char)

    def walk(self) -> None:
        if self.token.children is None:  # plain text (see _inline_where_needed)
            self._prose(0, len(self.content))
            return
        self._walk(self.token.children, 0)

    def _walk(self, children: list[Token], cursor: int) -> int:
        """Hand the builder the prose of ``children`` from content ``cursor`` on; where the
        walk ended."""
        content = self.content
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
                    elif child.info == "entity":
                        self._decoded(found, found + len(child.markup), child.content)
                    cursor = found + len(child.markup)
            elif kind == "code_inline":
                cursor = self._skip_code(cursor, child.markup)
            elif kind == "html_inline":
                close = self._note_sup(children, i) or _hidden_close(children, i)
                if close:  # a footnote marker in <sup>…</sup>, or <code>…</code>: markup
                    found = content.find(children[close].content, cursor)
                    i = close
                    child = children[close]
                else:
                    found = content.find(child.content, cursor)
                if found >= 0:
                    cursor = found + len(child.content)
                    read_alt(child.content, found, self._prose, self._decoded)
            elif kind == "image":
                cursor = self._image(child, cursor)
            elif kind == "link_open":
                if child.markup == "autolink":
                    cursor = self._skip_autolink(cursor)
                    while i < len(children) and children[i].type != "link_close":
                        i += 1
                else:
                    found = content.find("[", cursor)
                    if found >= 0 and self._note_link(children, i, found):
                        cursor = self._skip_link_target(found + 1)
                        i += 3  # its label and link_close
                        continue
                    if found >= 0:
                        cursor = found + 1
            elif kind == "link_close":
                cursor = self._skip_link_target(cursor)
            elif child.markup:
                found = content.find(child.markup, cursor)
                if found >= 0:
                    cursor = found + len(child.markup)
            i += 1
        return cursor

    def _image(self, image: Token, cursor: int) -> int:
        """Read an image's alt text in place, skip its target: the alt text is what a screen
        reader says and a browser shows where the image does not load, at the image's place
        in the sentence, so it is published prose (Vale lints it as its ``alt`` scope). Until
        r17 it was skipped with the target, so a toll or a title in a caption-like alt text
        was never read."""
        found = self.content.find("![", cursor)
        if found < 0:
            return cursor
        close = _matching(self.content, found + 1, "[", "]")
        if close < 0 or not image.children:
            return self._skip_bracketed(cursor, "![")
        # a word of its own, as a screen reader says it: never glued to the text or to the
        # alt text of an image beside it ('![a](x)![b](y)' is no word 'ab')
        self._decoded(found, found + 2, " ")
        self._walk(image.children, found + 2)
        self._decoded(close, close + 1, " ")
        return self._skip_link_target(close)

    def _note_link(self, children: list[Token], i: int, found: int) -> bool:
        """Whether the link opening at ``children[i]`` (its ``[`` at content ``found``) is a
        citation marker glued to a word, ``Afghans[5]`` with a ``[5]: url`` definition: a
        gap, as the unlinked marker is (:data:`narrlint.text.prose_builder.NOTE_MARK`),
        not a ``5`` glued to the word."""
        if i + 2 >= len(children) or children[i + 2].type != "link_close":
            return False
        label = children[i + 1]
        return (
            label.type == "text"
            and _NOTE_LABEL.fullmatch(label.content) is not None
            and found > 0
            and _NOTE_BEFORE.match(self.content, found - 1) is not None
        )

    @staticmethod
    def _note_sup(children: list[Token], i: int) -> int:
        """The index of the ``</sup>`` closing a footnote marker opened at ``children[i]``
        (``people<sup>5</sup>``, ``<sup><a href="#fn1">[1]</a></sup>``), or 0: a marker is
        drawn small beside the words and read by nobody as part of the sentence, so its
        number must not join the text (``people5 were killed`` read as a toll of 5)."""
        if not _SUP_OPEN.fullmatch(children[i].content):
            return 0
        label = ""
        for j in range(i + 1, min(i + 6, len(children))):
            child = children[j]
            if child.type == "html_inline" and _SUP_CLOSE.fullmatch(child.content):
                return j if _NOTE_LABEL.fullmatch(label.strip("[]")) else 0
            if child.type == "text":
                label += child.content
            elif child.type not in ("html_inline", "link_open", "link_close"):
                return 0
        return 0

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


_OPEN_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)[\s>]")


def _hidden_close(children: list[Token], i: int) -> int:
    """The index of the tag closing an inline element a browser does not show as text,
    opened at ``children[i]`` (``<script>…</script>``, ``<code>…</code>``, as a code span is
    not prose), or 0 (not such an element, or never closed in the paragraph)."""
    opened = _OPEN_TAG.match(children[i].content)
    if opened is None or children[i].content.endswith("/>"):
        return 0
    name = opened.group(1).lower()
    if name not in HIDDEN_ELEMENTS:
        return 0
    closing = closing_tag(name)
    for j in range(i + 1, len(children)):
        if children[j].type == "html_inline" and closing.fullmatch(children[j].content):
            return j
    return 0


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


def _escaped_cell(
    line: str, piece: str, row_cursor: dict[int, int], line_no: int
) -> list[tuple[int, int, int]]:
    """A table cell's content that holds an escaped pipe, placed on its line: ``(start,
    end, column)`` runs, content ``[start, end)`` at ``column`` on, one run per pipe (none:
    not such a cell, or not found). markdown-it drops the backslash of every ``\\|`` in a row
    before splitting it into cells, so ``x \\| y`` is the content ``x | y``, found nowhere on
    the line: the cell was dropped, and with it, when it came first, every cell after it (a
    later cell is sought only after the one before it)."""
    if "|" not in piece:
        return []
    col = _find_after_markers(line, piece.replace("|", "\\|"), row_cursor.get(line_no, 0))
    if col < 0:
        return []
    runs: list[tuple[int, int, int]] = []
    start = 0
    pipe = piece.find("|")
    while pipe >= 0:
        runs.append((start, pipe, col + start + len(runs)))
        start = pipe
        pipe = piece.find("|", pipe + 1)
    runs.append((start, len(piece), col + start + len(runs)))
    row_cursor[line_no] = col + len(piece) + len(runs) - 1
    return [run for run in runs if run[0] < run[1]]


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
