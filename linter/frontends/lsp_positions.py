"""LSP positions: character offsets of a document <-> 0-based lines and code units.

narrlint counts 1-based lines and characters (code points); LSP counts 0-based lines and, unless
the client negotiated otherwise, UTF-16 code units. An emoji before a finding is one narrlint
column and two UTF-16 units.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from narrlint.text.positions import LineIndex

if TYPE_CHECKING:
    from lsprotocol import types


def code_units(text: str, encoding: str) -> int:
    """Length of ``text`` in the LSP position encoding (``utf-16`` unless negotiated)."""
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))  # an unpaired surrogate: 3 bytes
    if encoding == "utf-32":
        return len(text)
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


_WIDE = {
    "utf-16": re.compile("[\U00010000-\U0010ffff]"),
    "utf-8": re.compile("[^\x00-\x7f]"),
}


class PositionMap:
    """Character offsets in a document ↔ LSP positions (0-based line, code units).

    A position costs O(log n) whatever the length of its line: the characters wider than one
    code unit are found once, with their running extra width, and looked up by bisection (a
    megabyte on one line with thousands of findings used to cost a scan of the line each).
    """

    def __init__(self, text: str, encoding: Any = "utf-16") -> None:
        encoding = str(getattr(encoding, "value", encoding) or "utf-16").lower()
        if encoding not in ("utf-8", "utf-32"):
            encoding = "utf-16"
        self.text = text
        self.encoding = encoding
        self.lines = LineIndex(text)
        self._wide: list[int] = []  # offsets of characters wider than one unit
        self._extra: list[int] = [0]  # extra units of all wide characters before index i
        pattern = _WIDE.get(encoding)
        if pattern is not None:
            for match in pattern.finditer(text):
                self._wide.append(match.start())
                self._extra.append(self._extra[-1] + code_units(match.group(), encoding) - 1)

    def _units_before(self, offset: int) -> int:
        """Code units in ``text[:offset]``."""
        return offset + self._extra[bisect_left(self._wide, offset)]

    def position(self, offset: int) -> types.Position:
        from lsprotocol import types

        where = self.lines.position(offset)
        start = self.lines.line_start(where.line)
        units = self._units_before(start + where.column - 1) - self._units_before(start)
        return types.Position(line=where.line - 1, character=units)

    def range(self, start: int, end: int) -> types.Range:
        from lsprotocol import types

        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """The character offset of an LSP position (clamped to its line)."""
        line = min(max(position.line + 1, 1), self.lines.line_count)
        start, end = self.lines.line_span(line, self.text)
        wanted = self._units_before(start) + max(position.character, 0)
        if self._units_before(end) <= wanted:
            return end
        low, high = start, end  # the first offset whose units reach the wanted position
        while low < high:
            middle = (low + high) // 2
            if self._units_before(middle) < wanted:
                low = middle + 1
            else:
                high = middle
        return low


def apply_changes(text: str, changes: Any, encoding: Any = "utf-16") -> str:
    """``text`` after a ``didChange``'s content changes, in order, each on the text the one
    before it left.

    pygls applies a ranged change to the lines :meth:`str.splitlines` gives, which also ends
    a line at U+2028, U+2029, U+0085, a form feed or a vertical tab: LSP ends lines only at
    ``\\n``, ``\\r\\n`` and ``\\r``, so after such a character (text pasted from a web
    page, a PDF, a Word file) every edit landed on the wrong line and the server linted a
    document the editor did not show for the rest of the session (robustness probe r10). Here
    positions are read as LSP defines them (:class:`PositionMap`, in the negotiated
    encoding); a position past its line is its line's end, as LSP says, one below the last
    line the document's end, and a range whose end comes first is read in order.
    """
    for change in changes:
        span = getattr(change, "range", None)
        if span is None:
            text = change.text
            continue
        positions = PositionMap(text, encoding)
        start, end = (
            len(text) if at.line >= positions.lines.line_count else positions.offset(at)
            for at in (span.start, span.end)
        )
        if end < start:
            start, end = end, start
        text = text[:start] + change.text + text[end:]
    return text
