"""The data model shared by the engine, the rules and the reporters.

Rules produce :class:`Problem` objects, which know only character offsets into the draft's
original text. The engine turns them into :class:`Finding` objects, which carry everything a
reporter needs (path, 1-based line and column, code, severity) so that reporters never have to
judge or look anything up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """How serious a finding is; ordered so that ``--fail-on`` can compare."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls(str(value).lower())
        except ValueError:
            choices = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of {choices})") from None


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a finding rests on: a corpus line or a ledger entry with its source."""

    source: str
    """Display path of the corpus file or ledger (e.g. ``seeds/004_….txt``)."""
    line: int | None
    """1-based line in that file, or ``None`` when the evidence has no line."""
    text: str
    """The corpus sentence, or a one-line summary of the ledger entry and its source."""

    def to_dict(self) -> dict:
        return {"source": self.source, "line": self.line, "text": self.text}


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` (character offsets in the original text) by ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A remedy a rule is sure of; applied by ``--fix``."""

    description: str
    edits: tuple[Edit, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """What a rule reports: a span of the original text and why it is wrong."""

    start: int
    end: int
    message: str
    evidence: tuple[Evidence, ...] = ()
    fix: Fix | None = None
    code: str | None = None
    """Set by rules that report under more than one code; otherwise the rule's own code."""
    details: str = ""
    """What the message leaves out: the reason in full, the record's dates, what else was
    checked. The message is the one line a writer reads first (the action, then the reason,
    about 120 characters at most); reporters show the details below it."""
    severity: Severity | None = None
    """This finding's severity when it differs from the rule's default (``None``: the default),
    e.g. ``info`` for a draft newer than the ledger's record. Precedence: the user's config
    ``severity:`` for the code overrides both; a per-finding severity replaces only the rule's
    default."""


@dataclass(frozen=True, slots=True)
class Position:
    line: int
    column: int


@dataclass(slots=True)
class Finding:
    """A problem placed in a file: what reporters print."""

    path: str
    start: Position
    end: Position
    code: str
    rule: str
    severity: Severity
    message: str
    excerpt: str
    evidence: tuple[Evidence, ...] = ()
    fix: Fix | None = None
    fix_positions: tuple[tuple[Position, Position, str], ...] = field(default=(), repr=False)
    offset: int = 0
    end_offset: int = 0
    plugin: str | None = None
    details: str = ""

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.start.line, self.start.column, self.code, self.message)

    def to_dict(self) -> dict:
        fix = None
        if self.fix is not None:
            fix = {
                "description": self.fix.description,
                "edits": [
                    {
                        "line": s.line,
                        "column": s.column,
                        "end_line": e.line,
                        "end_column": e.column,
                        "replacement": text,
                    }
                    for s, e, text in self.fix_positions
                ],
            }
        return {
            "path": self.path,
            "line": self.start.line,
            "column": self.start.column,
            "end_line": self.end.line,
            "end_column": self.end.column,
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "details": self.details,
            "excerpt": self.excerpt,
            "evidence": [e.to_dict() for e in self.evidence],
            "fix": fix,
        }


@dataclass(slots=True)
class FileError:
    """A file narrlint could not lint (unreadable, not text, bad front matter…)."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"
