"""Command line: ``narrlint [PATH...]``, ``narrlint rules``, ``narrlint rule CODE``.

Exit codes: 0 no finding at or above ``--fail-on``; 1 findings; 2 usage, config or input error
(including files that could not be read and rules that failed, NL000); 141 the reader of the
output went away (``narrlint … | head -1``): no message, as git, grep and cat end in a shell
(128 + SIGPIPE).
"""

from __future__ import annotations

from narrlint.frontends import startup  # first: Ctrl-C while the rest loads

# isort: split
import argparse
import atexit
import contextlib
import datetime as dt
import gc
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from narrlint import __version__
from narrlint.config import Config, find_config, load_config
from narrlint.errors import ConfigError, NarrlintError
from narrlint.frontends import dataclass_code
from narrlint.frontends.arguments import parse_intermixed, path_argument, path_text
from narrlint.frontends.cli_output import (
    check_not_a_draft,
    check_not_read,
    check_output_file,
    output,
    report_run_error,
)
from narrlint.input.frontmatter import parse_date
from narrlint.input.source import guarded_stdin
from narrlint.knowledge.gc_pause import collection_paused
from narrlint.model import Severity
from narrlint.output.escape import escape
from narrlint.output.reporters import FORMATS, RuleInfo, get_reporter
from narrlint.output.reporters.text import OUTPUT_FORMATS, use_colour
from narrlint.output.selection import asked_for, is_known

# The engine (rules, claims, spaCy: about a second) is imported by the commands that lint, not
# at module level: ``narrlint --version`` and ``--help`` never pay for it.
if TYPE_CHECKING:
    from narrlint.engine.plugins import Registry
    from narrlint.engine.session import Report, Session
    from narrlint.output.baseline import Baseline

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_CLOSED_PIPE = 141
"""The reader closed the output pipe: 128 + SIGPIPE (13), what a shell reports for git, grep
or cat cut off by ``| head``, so ``set -o pipefail`` scripts can tell it from findings (1) and
errors (2)."""
SUBCOMMANDS = ("rules", "rule", "check", "corpus", "lsp", "claims", "ledger", "init")


def _codes(value: str) -> list[str]:
    return [part.strip().upper() for part in value.split(",") if part.strip()]


def _date(value: str) -> dt.date:
    try:
        return parse_date(value)
    except Exception:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="narrlint",
        description="Check news drafts against a corpus of published articles and a sourced "
        "fact ledger.",
        epilog="Other commands: 'narrlint rules' lists all rules; 'narrlint rule CODE' "
        "prints a rule's documentation; 'narrlint corpus build|status|clear' manages the "
        "corpus index; 'narrlint lsp' runs the language server for editors; 'narrlint claims "
        "FILE' shows what narrlint read from a draft; 'narrlint ledger check|show|new' checks, "
        "queries and starts fact ledgers; 'narrlint init' sets up a repository.",
    )
    parser.add_argument(
        "paths", nargs="*", type=path_text, metavar="PATH", help="files or folders; '-' = stdin"
    )
    parser.add_argument(
        "--select",
        type=_codes,
        action="extend",
        metavar="CODES",
        help="only these rule codes or prefixes (e.g. NL4,NL201)",
    )
    parser.add_argument(
        "--ignore",
        type=_codes,
        action="extend",
        metavar="CODES",
        help="skip these rule codes or prefixes",
    )
    parser.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date of the drafts (default: the front matter's, else today)",
    )
    parser.add_argument(
        "--corpus",
        action="append",
        default=[],
        type=path_text,
        metavar="PATH",
        help="extra corpus file or folder (repeatable)",
    )
    parser.add_argument(
        "--no-seeds", action="store_true", help="do not load the built-in seed corpus"
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="read the corpus directly, bypassing the persistent corpus index",
    )
    parser.add_argument(
        "--config",
        type=path_argument,
        metavar="FILE",
        help="config file (default: nearest .narrlint.yaml or pyproject.toml)",
    )
    parser.add_argument(
        "--fail-on",
        choices=[s.value for s in Severity],
        help="lowest severity that makes the exit code 1 (default: warning)",
    )
    parser.add_argument(
        "--stdin-filename",
        type=path_text,
        metavar="NAME",
        help="path to report for '-' (also decides Markdown or text)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help="lint files in N worker processes (default: the number of cores; 1: no workers)",
    )
    parser.add_argument(
        "--report-unused-suppressions",
        action="store_true",
        help="report narrlint-disable comments and 'narrlint: ignore' markers that silenced "
        "nothing (as NL001 unused-suppression)",
    )
    parser.add_argument(
        "--fix",
        action="store_true",
        help="apply the fixes rules offer and rewrite the files (atomically, keeping line "
        "endings and encoding); the findings that remain are reported",
    )
    parser.add_argument(
        "--diff",
        action="store_true",
        help="print the fixes as a unified diff and change no file (exit 1 if there are any)",
    )
    parser.add_argument(
        "--baseline",
        type=path_argument,
        metavar="FILE",
        help="report only findings not recorded in this baseline file",
    )
    parser.add_argument(
        "--write-baseline",
        type=path_argument,
        metavar="FILE",
        help="record today's findings in FILE (for --baseline) instead of reporting them",
    )
    _output_options(parser.add_argument_group("output"))
    parser.add_argument("--version", action="version", version=f"narrlint {__version__}")
    return parser


def _output_options(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--format", choices=FORMATS, default="text", help="output format")
    group.add_argument(
        "--output-format",
        choices=OUTPUT_FORMATS,
        help="text format: 'full' (default: details, evidence, fix and help link under each "
        "finding) or 'concise' (one line per finding)",
    )
    group.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print only the findings: no summary line, no notes on stderr",
    )
    group.add_argument(
        "--output-file",
        type=path_argument,
        metavar="FILE",
        help="write the report to FILE (replaced atomically, never coloured) instead of stdout",
    )
    group.add_argument(
        "--no-color",
        action="store_true",
        help="no colours in text output (also: NO_COLOR=1; FORCE_COLOR=1 forces them)",
    )
    group.add_argument(
        "--statistics",
        action="store_true",
        help="also print the number of findings per rule",
    )


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive number of jobs")
    return jobs


GC_THRESHOLDS = (5000, 20, 10)
"""The garbage collector's thresholds when narrlint runs as the program (Python's: 700, 10,
10). Parsing a draft allocates tens of thousands of objects (markdown-it tokens, spans,
claims) that die young; a youngest generation seven times larger is collected seven times
less often: on 500 drafts with -j 1, 96 collections and none full instead of 759 and 4 full,
0.15-0.17 s instead of 0.20-0.21 s of collection (three runs each), for 3 MB more memory."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run narrlint; the exit code. Run as the program (no ``argv``: the ``narrlint`` script,
    ``python -m narrlint``), it also ends the process once its work is done (see
    :func:`_exit_when_done`), and collects garbage less often (:data:`GC_THRESHOLDS`)."""
    if argv is None:
        gc.set_threshold(*GC_THRESHOLDS)
    code = _run(argv)
    if argv is None:
        _exit_when_done(code)
    return code


def _exit_when_done(code: int) -> None:
    """End the process with ``os._exit`` once its output is complete.

    Python's own exit tears down every module and collects a heap of spaCy's vocabulary, the
    pipeline and the corpus memos: about 0.05 s of CPU, a sixth of what a one-draft run pays
    beyond the spaCy floor, for nothing a finished run needs. The exit handlers still run
    (``atexit``: logging, temporary folders, multiprocessing), then the output is flushed; a
    flush that fails leaves the exit to Python, which reports it as before, and so does a run
    under a profiler or a tracer (``python -m cProfile``, coverage), which write their results
    once ``main`` has returned. A non-daemon thread a plugin started and never stopped would
    keep Python waiting at exit, after the output is complete: with one, the process ends
    without the exit handlers, as it did before (nothing would run them while the thread
    lives).
    """
    main_thread = threading.main_thread()
    if any(t is not main_thread and not t.daemon for t in threading.enumerate()):
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)
    if sys.gettrace() is not None or sys.getprofile() is not None:
        return  # a profiler or coverage (python -m cProfile -m narrlint) writes after main
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    except Exception:
        return
    os._exit(code)


def _run(argv: Sequence[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        startup.started()
        if args and args[0] in SUBCOMMANDS:
            command, rest = args[0], args[1:]
            if command == "rules":
                return cmd_rules(rest)
            if command == "rule":
                return cmd_rule(rest)
            if command == "lsp":
                from narrlint.frontends.lsp import main as cmd_lsp

                return cmd_lsp(rest)
            if command == "corpus":
                from narrlint.frontends.corpus_cli import cmd_corpus

                return cmd_corpus(rest)
            if command == "claims":
                from narrlint.frontends.claims_cli import cmd_claims

                return cmd_claims(rest)
            if command == "ledger":
                from narrlint.frontends.ledger_cli import main as cmd_ledger

                return cmd_ledger(rest)
            if command == "init":
                from narrlint.frontends.init_cli import cmd_init

                return cmd_init(rest)
            return cmd_lint(rest)
        return cmd_lint(args)
    except NarrlintError as exc:
        if _closed_pipe(exc):
            return _reader_gone()
        _stderr(f"narrlint: error: {exc}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _stderr("narrlint: interrupted")
        return startup.INTERRUPTED
    except BrokenPipeError:
        return _reader_gone()
    except Exception as exc:  # a defect: still exit 2, never 1 ("findings"), and say where
        if _closed_pipe(exc):
            return _reader_gone()
        _stderr(f"narrlint: internal error: {_where(exc)}: {type(exc).__name__}: {exc}")
        _stderr("narrlint: this is a bug in narrlint or a plugin; please report it")
        return EXIT_ERROR


def _closed_pipe(exc: BaseException) -> bool:
    """Whether ``exc`` is, or was raised while handling, a write to a closed pipe (a command
    that wraps the ``OSError`` of its output in an error of its own)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, BrokenPipeError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _reader_gone() -> int:
    """The reader of stdout went away (``| head -1``): stop quietly, as git or grep do. What
    is still buffered for stdout can never be delivered; stdout is pointed at the null device
    so Python's flush at exit does not print "Exception ignored … BrokenPipeError"."""
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return EXIT_CLOSED_PIPE


def _where(exc: BaseException) -> str:
    """The file and line where ``exc`` was raised, for a bug report."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"


# ---------------------------------------------------------------------------------------------
# narrlint rules / narrlint rule CODE


def cmd_rules(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="narrlint rules", description="List all rules.")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    from narrlint.output.rule_pages import help_url

    with collection_paused():  # the rules' imports (spaCy's among them) make no garbage
        registry = _load_registry()
    rules = [registry.rules[c] for c in registry.codes()]
    if args.format == "json":
        import json

        json.dump(
            [
                {
                    "code": r.code,
                    "name": r.name,
                    "severity": r.severity.value,
                    "summary": r.summary,
                    "plugin": r.plugin,
                    "help_url": help_url(r),
                }
                for r in rules
            ],
            sys.stdout,
            indent=2,
        )
        print()
        return EXIT_OK
    width = max((len(r.name) for r in rules), default=4)
    print(f"{'CODE':<7} {'NAME':<{width}} {'SEVERITY':<8} SUMMARY")
    for rule in rules:
        print(f"{rule.code:<7} {rule.name:<{width}} {rule.severity.value:<8} {rule.summary}")
    for problem in registry.broken:
        _stderr(f"narrlint: warning: {problem}")
    return EXIT_OK


def cmd_rule(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="narrlint rule", description="Show a rule's docs.")
    parser.add_argument("code", help="rule code (NL401) or name (stale-title)")
    args = parser.parse_args(argv)
    from narrlint.output.rule_pages import help_url

    with collection_paused():  # the rules' imports (spaCy's among them) make no garbage
        registry = _load_registry()
    wanted = args.code.strip()
    rule = registry.by_code(wanted) or next(
        (r for r in registry.rules.values() if r.name == wanted.lower()), None
    )
    if rule is None:
        _stderr(f"narrlint: error: no rule {wanted!r} (run 'narrlint rules')")
        return EXIT_ERROR
    print(f"{rule.code} {rule.name}")
    print()
    print(f"Summary:  {rule.summary}")
    print(f"Severity: {rule.severity.value} (default)")
    print(f"Plugin:   {rule.plugin}")
    link = help_url(rule)
    if link:
        print(f"Help:     {link}")
    print()
    print(_dedent(rule.documentation).strip())
    return EXIT_OK


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text)


# ---------------------------------------------------------------------------------------------
# Linting


def resolve_config(args: argparse.Namespace) -> Config:
    from narrlint.output.suppressions import UNUSED

    path = args.config if args.config else find_config()
    config = load_config(path)
    if args.select:
        config.select = args.select
    if args.ignore:
        config.ignore = [*config.ignore, *args.ignore]
    if args.fail_on:
        config.fail_on = Severity(args.fail_on)
    if args.no_seeds:
        config.seeds = False
    config.corpus = [*config.corpus, *args.corpus]
    config.report_unused_suppressions = asked_for(
        UNUSED, config.select, config.ignore, getattr(args, "report_unused_suppressions", False)
    )
    return config


def cmd_lint(argv: list[str]) -> int:
    parser = build_parser()
    # Options between paths, as ruff and flake8 take them: ``narrlint a.md --fix b.md``.
    args = parse_intermixed(parser, argv)
    if not args.paths and args.stdin_filename:
        # An editor's call (``narrlint --stdin-filename story.md``) reads stdin, as ruff does.
        args.paths = ["-"]
    if not args.paths:
        parser.print_usage(sys.stderr)
        print(
            "narrlint: error: give at least one file or folder to lint ('-' for stdin)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    if args.fix and not args.diff and "-" in args.paths:
        _stderr("narrlint: error: --fix cannot rewrite stdin; use --diff")
        return EXIT_ERROR
    if args.output_format and args.format != "text":
        _stderr(f"narrlint: error: --output-format applies to --format text, not {args.format}")
        return EXIT_ERROR
    if args.output_file is not None:
        check_output_file(args.output_file)
        check_not_a_draft("--output-file", args.output_file, args.paths, "report")
    if args.write_baseline is not None:
        check_not_a_draft("--write-baseline", args.write_baseline, args.paths, "baseline")
    with collection_paused():
        from narrlint.engine.parallel import default_jobs
        from narrlint.engine.session import Session
        from narrlint.input.discover import leaving_out
        from narrlint.output.filters import apply_config_all
    try:
        with collection_paused():
            config = resolve_config(args)
            check_not_read(args, config.path, config.corpus)
            baseline = load_baseline(args.baseline) if args.baseline else None
            registry = _load_registry()
            # spaCy's import leaves ~90,000 long-lived objects that every full garbage
            # collection would walk again (30-60 ms of a 1 s run); freezing them also keeps
            # forked workers from copying those pages. Frozen before collection resumes.
            gc.freeze()
        _check_cli_codes(args, registry)
        if args.no_cache:
            dataclass_code.leave_cache_alone()
        with collection_paused():  # spaCy's import, the ledger and the pipeline: no garbage
            session = Session.create(
                config, date=args.date, registry=registry, cache=not args.no_cache
            )
            # They live as long as the run: frozen before collection resumes, or the first
            # collection after the block walks all of them (0.05-0.07 s).
            gc.freeze()
    except NarrlintError as exc:
        report_run_error(args, exc)
        raise
    warn_corpus(session.corpus)
    jobs = args.jobs or default_jobs()
    # Only fixes and baselines read the drafts' texts back: otherwise workers send findings.
    sources = bool(args.fix or args.diff or args.baseline or args.write_baseline)
    # The run's own report, found by walking a folder, is output, not a draft to lint.
    # stdin is read as files are: bounded, and a closed stdin is the draft it could not read
    leave_out = [args.output_file] if args.output_file is not None else []
    with leaving_out(leave_out), guarded_stdin("-" in args.paths):
        report = session.lint_paths(args.paths, args.stdin_filename, jobs=jobs, sources=sources)
    report.findings = apply_config_all(report.findings, config)
    for error in report.errors:
        _stderr(f"narrlint: error: {error}")
    warn_no_drafts(args.paths, bool(report.results or report.errors))
    if args.diff:
        with output(args) as out:
            return cmd_diff(session, report, args.paths, out, quiet=args.quiet)
    fix_failed = False
    if args.fix:
        fix_failed = apply_fixes(session, report, args.paths, quiet=args.quiet)
        report.findings = apply_config_all(report.findings, config)
    if args.write_baseline:
        return cmd_write_baseline(args.write_baseline, report)
    if baseline is not None:
        apply_baseline(baseline, report, quiet=args.quiet)
    with output(args) as out:
        options = {
            "rules": rule_infos_of(registry, config),
            "statistics": args.statistics,
            "root": Path.cwd(),
            "colour": use_colour(out) and not args.no_color and args.output_file is None,
            "output_format": args.output_format or "full",
            "quiet": args.quiet,
            "fail_on": config.fail_on,
        }
        get_reporter(args.format)(report.findings, report.errors, report.files, out, options)
    return EXIT_ERROR if fix_failed else exit_code(report, config)


def cmd_diff(
    session: Session, report: Report, paths: list[str], out: TextIO, quiet: bool = False
) -> int:
    """``--diff``: the fixes as a unified diff (on stdout or ``--output-file``); no file is
    touched."""
    from narrlint.output.fixes import fix_report

    summary = fix_report(session, report, paths, write=False, diff=out)
    changed = summary.changed
    if not quiet:
        print(
            f"narrlint: {summary.applied} {_plural(summary.applied, 'fix', 'fixes')} would "
            f"change {len(changed)} {_plural(len(changed), 'file', 'files')}",
            file=sys.stderr,
        )
    if report.errors or report.internal_errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if changed else EXIT_OK


def _texts(report: Report) -> dict[str, str]:
    return {r.path: r.source.text for r in report.results if r.source is not None}


def cmd_write_baseline(file: Path, report: Report) -> int:
    """``--write-baseline``: record the findings; report none of them."""
    from narrlint.engine.linter import INTERNAL_ERROR
    from narrlint.output.baseline import write_baseline

    try:
        count = write_baseline(file, report.findings, _texts(report))
    except OSError as exc:
        raise ConfigError(f"cannot write the baseline: {exc.strerror or exc}", str(file)) from None
    _stderr(f"narrlint: recorded {count} {_plural(count, 'finding', 'findings')} in {file}")
    for finding in report.findings:
        if finding.code == INTERNAL_ERROR:
            _stderr(f"narrlint: error: {finding.path}: {finding.message}")
    return EXIT_ERROR if report.errors or report.internal_errors else EXIT_OK


def load_baseline(file: Path) -> Baseline:
    """Read ``--baseline`` before linting: a bad file is an error before any work."""
    from narrlint.output.baseline import Baseline

    return Baseline.load(file)


def apply_baseline(baseline: Baseline, report: Report, quiet: bool = False) -> None:
    """``--baseline``: keep only the findings the baseline does not record."""
    before = len(report.findings)
    report.findings = baseline.new_findings(report.findings, _texts(report))
    hidden = before - len(report.findings)
    if hidden and not quiet:
        _stderr(
            f"narrlint: {hidden} {_plural(hidden, 'finding', 'findings')} in the baseline "
            f"{baseline.file} not shown"
        )


def apply_fixes(session: Session, report: Report, paths: list[str], quiet: bool = False) -> bool:
    """``--fix``: rewrite the files; ``report`` then holds what remains. Whether a file could
    not be fixed for an error (a read-only file: exit 2)."""
    from narrlint.output.fixes import fix_report

    summary = fix_report(session, report, paths, write=True)
    for reason in summary.refused:
        _stderr(f"narrlint: warning: {reason}")
    for reason in summary.errors:
        _stderr(f"narrlint: error: {reason}")
    fixes = sum(f.applied for f in summary.written)
    files = len(summary.written)
    if quiet:
        return bool(summary.errors)
    print(
        f"narrlint: applied {fixes} {_plural(fixes, 'fix', 'fixes')} to "
        f"{files} {_plural(files, 'file', 'files')}",
        file=sys.stderr,
    )
    return bool(summary.errors)


def warn_corpus(corpus) -> None:
    """The corpus's problems that do not stop a run (a manifest entry that dates no article),
    once, on stderr, as ``narrlint: warning: manifest.yaml:3: …``."""
    for warning in corpus.warnings:
        _stderr(f"narrlint: warning: {warning}")


def warn_no_drafts(paths: Sequence[str], found: bool) -> None:
    """Folders given that held no draft at all (``found``: any draft read or refused): a wrong
    folder or an unread suffix must not pass as a clean run ("0 findings in 0 files", or
    ``narrlint claims``' "no claims read", exit 0) without a word."""
    from narrlint.input.discover import DRAFT_SUFFIXES

    if found:
        return
    folders = [path for path in paths if path != "-" and os.path.isdir(path)]
    if folders:
        suffixes = ", ".join(DRAFT_SUFFIXES)
        _stderr(f"narrlint: warning: {', '.join(folders)}: no drafts ({suffixes}) found")


def _stderr(message: str) -> None:
    """A message for the terminal: paths and messages in it have control characters escaped
    (a file name cannot clear the screen or forge a line)."""
    print(escape(message), file=sys.stderr)


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def rule_infos_of(registry: Registry, config: Config | None = None) -> list[RuleInfo]:
    """Every code a run may report, for formats that describe the tool (SARIF) and links."""
    from narrlint.output.rule_pages import rule_infos

    template = config.help_url if config is not None else None
    return rule_infos(list(registry.rules.values()), template)


def exit_code(report: Report, config: Config) -> int:
    if report.errors or report.internal_errors:
        return EXIT_ERROR
    failing = [f for f in report.findings if f.severity.rank >= config.fail_on.rank]
    return EXIT_FINDINGS if failing else EXIT_OK


def _load_registry() -> Registry:
    """The rules; what a plugin prints while loading goes to stderr, never into the output."""
    from narrlint.engine.linter import rule_output
    from narrlint.engine.plugins import load_registry

    with rule_output().attributed("a plugin (while loading)"):
        return load_registry()


def _check_cli_codes(args: argparse.Namespace, registry: Registry) -> None:
    from narrlint.engine.linter import INTERNAL_ERROR

    known = registry.codes()
    for option, codes in (("--select", args.select or []), ("--ignore", args.ignore or [])):
        for code in codes:
            if not is_known(code, known):
                raise ConfigError(f"{option}: unknown rule code {code!r} (see 'narrlint rules')")
    if INTERNAL_ERROR in (args.ignore or []):
        _stderr(
            f"narrlint: warning: --ignore {INTERNAL_ERROR}: internal errors are always reported "
            "(a rule that did not run); ignore the failing rule's own code instead"
        )
