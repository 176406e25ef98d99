"""Invariants every draft must satisfy, shared by the property tests
(``tests/test_robustness_properties.py``) and the fuzz targets (``bench/fuzz.py``).

Each check raises ``AssertionError`` (or lets a bug's own exception out) when an invariant is
broken; a draft narrlint rightly refuses (bad front matter, not UTF-8) is no failure.
"""

from __future__ import annotations

import json

from spacy.language import Language

from narrlint.config import Config
from narrlint.engine.draft import Draft, parse_draft
from narrlint.engine.linter import INTERNAL_ERROR, Linter, LintResult, excerpt
from narrlint.engine.plugins import Registry
from narrlint.engine.session import Session
from narrlint.errors import NarrlintError
from narrlint.input.frontmatter import split_front_matter
from narrlint.input.source import SourceText, decode
from narrlint.knowledge.corpus import Corpus
from narrlint.output.fixes import fix_source
from narrlint.output.reporters.json import document
from narrlint.text.positions import LineIndex
from narrlint.text.prose_builder import CHARACTER_READINGS

INTERNAL = "internal error"
"""How :meth:`narrlint.engine.linter.Linter.lint` words a parser crash it caught: a bug, not
a refusal."""


def seed_session(corpus: Corpus, registry: Registry) -> Session:
    """A session with every installed rule and the default config over ``corpus``."""
    rules = [rule for _, rule in sorted(registry.rules.items())]
    return Session(Config(), registry, corpus, Linter(rules, corpus))


def _output(result: LintResult) -> str:
    return json.dumps(document(result.findings, [result.error] if result.error else [], 1))


def check(session: Session, text: str, path: str) -> LintResult:
    """Lint ``text`` twice: never raises, same output, findings point at what they quote."""
    result = session.lint_source(SourceText(text), path)
    again = session.lint_source(SourceText(text), path)
    assert _output(result) == _output(again), "the same draft linted twice gave other output"
    if result.error is not None:
        assert result.error.path == path and result.error.message
        assert not result.error.message.startswith(INTERNAL), result.error.message
        return result
    lines = LineIndex(text)
    for finding in result.findings:
        assert 0 <= finding.offset <= finding.end_offset <= len(text)
        assert finding.start.line <= lines.line_count
        start = lines.offset(finding.start.line, finding.start.column)
        end = lines.offset(finding.end.line, finding.end.column)
        assert (start, end) == (finding.offset, finding.end_offset)
        assert finding.excerpt == excerpt(text, start, end)
        if finding.code != INTERNAL_ERROR:
            assert finding.excerpt, "a finding quotes the text it is about"
        for position, end_position, _replacement in finding.fix_positions:
            offset = lines.offset(position.line, position.column)
            assert 0 <= offset <= lines.offset(end_position.line, end_position.column) <= len(text)
    assert not [f for f in result.findings if f.code == INTERNAL_ERROR], result.findings
    return result


def check_fixes(session: Session, text: str, path: str, result: LintResult | None = None) -> str:
    """Applying the fixes a second time changes nothing; the fixed draft is checked too."""
    once = fix_source(session, SourceText(text), path, result)
    twice = fix_source(session, SourceText(once.text), path)
    assert twice.text == once.text, "fixing a fixed draft changed it again"
    if once.changed:
        check(session, once.text, path)
    return once.text


def check_decode(data: bytes, path: str) -> SourceText | None:
    """Bytes are either a draft or refused with a message and a line inside the file."""
    try:
        return decode(data, path)
    except NarrlintError as exc:
        assert exc.message and exc.path == path
        lines = data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n") + 1
        assert exc.line is None or 1 <= exc.line <= lines, (exc.line, lines)
        return None


def check_parse(nlp: Language, text: str, path: str) -> Draft | None:
    """Parse a draft: refused with a file error, or prose that maps back to the original.

    Every character of the compact prose either is a separator the parser put there (white
    space) or is the very character of the original it maps to, after any front matter; the
    pieces follow the original's order; blocks lie inside the prose, in order.
    """
    try:
        draft = parse_draft(SourceText(text), path, nlp)
    except NarrlintError as exc:
        assert exc.message and exc.path == path
        assert exc.line is None or 1 <= exc.line <= LineIndex(text).line_count
        return None
    prose = draft.prose
    skip = split_front_matter(text, path).end
    assert draft.doc.text == prose.text, "the spaCy doc is not the prose"
    keys, pieces = prose._keys, prose._pieces
    assert len(keys) == len(pieces)
    assert sum(length for _, length, _ in pieces) == len(prose.text)
    previous = -1
    for key, (orig, length, synthetic) in zip(keys, pieces, strict=True):
        piece = prose.text[key : key + length]
        assert 0 <= orig <= len(text), (orig, len(text))
        if synthetic:
            # White space, an HTML entity's decoded character standing for the whole entity
            # ("&amp;" -> "&", mapped from its "&" to past its ";"), or a character read as
            # another one for one (a Unicode hyphen as "-", a backtick between letters as "'").
            entity = text[orig : orig + 1] == "&" and prose.wide.get(orig, orig) > orig
            reading = CHARACTER_READINGS.get(text[orig : orig + 1]) == piece
            assert not piece.strip() or entity or reading, (
                f"inserted piece {piece!r} is not white space"
            )
            continue
        assert text[orig : orig + length] == piece, (orig, piece, text[orig : orig + length])
        assert orig >= skip, f"front matter {piece!r} read as prose"
        assert orig >= previous, f"piece at {orig} comes before the previous one ({previous})"
        previous = orig + length
    end = 0
    for block in prose.blocks:
        assert end <= block.start < block.end <= len(prose.text), (block, end)
        end = block.end
    for token in draft.doc:
        start, stop = draft.offsets(token)
        assert 0 <= start <= stop <= len(text)
    return draft
