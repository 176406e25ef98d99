"""Placing a fix asks only about the pieces of its own span (r18).

Every fixable finding's edits pass through :func:`~narrlint.output.fixes.markup_safe`, which
asked the draft's prose which characters of the span it keeps; that walked every piece of the
whole draft, once per finding: a draft with 4,000 fixable dates in bold took 65 s to lint
instead of 9. The pieces are now looked up by original offset. Held here by counting the
pieces one span visits (no timing), and by the answers matching a walk over every piece.
"""

from __future__ import annotations

import random

from narrlint.text.html_prose import html_page_prose
from narrlint.text.prose import markdown_prose

PARAGRAPH = "Foreigners had until **December 1**, 2023 to leave, Dec&#101;mber &amp; all.\n\n"


def test_a_span_visits_only_its_own_pieces() -> None:
    for count in (50, 2000):
        text = PARAGRAPH * count
        prose = markdown_prose(text)
        middle = len(PARAGRAPH) * (count // 2)
        visited = list(prose._pieces_within(middle, middle + len(PARAGRAPH)))
        assert 0 < len(visited) <= 20, (count, len(visited))


def _every_piece_kept(prose, original: str, start: int, end: int) -> set[int]:
    kept = set()
    for key, (orig, length, synthetic) in zip(prose._keys, prose._pieces, strict=True):
        if synthetic:
            if start <= orig < end and original[orig] in prose.text[key : key + length]:
                kept.add(orig)
            continue
        for offset in range(max(orig, start), min(orig + length, end)):
            if original[offset] == prose.text[key + offset - orig]:
                kept.add(offset)
    return kept


def test_the_answers_match_a_walk_over_every_piece() -> None:
    head = (
        "# Head *line*\n\n> quoted &nbsp; text\n> more\n\n| a | b &#49; |\n|---|---|\n"
        "| x | ![alt &amp; more](p.png) |\n\n- item\nlazy line[^1]\n\n[^1]: a note\n\n"
    )
    original = head + PARAGRAPH * 3
    page = f"<html><body><p>{PARAGRAPH}</p><img alt='x &#101; y'></body></html>"
    rng = random.Random(18)
    for prose, text in ((markdown_prose(original), original), (html_page_prose(page), page)):
        for _ in range(300):
            start = rng.randrange(len(text))
            end = rng.randrange(start, len(text) + 1)
            assert prose.kept_offsets(text, start, end) == _every_piece_kept(
                prose, text, start, end
            )
