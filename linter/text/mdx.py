"""What an ``.mdx`` draft holds that is code, not prose: ESM, expressions and JSX tags.

MDX is Markdown with JavaScript in it. markdown-it reads it as CommonMark, so ``import`` and
``export`` lines, ``{expressions}`` and JSX tags with ``{…}`` attributes (no HTML to
markdown-it) were linted as prose (robustness probe r10, hole 2: a component's ``caption="…"``
and an ``export const meta = {…}`` gave findings, an expression between two sentences joined
them). :func:`mdx_code_ranges` finds those characters in the original text; the prose builder
leaves them out as it leaves out markup, so every real word keeps its exact position. The text
between a component's tags (``<Callout>Twelve were killed.</Callout>``) stays prose: a reader
sees it. The scan is one pass, linear in the draft.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ESM = re.compile(r"(?:import|export)(?=[\s{*])")
_TAG_NAME = re.compile(r"/?(?:[A-Za-z_$][\w$.:-]*(?=[\s/>{])|>)")
"""After ``<``: a JSX tag's name (``Chart``, ``motion.div``, ``svg:rect``), a closing tag
(``</Chart``) or a fragment (``<>``, ``</>``); ``a < b``, ``<5`` and ``<https://…>`` are no tag."""
_QUOTES = "\"'`"


def mdx_code_ranges(text: str, skip: int = 0) -> list[tuple[int, int]]:
    """Sorted, disjoint ``[start, end)`` ranges of ``text`` (from ``skip``, after the front
    matter) that are ESM, expressions or JSX tags; fenced code and code spans are skipped
    (markdown masks them), and an unclosed ``{`` or ``<`` is left as text."""
    if "\r" in text:
        # The scan knows lines by "\n": with "\r\n" no line was blank ("\n\r\n"), so an
        # ``import`` at the top ran on to the end of the draft and every word after it was
        # masked as code (and a CR-only draft was one line). Same length: offsets hold.
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    ranges: list[tuple[int, int]] = []
    scanner = _Scanner(text)
    position = skip
    fence = ""
    previous_blank = True
    length = len(text)
    while position < length:
        line_end = text.find("\n", position)
        line_end = length if line_end < 0 else line_end + 1
        line = text[position:line_end]
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            position = line_end
            continue
        if opened:
            fence = opened.group(1)
            position = line_end
            previous_blank = False
            continue
        if previous_blank and _ESM.match(line):
            end = _paragraph_end(text, position, line_end)
            ranges.append((position, end))
            position, previous_blank = end, False
            continue
        blank = not line.strip()
        scanner.line(position, line_end, ranges)
        while ranges and ranges[-1][1] > line_end:  # an expression or tag over lines
            resume = ranges[-1][1]
            line_end = text.find("\n", resume)
            line_end = length if line_end < 0 else line_end + 1
            scanner.line(resume, line_end, ranges)
            blank = False
        position, previous_blank = line_end, blank
    return ranges


_BLANK_LINE = re.compile(r"\n[ \t]*(?:\n|\Z)")


def _paragraph_end(text: str, start: int, position: int) -> int:
    """The end of the ESM block at ``start`` whose first line ends at ``position``: its
    blank line, or a later one where a function body with blank lines in it closes its
    braces (counted roughly: strings in it may hold braces)."""
    end = position
    while True:
        match = _BLANK_LINE.search(text, end - 1 if end else 0)
        end = match.start() + 1 if match else len(text)
        chunk = text[start:end]
        if end >= len(text) or chunk.count("{") <= chunk.count("}"):
            return end
        end += 1


_BLANK_AFTER = re.compile(r"[ \t]*(?:\n|\Z)")


_LINE_STOP = re.compile(r"[\\`{<]")
_EXPRESSION_STOP = re.compile(r"[{}\"'`\n]")
_TAG_STOP = re.compile(r"[<>\"'{\n]")
_STRINGS = {
    "'": re.compile(r"'(?:[^'\\\n]|\\.)*'"),
    '"': re.compile(r'"(?:[^"\\\n]|\\.)*"'),
    "`": re.compile(r"`(?:[^`\\]|\\.)*`", re.DOTALL),
}


class _Scanner:
    """Finds expressions and tags in one pass: it jumps from one character that matters to
    the next, and remembers every ``{`` it has matched or found unclosed, and how far a quote
    finds no partner, so unclosed braces and apostrophes cost one look each, not one scan."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.closes: dict[int, int | None] = {}
        self.unpaired: dict[str, int] = {}
        """Quote -> offset before which that quote closes no string (scanned already)."""

    def line(self, start: int, end: int, ranges: list[tuple[int, int]]) -> None:
        """Add the expressions and tags that start in ``text[start:end]`` (they may run
        past ``end``); escapes and code spans are stepped over."""
        text = self.text
        index = start
        while index < end:
            found = _LINE_STOP.search(text, index, end)
            if found is None:
                return
            index = found.start()
            char = text[index]
            if char == "\\":
                index += 2
                continue
            if char == "`":
                run = _run_length(text, index)
                close = text.find("`" * run, index + run, max(end, index + run))
                index = close + run if close >= 0 else index + run
                continue
            stop = None
            if char == "{":
                stop = self.balanced(index)
            elif _TAG_NAME.match(text, index + 1):
                stop = self.tag_end(index)
            if stop is not None:
                ranges.append((index, stop))
                index = stop
                continue
            index += 1

    def balanced(self, start: int) -> int | None:
        """The end of the expression opened by the ``{`` at ``start`` (strings and nested
        braces stepped over), or ``None`` when it does not close before a blank line."""
        if start in self.closes:
            return self.closes[start]
        text = self.text
        opened: list[int] = []
        index = start
        while True:
            found = _EXPRESSION_STOP.search(text, index)
            if found is None:
                break
            index = found.start()
            char = text[index]
            if char in _QUOTES:
                index = self.string_end(index)
                continue
            if char == "{":
                close = self.closes.get(index) if index != start else None
                if close is not None:  # matched before: step over it
                    index = close
                    continue
                opened.append(index)
            elif char == "}":
                if opened:
                    self.closes[opened.pop()] = index + 1
                    if not opened:
                        return index + 1
            elif _BLANK_AFTER.match(text, index + 1):  # a newline ending the paragraph
                break
            index += 1
        for brace in opened:
            self.closes[brace] = None
        return None

    def string_end(self, start: int) -> int:
        """The end of the quoted string at ``start`` (escapes honoured); a quote that closes
        on no later character of its line (an apostrophe, ``{a's}``) is one character."""
        quote = self.text[start]
        if start < self.unpaired.get(quote, -1):
            return start + 1
        match = _STRINGS[quote].match(self.text, start)
        if match is not None:
            return match.end()
        line_end = self.text.find("\n", start)
        self.unpaired[quote] = len(self.text) if line_end < 0 or quote == "`" else line_end
        return start + 1

    def tag_end(self, start: int) -> int | None:
        """The end of the JSX tag opened at ``start`` (``>``, quoted and ``{…}`` attribute
        values stepped over), or ``None`` when it never closes."""
        text = self.text
        index = start + 1
        while True:
            found = _TAG_STOP.search(text, index)
            if found is None:
                return None
            index = found.start()
            char = text[index]
            if char == ">":
                return index + 1
            if char == "<":
                return None  # no tag holds a "<" outside its values: it was text
            if char == "\n":
                if _BLANK_AFTER.match(text, index + 1):
                    return None
                index += 1
                continue
            if char in "\"'":
                index = self.string_end(index)
                continue
            close = self.balanced(index)  # a "{"
            if close is None:
                return None
            index = close


def _run_length(text: str, index: int) -> int:
    """How many backticks start at ``index``."""
    end = index
    while end < len(text) and text[end] == "`":
        end += 1
    return end - index
