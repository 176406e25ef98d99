"""A lint session: load registry, config and corpus once, then lint any number of files.

The CLI, the pre-commit hook and the language server all go through :class:`Session`, so a
draft is linted the same way everywhere: read → parse → rules → filters.
"""

from __future__ import annotations

import datetime as dt
import gc
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from narrlint.config import Config, check_codes
from narrlint.engine.linter import (
    INTERNAL_ERROR,
    Linter,
    LintResult,
    plugin_error,
    rule_output,
    select_rules,
)
from narrlint.engine.plugins import Registry, load_registry
from narrlint.errors import NarrlintError
from narrlint.input.discover import iter_files
from narrlint.input.source import GuardedStdin, SourceText, decode, read_path
from narrlint.knowledge.corpus import Corpus, load_corpus
from narrlint.model import FileError, Finding
from narrlint.output.filters import apply_config


@dataclass
class Report:
    """Everything one run produced, ready for a reporter."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    files: int = 0
    results: list[LintResult] = field(default_factory=list)

    @property
    def internal_errors(self) -> bool:
        return any(f.code == INTERNAL_ERROR for f in self.findings)


@dataclass
class Session:
    config: Config
    registry: Registry
    corpus: Corpus
    linter: Linter

    @classmethod
    def create(
        cls,
        config: Config,
        *,
        date: dt.date | None = None,
        registry: Registry | None = None,
        cache: bool = True,
    ) -> Session:
        """Validate the config against the installed rules, then load the corpus (through the
        persistent corpus index unless ``cache=False``)."""
        if registry is None:
            with rule_output().attributed("a plugin (while loading)"):
                registry = load_registry()
        check_codes(config, registry.codes())
        corpus = load_corpus(
            [*registry.corpus_paths, *config.corpus],
            seeds=config.seeds,
            model=config.model,
            cache=cache,
        )
        rules = select_rules(registry.rules.values(), config.select, config.ignore)
        linter = Linter(
            rules, corpus, date=date, default_date=config.date, rule_timeout=config.rule_timeout
        )
        return cls(config, registry, corpus, linter)

    def lint_source(self, source: SourceText, path: str, kind: str | None = None) -> LintResult:
        result = self.linter.lint(source, path, kind)
        result.findings = apply_config(result.findings, self.config, result.path)
        if result.error is None:
            findings = self.suppress(
                result.findings, source, result.path, kind, result.directive_lines
            )
            # The suppression filter reports NL001 itself: the config (ignore, per-file-ignores,
            # severity) applies to it too, before any front end applies its fixes.
            result.findings = apply_config(findings, self.config, result.path)
        return result

    def suppress(
        self,
        findings: list[Finding],
        source: SourceText,
        path: str,
        kind: str | None,
        comment_lines: tuple[tuple[int, int], ...] | None = None,
    ) -> list[Finding]:
        """Drop findings the draft's own comments silence (:mod:`narrlint.output.suppressions`)."""
        from narrlint.input.discover import MARKUP_KINDS, draft_kind
        from narrlint.output.filters import ignored_codes
        from narrlint.output.selection import names
        from narrlint.output.suppressions import apply_suppressions

        kind = draft_kind(path) if kind is None else kind
        ignored = ignored_codes(self.config, path)
        active = [
            code
            for rule in self.linter.rules
            for code in (rule.code, *rule.codes)
            if not names(code, ignored)
        ]
        return apply_suppressions(
            findings,
            source.text,
            path,
            markdown=kind in MARKUP_KINDS,
            mdx=kind == "mdx",
            active=active,
            known=self.registry.codes(),
            report_unused=self.config.report_unused_suppressions,
            comment_lines=comment_lines,
        )

    def lint_file(self, path: str, stdin_filename: str | None = None) -> LintResult:
        if path == "-":
            name = stdin_filename or "-"
            # The guards the command line reads stdin with (a closed stdin, one past the size
            # limit, a failing read), for every caller of the session (robustness r23).
            stdin = sys.stdin if isinstance(sys.stdin, GuardedStdin) else GuardedStdin(sys.stdin)
            try:
                source = decode(stdin.buffer.read(), name)
            except NarrlintError as exc:
                return LintResult(name, error=FileError(name, exc.message, exc.line))
            return self.lint_source(source, name, kind=None if stdin_filename else "markdown")
        try:
            source = read_path(path)
        except NarrlintError as exc:
            return LintResult(path, error=FileError(path, exc.message, exc.line))
        return self.lint_source(source, path)

    def lint_paths(
        self,
        paths: Iterable[str],
        stdin_filename: str | None = None,
        jobs: int = 1,
        sources: bool = True,
    ) -> Report:
        """Lint files and folders; ``jobs`` > 1 lints many files in worker processes.

        ``sources=False``: the results keep no :class:`SourceText` (what fixes and baselines
        read), so worker processes send back only findings, not every draft's text."""
        report = Report(findings=[plugin_error("narrlint", p) for p in self.registry.broken])
        entries = list(iter_files(list(paths), self.config))
        files = [path for path, error in entries if error is None]
        results = iter(self._lint_files(files, stdin_filename, jobs, sources))
        for _path, error in entries:
            if error is not None:
                report.errors.append(error)
                continue
            result = next(results)
            report.results.append(result)
            if result.error is not None:
                report.errors.append(result.error)
                continue
            report.files += 1
            report.findings.extend(result.findings)
        report.findings.sort(key=lambda f: f.sort_key)
        return report

    def _lint_files(
        self, files: list[str], stdin_filename: str | None, jobs: int, sources: bool = True
    ) -> Iterable[LintResult]:
        from narrlint.engine.parallel import lint_parallel, worth_parallel

        if jobs > 1 and "-" not in files and worth_parallel(files):
            return lint_parallel(self, files, jobs, sources=sources)
        return self._lint_sequentially(files, stdin_filename, sources)

    def _lint_sequentially(
        self, files: list[str], stdin_filename: str | None, sources: bool = True
    ) -> Iterator[LintResult]:
        for number, path in enumerate(files):
            result = self.lint_file(path, stdin_filename)
            yield result if sources else without_source(result)
            if number == 0 and len(files) > 1:
                # What the first file made the rules derive from the corpus lives as long as
                # the session: out of the garbage collector's way, full collections over the
                # next files stop walking it again (about 5% of a 200-draft run).
                gc.freeze()


def without_source(result: LintResult) -> LintResult:
    """``result`` without what only fixes and baselines read: the draft's text and the lines
    of its suppression comments (already applied)."""
    result.source = None
    result.directive_lines = None
    return result
