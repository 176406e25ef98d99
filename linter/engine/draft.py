"""A parsed draft: original text, front matter, prose, spaCy doc and position mapping.

Rules receive a :class:`Draft`. They work on ``draft.doc`` (spaCy tokens, sentences, entities,
``doc.spans["dates"|"numbers"|"durations"]``) and report with :meth:`Draft.problem`, which maps
the span back to the exact characters of the original file.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from narrlint.claims import Claims
from narrlint.input.discover import draft_kind
from narrlint.input.filename_date import date_in_name
from narrlint.input.frontmatter import split_front_matter
from narrlint.input.html_date import html_date
from narrlint.input.source import SourceText
from narrlint.model import Edit, Evidence, Fix, Problem, Severity
from narrlint.text.positions import LineIndex

if TYPE_CHECKING:  # imported when a draft is parsed: naming Draft (narrlint.api) loads no spaCy
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from narrlint.text.prose import Block, ProseText


@dataclass
class Draft:
    """A parsed draft as every rule sees it: its text, date, prose, spaCy doc and claims, and the
    offsets a finding or fix needs to point back into the original text."""

    path: str
    source: SourceText
    date: dt.date
    date_origin: str
    """Where the date came from: ``--date``, ``front matter``, ``page metadata`` (an HTML
    draft's ``<meta>`` tags), ``manifest``, ``file name``, ``config`` or ``today``."""
    front_matter: dict
    prose: ProseText
    doc: Doc
    lines: LineIndex
    kind: str
    story_dates: tuple[tuple[int, int | None, dt.date], ...] = ()
    """Line ranges with their own date, when the draft is a corpus file holding several
    stories (``(first_line, last_line, date)`` from the manifest)."""
    claims: Claims | None = field(default=None, repr=False)
    """What the draft asserts (dates, counts, groups, titles), read on first use; set by the
    linter, which knows the corpus the claims are resolved against."""
    _block_starts: list[int] = field(default_factory=list, repr=False)

    def date_for(self, span: Span | Token) -> dt.date:
        """The publication date that applies to ``span``: the story's, else the draft's."""
        if not self.story_dates or self.date_origin == "--date":
            return self.date
        line = self.lines.position(self.offsets(span)[0]).line
        for first, last, day in self.story_dates:
            if first <= line and (last is None or line <= last):
                return day
        return self.date

    @property
    def text(self) -> str:
        return self.source.text

    def offsets(self, span: Span | Token) -> tuple[int, int]:
        """Original ``[start, end)`` of a span or token of ``doc``."""
        if _is_token(span):
            start, end = span.idx, span.idx + len(span.text)
        else:
            start, end = span.start_char, span.end_char
        return self.prose.span_to_original(start, end)

    def problem(
        self,
        span: Span | Token,
        message: str,
        evidence: tuple[Evidence, ...] | list[Evidence] = (),
        fix: Fix | None = None,
        code: str | None = None,
        details: str = "",
        severity: Severity | None = None,
    ) -> Problem:
        """``severity``: this finding's, when not the rule's default (see ``Problem.severity``)."""
        start, end = self.offsets(span)
        return Problem(start, end, message, tuple(evidence), fix, code, details, severity)

    def replacement(self, span: Span | Token, text: str, description: str) -> Fix:
        """A fix replacing ``span``'s original characters by ``text``."""
        start, end = self.offsets(span)
        return Fix(description, (Edit(start, end, text),))

    def insertion(self, before: Span | Token, text: str, description: str) -> Fix:
        start, _ = self.offsets(before)
        return Fix(description, (Edit(start, start, text),))

    def block_of(self, span: Span | Token) -> Block | None:
        """The paragraph, heading, bullet… that holds ``span``."""
        if not self._block_starts:
            self._block_starts = [b.start for b in self.prose.blocks]
        char = span.idx if _is_token(span) else span.start_char
        index = bisect_right(self._block_starts, char) - 1
        return self.prose.blocks[index] if index >= 0 else None


def _is_token(span: object) -> bool:
    """``isinstance(span, Token)``; spaCy is loaded by then (the span is of a parsed doc).
    The class is looked up once: readers ask for the block or offsets of a span thousands of
    times a run, and an import statement in the call cost about as much as the bisection."""
    global _TOKEN
    if _TOKEN is None:
        from spacy.tokens import Token

        _TOKEN = Token
    return isinstance(span, _TOKEN)


_TOKEN: type | None = None
"""spaCy's ``Token``, set by the first :func:`_is_token` (not at import: no spaCy for the API)."""


def parse_draft(
    source: SourceText,
    path: str,
    nlp: Language,
    *,
    date: dt.date | None = None,
    default_date: dt.date | None = None,
    kind: str | None = None,
    stories: tuple[tuple[int, int | None, dt.date], ...] = (),
) -> Draft:
    """Read front matter, extract prose and run the pipeline.

    The draft's date is ``date`` (``--date``), else front matter ``date:``, else (an HTML
    draft) the publication date its head's ``<meta>`` tags give, else the corpus
    manifest's date when the draft is a corpus article (``stories``), else the date its file name
    starts with (``2024-07-01-slug.md``), else ``default_date`` (config), else today.
    """
    from narrlint.nlp.chunking import run_pipeline
    from narrlint.text.prose import draft_prose

    text = source.text
    front = split_front_matter(text, path)
    if kind is None:
        kind = draft_kind(path)
    lines = LineIndex(text)
    prose = draft_prose(text, path, front.end, lines, kind=kind)
    if date is not None:
        day, origin = date, "--date"
    elif front.date is not None:
        day, origin = front.date, "front matter"
    elif kind == "html" and (meta := html_date(text, path, lines, front.end)) is not None:
        day, origin = meta[0], "page metadata"
    elif stories:
        day, origin = stories[0][2], "manifest"
    elif (named := date_in_name(path)) is not None:
        day, origin = named, "file name"
    elif default_date is not None:
        day, origin = default_date, "config"
    else:
        day, origin = dt.date.today(), "today"
    doc = run_pipeline(nlp, prose.text)  # in chunks past spaCy's max_length
    story_dates = stories if origin == "manifest" else ()
    return Draft(path, source, day, origin, front.data, prose, doc, lines, kind, story_dates)
