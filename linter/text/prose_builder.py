"""Compacting prose: original character ranges in, a :class:`ProseText` with its piece table out.

Every reader of a draft (Markdown or plain text) hands the builder the ranges of the original
text that are prose, block by block; the builder folds each whitespace run into one space, masks
bare URLs and invisible format characters, separates blocks by a blank line, and records for
every piece of the compact text the original offset it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from narrlint.nlp.vocabulary import HYPHENS
from narrlint.text.invisible import visible_runs
from narrlint.text.prose_runs import LONG_RUN, MAX_PUNCT_RUN, split_long_runs
from narrlint.text.prose_text import BLOCK_SEPARATOR, Block, ProseText

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")
_WS_RUN = re.compile(r"\s{2,}|[^\S ]")
NOTE_MARK = re.compile(
    r"(?<=[^\W_]|[.,;:!?'\"’”)\]\[>])\[\^?\w{1,4}\]"  # glued: Afghans[5], 2023[4], said.[a]
    r"|\[\^[\w-]{1,20}\]"  # a footnote reference, anywhere: [^1], [^note-2]
    r"|(?<=[^\W_] )\[\d{1,3}\](?=[\s.,;:!?)]|$)"  # spaced and numbered: Afghans [5] remain
)
"""A citation or footnote marker (copy from Wikipedia, a report, GitHub's footnotes): drawn
small beside the words, read by nobody as part of the sentence. In the prose it glued to its
word (``Afghans[5``, one token) or stood between words (``32 [3] dead`` read as a toll of 3),
hiding the finding on them; it is a gap, like markup."""


HYPHEN_READINGS = {char: "-" for char in HYPHENS if char != "-"}
"""Unicode's hyphen and non-breaking hyphen (:data:`narrlint.nlp.vocabulary.HYPHENS` besides
the ASCII one) (a word processor's "non-breaking hyphen", a
typesetter's export, ``&#8209;``), read as the ASCII hyphen they mean. Left as they were, a
hyphenated name (``Anwaar\u2011ul\u2011Haq``) or word was three tokens the entity ruler and the
readers never matched: the finding on it was lost without a word (robustness r25). Each is read
as ``-`` one character for one, as an entity is (:meth:`ProseBuilder.add_decoded`), so a
finding's positions and a fix's kept characters stay the original's."""

APOSTROPHE_BACKTICK = re.compile(r"(?<=[^\W\d_])`(?=[^\W\d_])")
"""A backtick between two letters, typed for an apostrophe ("Kakar`s office", "chargé d`affaires",
common in Pakistani wire copy). Left as it was, "Kakar`s" was one token the entity ruler never
matched, and a stale title on the name was silently not reported (robustness r25). It is read as
``'`` one character for one, as a Unicode hyphen is; a backtick with no letter on one side (a
code span's mark, "`code`") is left as written."""

CHARACTER_READINGS = {**HYPHEN_READINGS, "`": "'"}
"""Each character the prose may read as another, one for one (a backtick only between two
letters, :data:`APOSTROPHE_BACKTICK`): the builder's only synthetic pieces besides white space
and decoded entities."""


_TAG = re.compile(r"<[^<>]*>")
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")
PHRASING_ELEMENTS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "samp",
        "small",
        "strong",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    ]
)
"""HTML elements a browser draws inside a line of text without parting the word they sit in
(``Vo<b>gel</b>``, ``12<b>0</b>``, ``Vo<wbr>gel`` read ``Vogel`` and ``120``): editors split a
word into such runs where its formatting changes. Not ``q`` (it draws quotation marks),
``del``/``ins``/``s`` (a tracked change's two words), nor any element that is a box or a
replaced object; not ``span``, ``sup`` and ``sub`` either, for now: earlier rounds pinned
``them<span>x</span>`` and ``1<sup>st</sup>`` as two words
(tests/test_robustness_tag_punctuation_r11.py, tests/test_robustness_notes_r6.py)."""
_ATTACHES_BEFORE = frozenset(".,;:!?)]}”’'%")
"""Punctuation written against the word before it: a closing mark, an apostrophe."""
_ATTACHES_AFTER = frozenset("([{“‘")
"""Punctuation written against the word after it: an opening bracket or quote."""


class ProseBuilder:
    """Accumulates prose ranges of the original text into a :class:`ProseText`."""

    def __init__(self, original: str, masked: list[tuple[int, int]] | None = None) -> None:
        """``masked``: sorted, disjoint original ranges that are never prose, whatever the
        reader hands in (an ``.mdx`` draft's code, :mod:`~narrlint.text.mdx`)."""
        self.original = original
        self.masked = masked or []
        self._mask_starts = [start for start, _ in self.masked]
        self.parts: list[str] = []
        self.length = 0
        self.keys: list[int] = []
        self.pieces: list[tuple[int, int, bool]] = []
        self.blocks: list[Block] = []
        self._block_start: int | None = None
        self._last_orig_end = -1
        self.wide: dict[int, int] = {}

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
        if self.masked and self._mask_cut(start, end):
            return
        segment = self.original[start:end]
        url = "http" in segment or "www." in segment
        if not url and "[" not in segment:  # no URL, no note marker: the common case
            self._add_clean(start, end, segment)
            self._last_orig_end = end
            return
        # Mask bare URLs inside prose (their digits are not figures) and note markers.
        cuts: list[tuple[int, int]] = [(m.start(), m.end()) for m in _URL.finditer(segment)]
        if "[" in segment:
            notes = NOTE_MARK.finditer(self.original, start, end)
            cuts = sorted(cuts + [(m.start() - start, m.end() - start) for m in notes])
            cuts = [cut for n, cut in enumerate(cuts) if not n or cut[0] >= cuts[n - 1][1]]
        cursor = 0
        for cut_start, cut_end in [*cuts, (len(segment), len(segment))]:
            self._add_clean(start + cursor, start + cut_start)
            cursor = cut_end
        self._last_orig_end = end

    def _mask_cut(self, start: int, end: int) -> bool:
        """Add ``[start, end)`` without its masked parts, if it has any; whether it had."""
        index = max(bisect_right(self._mask_starts, start) - 1, 0)
        cuts = []
        while index < len(self.masked) and self.masked[index][0] < end:
            mask_start, mask_end = self.masked[index]
            if mask_end > start:
                cuts.append((max(mask_start, start), min(mask_end, end)))
            index += 1
        if not cuts:
            return False
        masked, self.masked = self.masked, []
        try:
            cursor = start
            for cut_start, cut_end in cuts:
                if cursor < cut_start:
                    self.add(cursor, cut_start)
                cursor = cut_end
            if cursor < end:
                self.add(cursor, end)
        finally:
            self.masked = masked
        self._last_orig_end = end
        return True

    def _add_clean(self, start: int, end: int, text: str | None = None) -> None:
        """Add original ``[start, end)`` (``text``: those characters, when the caller has
        them), with no URL in it."""
        if end <= start:
            return
        if text is None:
            text = self.original[start:end]
        if "\u2010" in text or "\u2011" in text or "`" in text:
            swaps = [(k, HYPHEN_READINGS[c]) for k, c in enumerate(text) if c in HYPHEN_READINGS]
            apostrophe = CHARACTER_READINGS["`"]
            swaps += [(m.start(), apostrophe) for m in APOSTROPHE_BACKTICK.finditer(text)]
            if swaps:
                self._add_swapped(start, text, sorted(swaps))
                return
        printable = text.isprintable()
        if not printable:
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
                self._space_for_gap(start, text[0])
        if "  " not in text and (printable or text.isprintable()):
            # No whitespace run to fold: every whitespace character but " " is unprintable.
            # (_emit, inlined: most prose is added here, and ``text`` is never empty.)
            self.keys.append(self.length)
            self.pieces.append((start, len(text), False))
            self.parts.append(text)
            self.length += len(text)
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

    def _add_swapped(self, start: int, text: str, swaps: list[tuple[int, str]]) -> None:
        """Add ``text`` (original from ``start``), the character at each offset of ``swaps``
        read as the one given there (a :data:`HYPHEN_READINGS` as ``-``, an
        :data:`APOSTROPHE_BACKTICK` as ``'``)."""
        cursor = 0
        for offset, char in swaps:
            self._add_clean(start + cursor, start + offset, text[cursor:offset])
            self.add_decoded(start + offset, start + offset + 1, char)
            cursor = offset + 1
        self._add_clean(start + cursor, start + len(text), text[cursor:])
        self._last_orig_end = start + len(text)

    def _space_for_gap(self, start: int, following: str) -> None:
        """Separate the prose before a gap in the original (markup, code) from what follows
        it at ``start`` (first character ``following``) by a space when the gap holds
        whitespace, or code or a tag, which may part words; but never a space a tag alone
        put before closing punctuation or after an opening bracket or quote
        (``<b>them</b>.`` reads ``them.``, not ``them .``, which moved sentence ends and
        spans; robustness round 11)."""
        gap = self.original[max(self._last_orig_end, 0) : start]
        if not any(c.isspace() or c in "`<" for c in gap):
            return
        written = _TAG.sub("", gap) if "<" in gap else gap  # a tag's own spaces part nothing
        if not written and _inside_word(gap, self.parts[-1][-1], following):
            return
        if not any(c.isspace() for c in written) and (
            following in _ATTACHES_BEFORE or self.parts[-1][-1] in _ATTACHES_AFTER
        ):
            return
        self._emit(" ", start, True)

    def add_decoded(self, start: int, end: int, char: str) -> None:
        """Add original ``[start, end)``, markup that reads as ``char`` (an HTML entity), to
        the current block: a whitespace character as a space (folded with its neighbours),
        an invisible format character as nothing (a gap, as :meth:`_add_clean` leaves it),
        anything else as ``char``. The decoded piece maps to the markup's first character
        and a span ending on it to the markup's end (:attr:`ProseText.wide`), so a finding
        and its fix cover the whole entity."""
        if end <= start or not char:
            return
        char = HYPHEN_READINGS.get(char, char)
        if self.masked:
            index = bisect_right(self._mask_starts, start) - 1
            if index >= 0 and self.masked[index][1] > start:
                return
        if char.isspace():
            if self._block_start is not None and not self._ends_with_space():
                self._emit(" ", start, True)
            self._last_orig_end = end
            return
        runs = None if char.isprintable() else visible_runs(char)
        if runs is not None:  # a soft hyphen, a zero-width joiner: no space either
            char = "".join(char[a:b] for a, b in runs)
            if not char:
                return
        if self._block_start is None:
            if self.blocks or self.length:
                self._emit(BLOCK_SEPARATOR, start, True)
            self._block_start = self.length
        elif self._last_orig_end != start and not self._ends_with_space():
            self._space_for_gap(start, char[0])
        self._emit(char, start, True)
        self.wide[start] = end
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
        if max(map(len, text.split()), default=0) > MAX_PUNCT_RUN and LONG_RUN.search(text):
            prose = split_long_runs(text, self.blocks, self.keys, self.pieces)
        else:
            prose = ProseText(text, self.blocks, self.keys, self.pieces)
        prose.wide = self.wide
        return prose


def _inside_word(tags: str, before: str, after: str) -> bool:
    """Whether ``tags`` (tags only, no space) between letters or digits ``before`` and
    ``after`` are all phrasing elements, which a browser draws without parting the word."""
    return (
        before.isalnum()
        and after.isalnum()
        and all(name in PHRASING_ELEMENTS for name in _TAG_NAME.findall(tags))
    )
