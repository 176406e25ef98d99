"""The prose of a plain-text draft: which lines are blocks, headings and bullets.

Plain text has no markup to mask: the job is to tell a hard-wrapped file (paragraphs) from wire
copy (one block per line), so headlines and bullets never run into the next sentence.
"""

from __future__ import annotations

import re

from narrlint.text.positions import LineIndex
from narrlint.text.prose_builder import ProseBuilder
from narrlint.text.prose_text import ProseText

_BULLET = re.compile(r"^\s*(?:[•\-*+▪◦·]|\d{1,3}[.)])\s+")
_TERMINAL = re.compile(r"[.!?:;\"”’)\]]\s*$")


def plain_prose(text: str, skip: int = 0) -> ProseText:
    """Prose of a plain-text draft.

    A hard-wrapped file (paragraphs separated by blank lines, lines mostly under 80 characters)
    is read paragraph by paragraph; otherwise, as in wire copy and the seed articles, every line
    is its own block, so headlines and bullets never run into the next sentence.
    """
    builder = ProseBuilder(text)
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
