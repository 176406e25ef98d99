"""Invisible format characters: left out of the prose, never out of the original.

A soft hyphen (U+00AD, put in by hyphenation tools and CMS exports), a zero-width space,
joiner or non-joiner (U+200B-U+200D), a word joiner (U+2060), a direction mark (U+200E/F) or a
byte order mark inside the text (U+FEFF) is drawn as nothing: ``Fi\u00adnance`` reads
``Finance``. Left in the prose, the character splits or glues a word, so the rules never see
it. These are Unicode's category Cf (format) characters; the prose builder leaves them out as
unmapped gaps, like markup, so the words are whole and every other character keeps its exact
original offset.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1)
def _format_chars() -> re.Pattern[str]:
    """Runs of category Cf characters (built once, when a text first holds an unprintable
    character other than whitespace: about 0.08 s over every code point)."""
    ranges: list[tuple[int, int]] = []
    for code in range(sys.maxunicode + 1):
        if unicodedata.category(chr(code)) == "Cf":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    members = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return re.compile(f"[{members}]+")


def visible_runs(text: str) -> list[tuple[int, int]] | None:
    """``[start, end)`` runs of ``text`` between its format characters, or ``None`` when it
    holds none (the common case, decided at C speed: every format character is unprintable
    and not whitespace)."""
    if text.isprintable() or "".join(text.split()).isprintable():
        return None
    cuts = list(_format_chars().finditer(text))
    if not cuts:
        return None
    runs: list[tuple[int, int]] = []
    cursor = 0
    for cut in cuts:
        if cut.start() > cursor:
            runs.append((cursor, cut.start()))
        cursor = cut.end()
    if cursor < len(text):
        runs.append((cursor, len(text)))
    return runs
