"""Running rules over a draft: parse → rules → findings (filtering happens in ``filters``).

A rule that raises or yields a malformed problem never takes the run down: it becomes an
``NL000 internal-error`` finding naming the plugin and rule, and every other rule still runs.
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field

from narrlint.api import Rule
from narrlint.corpus import Corpus
from narrlint.document import Draft, parse_draft
from narrlint.errors import NarrlintError
from narrlint.model import Evidence, FileError, Finding, Fix, Position, Problem, Severity
from narrlint.source import SourceText

INTERNAL_ERROR = "NL000"
INTERNAL_ERROR_NAME = "internal-error"
EXCERPT_LIMIT = 160


@dataclass
class LintResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: FileError | None = None
    source: SourceText | None = None


def select_rules(rules: Iterable[Rule], select: list[str], ignore: list[str]) -> list[Rule]:
    """Rules whose code matches a ``select`` prefix (all when empty) and no ``ignore`` prefix."""

    def matches(code: str, prefixes: list[str]) -> bool:
        return any(p == "ALL" or code.startswith(p) for p in prefixes)

    chosen = []
    for rule in rules:
        codes = (rule.code, *rule.codes)
        if select and not any(matches(c, select) for c in codes):
            continue
        if ignore and all(matches(c, ignore) for c in codes):
            continue
        chosen.append(rule)
    return sorted(chosen, key=lambda r: r.code)


class Linter:
    """Lints drafts with a fixed set of rules against one corpus."""

    def __init__(
        self,
        rules: list[Rule],
        corpus: Corpus,
        *,
        date: dt.date | None = None,
        default_date: dt.date | None = None,
    ) -> None:
        self.rules = rules
        self.corpus = corpus
        self.date = date
        self.default_date = default_date

    def parse(self, source: SourceText, path: str, kind: str | None = None) -> Draft:
        return parse_draft(
            source,
            path,
            self.corpus.nlp,
            date=self.date,
            default_date=self.default_date,
            kind=kind,
            stories=self.corpus.stories_of(path) if path != "-" else (),
        )

    def lint(self, source: SourceText, path: str, kind: str | None = None) -> LintResult:
        try:
            draft = self.parse(source, path, kind)
        except NarrlintError as exc:
            return LintResult(path, error=FileError(path, exc.message, exc.line), source=source)
        findings: list[Finding] = []
        for rule in self.rules:
            findings.extend(self.run_rule(rule, draft))
        findings.sort(key=lambda f: f.sort_key)
        return LintResult(path, findings, source=source)

    def run_rule(self, rule: Rule, draft: Draft) -> list[Finding]:
        try:
            problems = list(rule.check(draft, self.corpus))
        except Exception as exc:
            return [internal_error(draft, rule, f"raised {type(exc).__name__}: {exc}", exc)]
        findings = []
        for problem in problems:
            reason = malformed(problem, draft, rule)
            if reason:
                return [internal_error(draft, rule, f"yielded a malformed finding: {reason}")]
            findings.append(to_finding(problem, draft, rule))
        return findings


def malformed(problem: object, draft: Draft, rule: Rule) -> str | None:
    if not isinstance(problem, Problem):
        return f"{problem!r} is not a narrlint Problem"
    size = len(draft.text)
    if not (isinstance(problem.start, int) and isinstance(problem.end, int)):
        return "offsets are not integers"
    if not 0 <= problem.start <= problem.end <= size:
        return f"range {problem.start}..{problem.end} lies outside the document (0..{size})"
    if not isinstance(problem.message, str) or not problem.message.strip():
        return "empty message"
    if problem.code is not None and problem.code not in (rule.code, *rule.codes):
        return f"code {problem.code!r} is not declared by the rule"
    if not all(isinstance(e, Evidence) for e in problem.evidence):
        return "evidence items are not narrlint Evidence"
    if problem.fix is not None:
        if not isinstance(problem.fix, Fix):
            return "fix is not a narrlint Fix"
        for edit in problem.fix.edits:
            if not 0 <= edit.start <= edit.end <= size:
                return f"fix edit {edit.start}..{edit.end} lies outside the document"
    return None


def excerpt(text: str, start: int, end: int) -> str:
    """The quoted text of a finding, on one line."""
    quoted = " ".join(text[start:end].split())
    if len(quoted) > EXCERPT_LIMIT:
        quoted = quoted[: EXCERPT_LIMIT - 1] + "…"
    return quoted


def to_finding(problem: Problem, draft: Draft, rule: Rule) -> Finding:
    lines = draft.lines
    fix_positions: tuple[tuple[Position, Position, str], ...] = ()
    if problem.fix is not None:
        fix_positions = tuple(
            (lines.position(e.start), lines.position(e.end), e.replacement)
            for e in problem.fix.edits
        )
    return Finding(
        path=draft.path,
        start=lines.position(problem.start),
        end=lines.position(problem.end),
        code=problem.code or rule.code,
        rule=rule.name,
        severity=rule.severity,
        message=problem.message,
        excerpt=excerpt(draft.text, problem.start, problem.end),
        evidence=problem.evidence,
        fix=problem.fix,
        fix_positions=fix_positions,
        offset=problem.start,
        end_offset=problem.end,
        plugin=rule.plugin,
    )


def internal_error(
    draft: Draft, rule: Rule, what: str, exc: BaseException | None = None
) -> Finding:
    where = ""
    if exc is not None:
        frames = traceback.extract_tb(exc.__traceback__)
        if frames:
            last = frames[-1]
            where = f" at {last.filename.rsplit('/', 1)[-1]}:{last.lineno}"
    message = f"rule {rule.code} ({rule.name}) from plugin {rule.plugin!r} {what}{where}"
    start = Position(1, 1)
    return Finding(
        path=draft.path,
        start=start,
        end=start,
        code=INTERNAL_ERROR,
        rule=INTERNAL_ERROR_NAME,
        severity=Severity.ERROR,
        message=message,
        excerpt="",
        plugin=rule.plugin,
    )


def plugin_error(path: str, message: str) -> Finding:
    """A plugin that failed to load or declared a malformed rule."""
    start = Position(1, 1)
    return Finding(
        path=path,
        start=start,
        end=start,
        code=INTERNAL_ERROR,
        rule=INTERNAL_ERROR_NAME,
        severity=Severity.ERROR,
        message=message,
        excerpt="",
    )
