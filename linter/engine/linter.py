"""Running rules over a draft: parse → rules → findings (filtering happens in ``filters``).

A rule that raises, runs past its time budget or yields a malformed problem never takes the
run down: it becomes an ``NL000 internal-error`` finding naming the plugin and rule, and every
other rule still runs. The budget (config ``rule-timeout``) is enforced by
:mod:`narrlint.engine.budget`: ``SIGALRM`` in the main thread, an abandoned daemon thread elsewhere.

Rules run with ``sys.stdout`` redirected (:class:`RuleOutput`): whatever a rule prints goes to
stderr, one line at a time, marked with the plugin and rule and with control characters
escaped, and never into ``--format json`` or SARIF on stdout. This happens in ``run_rule``, so
``-j`` worker processes and the language server redirect the same way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from narrlint.api import Rule
from narrlint.claims import Claims
from narrlint.config import DEFAULT_RULE_TIMEOUT
from narrlint.engine.budget import BudgetExceeded, call_with_budget
from narrlint.engine.draft import Draft, parse_draft
from narrlint.errors import NarrlintError
from narrlint.input.source import SourceText
from narrlint.knowledge.corpus import Corpus
from narrlint.model import Edit, Evidence, FileError, Finding, Fix, Position, Problem, Severity
from narrlint.output.escape import escape
from narrlint.output.selection import selected

INTERNAL_ERROR = "NL000"
INTERNAL_ERROR_NAME = "internal-error"
EXCERPT_LIMIT = 160
BUDGET_CHARS = 100_000
"""Longer drafts get proportionally more time: rules are linear, a 20 MB draft is not hung."""


@dataclass
class LintResult:
    """One file's outcome: its findings, or the error that kept it from being linted."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: FileError | None = None
    source: SourceText | None = None
    directive_lines: tuple[tuple[int, int], ...] | None = None
    """Where the draft's parse saw comments naming narrlint (suppressions read these instead of
    parsing the Markdown again); None when the draft was not parsed."""


def select_rules(rules: Iterable[Rule], select: list[str], ignore: list[str]) -> list[Rule]:
    """Rules whose code matches a ``select`` prefix (all when empty) and no ``ignore`` prefix;
    never the engine's own codes (NL000, NL001), which the engine reports, not a draft's check."""
    chosen = [
        r for r in rules if not r.engine_reported and selected((r.code, *r.codes), select, ignore)
    ]
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
        rule_timeout: float | None = DEFAULT_RULE_TIMEOUT,
    ) -> None:
        self.rules = rules
        self.corpus = corpus
        self.date = date
        self.default_date = default_date
        self.rule_timeout = rule_timeout

    def parse(self, source: SourceText, path: str, kind: str | None = None) -> Draft:
        draft = parse_draft(
            source,
            path,
            self.corpus.nlp,
            date=self.date,
            default_date=self.default_date,
            kind=kind,
            stories=self.corpus.stories_of(path) if path != "-" else (),
        )
        draft.claims = Claims(draft, self.corpus)
        return draft

    def lint(self, source: SourceText, path: str, kind: str | None = None) -> LintResult:
        try:
            draft = self.parse(source, path, kind)
        except NarrlintError as exc:
            return LintResult(path, error=FileError(path, exc.message, exc.line), source=source)
        except Exception as exc:  # a bug in narrlint must cost this file, never the run
            message = f"internal error while reading the draft: {type(exc).__name__}: {exc}"
            return LintResult(path, error=FileError(path, message), source=source)
        findings: list[Finding] = []
        for rule in self.rules:
            findings.extend(self.run_rule(rule, draft))
        findings.sort(key=lambda f: f.sort_key)
        return LintResult(
            path, findings, source=source, directive_lines=draft.prose.directive_lines
        )

    def budget(self, draft: Draft) -> float | None:
        """Seconds ``draft`` allows one rule (``None``: no limit)."""
        if not self.rule_timeout or self.rule_timeout <= 0:
            return None
        return self.rule_timeout * max(1.0, len(draft.prose.text) / BUDGET_CHARS)

    def run_rule(self, rule: Rule, draft: Draft) -> list[Finding]:
        """The rule's findings; its failures as one ``NL000`` finding (its good findings kept)."""
        if not isinstance(rule.severity, Severity):
            return [internal_error(draft, rule, f"has severity {rule.severity!r}, not a Severity")]
        seconds = self.budget(draft)
        check = rule_output().owned_by(rule, lambda: list(rule.check(draft, self.corpus)))
        try:
            problems = call_with_budget(check, seconds)
        except BudgetExceeded as exc:
            what = f"ran past its time budget of {exc.seconds:g} s and was stopped (rule-timeout)"
            return [internal_error(draft, rule, what)]
        except (Exception, SystemExit) as exc:
            return [internal_error(draft, rule, f"raised {type(exc).__name__}: {exc}", exc)]
        findings, reasons = [], []
        for problem in problems:
            try:
                reason = malformed(problem, draft, rule)
                if not reason:
                    findings.append(to_finding(problem, draft, rule))
            except Exception as exc:
                reason = f"{type(exc).__name__}: {exc}"
            if reason:
                reasons.append(reason)
        if reasons:
            what = f"yielded {len(reasons)} malformed finding(s), dropped: {reasons[0]}"
            findings.append(internal_error(draft, rule, what))
        return findings


class RuleOutput:
    """``sys.stdout`` once a rule has run: a rule's prints go to stderr, marked and escaped.

    The owner of the text is per thread, set while a rule runs (in whichever thread runs it:
    the main thread, or the budget's daemon thread). Text written by the main thread outside
    any rule (the reporters) goes to the stream this replaced; text from any other thread that
    is not running a rule (a thread a plugin started, a rule abandoned past its budget) goes to
    stderr too, so nothing a plugin does reaches machine-readable output.
    """

    def __init__(self, original: object) -> None:
        self.original = original
        self._local = threading.local()

    def owned_by(self, rule: Rule, func: Callable[[], list]) -> Callable[[], list]:
        """``func`` wrapped so that what it prints is attributed to ``rule``."""
        label = f"plugin {rule.plugin!r} (rule {rule.code} {rule.name})"

        def call() -> list:
            with self.attributed(label):
                return func()

        return call

    @contextlib.contextmanager
    def attributed(self, label: str) -> Iterator[None]:
        """In this thread, what is printed inside the block goes to stderr as ``label``'s."""
        local = self._local
        previous = getattr(local, "owner", None)
        local.owner = label
        try:
            yield
        finally:
            self._flush_line(local)
            local.owner = previous

    def write(self, text: str) -> int:
        local = self._local
        owner = getattr(local, "owner", None)
        if owner is None and threading.current_thread() is threading.main_thread():
            return self.original.write(text)  # type: ignore[attr-defined]
        pending = getattr(local, "pending", "") + str(text)
        *lines, local.pending = pending.split("\n")
        for line in lines:
            self._emit(owner, line)
        return len(text)

    def _flush_line(self, local: threading.local) -> None:
        pending = getattr(local, "pending", "")
        local.pending = ""
        if pending:
            self._emit(getattr(local, "owner", None), pending)

    def _emit(self, owner: str | None, line: str) -> None:
        who = owner or "a plugin thread"
        try:
            sys.stderr.write(f"narrlint: {who} printed: {escape(line)}\n")
            sys.stderr.flush()
        except (OSError, ValueError):  # stderr closed: the text is dropped, the lint goes on
            pass

    def flush(self) -> None:
        if getattr(self._local, "owner", None) is None:
            flush = getattr(self.original, "flush", None)
            if flush is not None:
                flush()

    def isatty(self) -> bool:
        if getattr(self._local, "owner", None) is not None:
            return False
        return bool(getattr(self.original, "isatty", lambda: False)())

    def __getattr__(self, name: str) -> object:
        # encoding, buffer, fileno… of the stream the reporters write to.
        return getattr(self.original, name)


_OUTPUT_LOCK = threading.Lock()


def rule_output() -> RuleOutput:
    """The :class:`RuleOutput` installed as ``sys.stdout`` (installed on first use, and again
    if something replaced it since, such as a test's capture)."""
    with _OUTPUT_LOCK:
        current = sys.stdout
        if not isinstance(current, RuleOutput):
            current = RuleOutput(current)
            sys.stdout = current
        return current


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
    if problem.severity is not None and not isinstance(problem.severity, Severity):
        return f"severity {problem.severity!r} is not a narrlint Severity"
    if not isinstance(problem.evidence, tuple | list) or not all(
        isinstance(e, Evidence)
        and isinstance(e.source, str)
        and isinstance(e.text, str)
        and (e.line is None or isinstance(e.line, int))
        for e in problem.evidence
    ):
        return "evidence items are not narrlint Evidence (source, line, text)"
    if problem.fix is not None:
        if not isinstance(problem.fix, Fix) or not isinstance(problem.fix.edits, tuple | list):
            return "fix is not a narrlint Fix"
        for edit in problem.fix.edits:
            if not isinstance(edit, Edit) or not isinstance(edit.replacement, str):
                return f"fix edit {edit!r} is not a narrlint Edit"
            if not (isinstance(edit.start, int) and isinstance(edit.end, int)):
                return "fix edit offsets are not integers"
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
        # The edits --fix applies (markup inside the span kept: "**December 1**, 2023"), so
        # JSON's fix.edits, SARIF's fixes and --fix agree; the rule's own edit replaced
        # the markup with the words. Imported here: output.fixes imports this module.
        from narrlint.output.fixes import markup_safe

        edits = markup_safe(draft.text, problem.fix.edits, draft.kind, draft.prose)
        fix_positions = tuple(
            (lines.position(e.start), lines.position(e.end), e.replacement) for e in edits
        )
    return Finding(
        path=draft.path,
        start=lines.position(problem.start),
        end=lines.position(problem.end),
        code=problem.code or rule.code,
        rule=rule.name,
        severity=problem.severity or rule.severity,  # the config may override it later
        message=problem.message,
        excerpt=excerpt(draft.text, problem.start, problem.end),
        evidence=problem.evidence,
        fix=problem.fix,
        fix_positions=fix_positions,
        offset=problem.start,
        end_offset=problem.end,
        plugin=rule.plugin,
        details=problem.details,
    )


def internal_error(
    draft: Draft, rule: Rule, what: str, exc: BaseException | None = None
) -> Finding:
    where = ""
    if exc is not None:
        frames = traceback.extract_tb(exc.__traceback__)
        if frames:
            # The rule's own line says more than spaCy's (token.pxd) where it ended.
            module = sys.modules.get(type(rule).__module__)
            own = getattr(module, "__file__", None)
            last = next((f for f in reversed(frames) if f.filename == own), frames[-1])
            where = f" at {os.path.basename(last.filename)}:{last.lineno}"
    message = f"rule {rule.code} ({rule.name}) from plugin {rule.plugin!r} {what}{where}"
    return plugin_error(draft.path, message, rule.plugin)


def plugin_error(path: str, message: str, plugin: str | None = None) -> Finding:
    """``NL000`` at the top of the file: a plugin that failed to load, declared a malformed
    rule, or whose rule failed on this draft."""
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
        plugin=plugin,
    )
