"""Escaping text for a terminal or a one-line annotation.

A file name, an excerpt or what a plugin printed may hold control characters: ``ESC`` starts
a terminal escape sequence (clear the screen, retitle the window, rewrite what was printed),
``CR`` returns to the start of the line, a newline starts what looks like another finding.
Everything narrlint prints for a person or a line-oriented consumer (text reporter,
``--format github``, ``--diff`` headers, messages on stderr) passes through :func:`escape`,
which shows each such character as a visible escape (``\\x1b``, ``\\n``, ``\\u202e``): the
name stays recognisable and can no longer act. JSON and SARIF carry the exact text (their own
string escaping is safe) and do not use it.
"""

from __future__ import annotations

import functools

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

_CONTROL = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
"""C0 controls (ESC, BEL, backspace, newline, carriage return…), DEL and C1 controls (CSI…)."""
_INVISIBLE = [0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
"""Line and paragraph separators, and bidirectional embeddings, overrides and isolates, which
reorder what a terminal or editor shows."""


def _visible(code: int) -> str:
    char = chr(code)
    if char in _NAMED:
        return _NAMED[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_TABLE = {code: _visible(code) for code in (*_CONTROL, *_INVISIBLE)}
"""Each character shown as an escape. All are unprintable (``str.isprintable``), so a printable
text is returned as it is without a per-character lookup (4 -> 0.7 us a message)."""


def escape(text: str, keep: str = "") -> str:
    """``text`` with every control character shown as an escape instead of acting.

    ``keep``: characters the caller escapes its own way (``--format github`` turns ``\\r`` and
    ``\\n`` into ``%0D`` and ``%0A``, as the Actions runner expects).
    """
    if text.isprintable():  # every character escape() shows is unprintable: nothing to do
        return text
    return text.translate(_table(keep) if keep else _TABLE)


@functools.lru_cache(maxsize=8)
def _table(keep: str) -> dict[int, str]:
    return {code: shown for code, shown in _TABLE.items() if chr(code) not in keep}


def needs_escape(text: str) -> bool:
    """Whether :func:`escape` would change ``text``."""
    return not text.isprintable() and text.translate(_TABLE) != text
