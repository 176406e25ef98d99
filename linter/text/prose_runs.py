"""Long runs without whitespace, cut before spaCy sees them.

spaCy's tokenizer costs the square of a token's length on runs of punctuation; the builder
(:mod:`narrlint.text.prose_builder`) hands every compacted prose here when it holds a run over
the bounds, and gets it back with synthetic spaces that keep every original offset exact.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from narrlint.text.prose_text import Block, ProseText

MAX_PUNCT_RUN = 32
"""Longest run of punctuation and symbols (no letter, digit or space) handed to spaCy as is;
a longer one is cut into pieces of ``PUNCT_PIECE`` (spaCy makes most such characters a token
of their own anyway)."""
PUNCT_PIECE = 8
MAX_RUN = 64
"""Longest run of characters without whitespace handed to spaCy; a longer one is cut into
pieces of this size."""

LONG_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCT_RUN + 1},}}|\S{{{MAX_RUN + 1},}}")
_PUNCT_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCT_RUN + 1},}}")


def _cuts(text: str) -> list[int]:
    """Offsets at which a synthetic space bounds every run (see :func:`split_long_runs`)."""
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


def split_long_runs(
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
