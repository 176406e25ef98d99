"""The prose of a plain-text draft: which lines are blocks, headings and bullets.

Plain text has no markup to mask: the job is to tell a hard-wrapped file (paragraphs) from wire
copy (one block per line), so headlines and bullets never run into the next sentence.
"""

from __future__ import annotations

import re

from narrlint.nlp.quantities import MONTHS
from narrlint.nlp.vocabulary import MONTH_NAMES, TITLE_ABBREVIATIONS
from narrlint.text.positions import LineIndex
from narrlint.text.prose_builder import ProseBuilder
from narrlint.text.prose_text import ProseText

_BULLET = re.compile(r"^\s*(?:[•\-*+▪◦·]|\d{1,3}[.)])\s+")
_TERMINAL = re.compile(r"[.!?:;\"”’)\]]\s*$")
_CLOSED = re.compile(r"[.!?:;][\"”’)\]]*\s*$")
"""A line that closes its sentence (a bracket or quote alone, ``(ACC)``, does not)."""


_OPEN_ENDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "but", "nor", "than", "its", "their", "our", "whose"}
    | {"until", "till", "during", "between", "among", "amid", "including", "into", "via"}
)
"""Words after which no sentence, and no headline, ends: an article, ``of``, a conjunction,
a possessive, a preposition that is never a phrasal verb's particle (not ``in``, ``on``,
``to``, ``by``: ``… moves on``). A line ending in one goes on in the next (``… a deadline
of`` / ``November 3 …``, ``… have until`` / ``December 1 …``), whatever the next one starts
with; so does a line ending in a comma or a dash (``ISLAMABAD —`` / ``Caretaker …``)."""
_OPEN_MARK = re.compile(r"(?:,|\s[-–—])\s*$")
_MONTH_SHORT = frozenset(MONTHS) - {name.lower() for name in MONTH_NAMES}
"""Months written short (``Oct``, ``Sept``; not ``May`` or ``June``, whole words)."""
_ABBREVIATION_END = re.compile(r"(?:^|\s)([A-Z][A-Za-z]*(?:\.-?[A-Za-z]+)*)\.\s*$")
_DAY_FIRST = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\b")


def _cut_abbreviation(line: str, following: str) -> bool:
    """Whether ``line`` ends in an abbreviation's full stop that the wrap cut from the word it
    belongs with: a month's (``… by Oct.`` / ``15, after which …``) before a day, a rank's or
    an honorific's (``… said Lt.`` / ``Gen. Asim Malik``) before a capitalised name. That stop
    closes no sentence (robustness r23: a wrapped ``.txt`` lost the date ``Oct. 15`` at a
    line end, read as two blocks)."""
    end = _ABBREVIATION_END.search(line)
    if end is None:
        return False
    word = end.group(1).lower()
    if word in _MONTH_SHORT:
        return bool(_DAY_FIRST.match(following))
    return word in TITLE_ABBREVIATIONS and following[:1].isupper()


_SENTENCE_INSIDE = re.compile(r"^\s*(?:\S+\s+){2,}\S*[a-z0-9]{2}[.!?][\"”’)\]]*\s+[\"“‘(]?[A-Z0-9]")
"""A line in which a sentence of at least three words ends and another begins (``… on
Monday. Interior``): running prose, which no headline is (an abbreviation, ``U.S. Envoy``,
``Gen. Asim``, is no sentence end: it follows a capital or comes first)."""
_SENTENCE_OPENERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we"}
    | {"you", "his", "her", "their", "our", "there", "here", "in", "on", "at", "but", "and"}
    | {"or", "so", "if", "when", "while", "after", "before", "as", "for", "with", "from", "by"}
    | {"meanwhile", "however", "also", "according"}
)
"""Words that, capitalised, open a sentence and never go on with one (a determiner, a pronoun,
a conjunction, a preposition): a line starting with one after a short line starts the story
below a headline (``… meets Afghan envoy`` / ``The meeting …``)."""
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*$")
_OPEN_END = re.compile(r"[^\W_]\s*$")
"""A line ending in a letter or figure, mid-sentence: a caption's credit, ``(Image from X)``,
or a line of page furniture after a closed one is no sentence to go on with."""


def plain_prose(text: str, skip: int = 0) -> ProseText:
    """Prose of a plain-text draft.

    A hard-wrapped file (paragraphs separated by blank lines, lines mostly under 80 characters)
    is read paragraph by paragraph; otherwise, as in wire copy and the seed articles, every line
    is its own block, so headlines and bullets never run into the next sentence, unless the
    line plainly goes on in the next (:func:`_continues`): a wrapped file without blank lines
    was read line by line and its sentences were cut at the line ends.
    """
    builder = ProseBuilder(text)
    lines = _line_spans(text, skip)
    wrapped = _looks_hard_wrapped(text, lines)
    width = _wrap_width(text, lines)
    rooms = _rooms(text, lines)
    previous_blank = True
    joined = False  # the line goes on from the previous one
    cut = False  # ... which a wrap cut after an abbreviation: "Dec." / "1. The ..." is no item
    kind = "paragraph"
    block_lines = 0
    for number, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            builder.close_block(kind)
            previous_blank, joined = True, False
            continue
        bullet = None if cut else _BULLET.match(line)
        if previous_blank or bullet or not (wrapped or joined):
            builder.close_block(kind)
            builder.open_block()
            kind, block_lines = ("bullet" if bullet else "paragraph"), 0
        builder.add(start + bullet.end() if bullet else start, end)
        block_lines += 1
        following = lines[number + 1] if number + 1 < len(lines) else None
        cut = following is not None and _cut_abbreviation(
            line, text[following[0] : following[1]].strip()
        )
        joined = following is not None and _continues(
            line,
            text[following[0] : following[1]],
            width,
            wrapped and kind != "bullet",
            block_lines > 1,
            rooms[number],
        )
        if not joined and (kind == "bullet" or not wrapped):
            if kind != "bullet" and block_lines == 1 and not _ended(line):
                kind = "heading"
            builder.close_block(kind)
            kind = "paragraph"
        previous_blank = False
    builder.close_block(kind)
    return builder.build()


def _ended(line: str) -> bool:
    """Whether a line read alone is a paragraph (it ends a sentence, or is long), not a
    heading."""
    return bool(_TERMINAL.search(line)) or len(line) > 200


def _continues(
    line: str,
    following: str,
    width: int | None,
    in_paragraph: bool,
    went_on: bool = False,
    room: int = 0,
) -> bool:
    """Whether ``line``'s sentence goes on in ``following``: not after a closing mark, and
    the next line starts lower-case, with a figure or a bracket (``… Jalil`` / ``says …``),
    or the line ends in a word no sentence ends in (:data:`_OPEN_ENDS`), or it is full
    (with the next line's first word it would pass the file's wrap width, so a wrapper
    broke it there; a headline is shorter), or the line is running prose, no headline
    (it ``went_on`` from the line before, or a sentence ends inside it), so its open sentence
    goes on whatever the next line starts with (``… on Monday. Interior Minister`` /
    ``Sarfraz Bugti …``: the title was cut from its name, robustness probe r10), or, in a file
    that shows no wrap width, the line is full for the lines that follow it to a sentence's
    end (:func:`_rooms`: it is no shorter than any of them, as a wrapper's lines above the
    last are; a headline is shorter than its story) and the next word is no sentence opener
    (``… 1.4 million undocumented`` / ``Afghans remain …``; ``… meets Afghan envoy`` /
    ``The meeting …`` stays a headline). In a
    paragraph of a hard-wrapped file (``in_paragraph``) every line goes on, as before."""
    rest = following.strip()
    if not rest:
        return False
    if _cut_abbreviation(line, rest):
        return True
    if _BULLET.match(following):
        return False
    if in_paragraph:
        return True
    if _CLOSED.search(line):
        return False
    if rest[0].islower() or rest[0].isdigit() or rest[0] == "(":
        return True
    words = line.split()
    if (words and words[-1].lower() in _OPEN_ENDS) or _OPEN_MARK.search(line):
        return True
    first = rest.split()[0]
    if width is not None and len(line.rstrip()) + 1 + len(first) > width:
        return True
    if (
        width is None
        and room
        and len(line.rstrip()) >= room
        and _OPEN_END.search(line)
        and first.strip('"“‘(').lower() not in _SENTENCE_OPENERS
    ):
        return True
    return bool(_OPEN_END.search(line)) and (went_on or bool(_SENTENCE_INSIDE.search(line)))


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The width a wrapper broke the file's lines at (its longest line), when the lines say
    so: it is at most 100 characters and at least two lines before the last come within 12
    of it (a two-line file may be a headline and its story: it gives no width)."""
    lengths = [len(text[start:end].rstrip()) for start, end in lines]
    while lengths and not lengths[-1]:
        lengths.pop()
    width = max(lengths, default=0)
    if not 30 <= width <= 100:
        return None
    return width if sum(1 for n in lengths[:-1] if n >= width - 12) >= 2 else None


def _rooms(text: str, lines: list[tuple[int, int]]) -> list[int]:
    """For each line, the longest of the lines after it up to the next blank line, or 0 when
    there is none or the last of them closes no sentence (page furniture: ``Follow``,
    ``TAGS:``): the least width a wrapper that broke them could have had (one pass from the
    end)."""
    rooms = [0] * len(lines)
    longest, closes = 0, False
    for number in range(len(lines) - 1, -1, -1):
        rooms[number] = longest if closes else 0
        line = text[lines[number][0] : lines[number][1]].rstrip()
        if not line:
            longest, closes = 0, False
        elif not longest:
            longest, closes = len(line), bool(_SENTENCE_END.search(line))
        else:
            longest = max(longest, len(line))
    return rooms


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
