"""Files the lint command writes: ``--output-file`` and ``--write-baseline`` checked before any
linting, the report written whole or not at all, and a run that cannot start reported in the
machine-readable format asked for.

A CI job keeps its report in the checkout it lints (``narrlint --output-file report.md .``):
from the second run on, the folder walk found the previous report. The run's own report is
left out of the walk when the file there is a narrlint report (or empty); a real draft in its
place is still refused, as a draft named twice is, so a forgotten report name never replaces a
story.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from narrlint.errors import ConfigError, InputError, NarrlintError

_REPORT_HEAD = 8192
"""How much of an existing file is read to tell a previous report from a draft."""
_REPORT_LINE = re.compile(
    r"(?:\S.*:\d+:\d+: [A-Z]+\d+ "  # text report: path:line:col: CODE severity: …
    r"|::(?:error|warning|notice) "  # GitHub annotations
    r"|COUNT +CODE +RULE$| *\d+  \S+ +\S+$"  # --statistics
    r"|(?:narrlint: )?\d+ findings? in \d+ files?(?:[:;] .*)?$)"  # the summary
)
_DETAIL = re.compile(r"    \S")
"""A finding's indented details, evidence, fix and help lines (never a report's first line)."""


def check_output_file(file: Path) -> None:
    """``--output-file``: refused before any linting when it cannot be written. A file that
    exists and is no regular file (a pipe, ``/dev/stdout``) is written straight into: it
    needs write permission, not a writable folder; a symlink's target is what is written."""
    if file.exists() and not file.is_file() and not file.is_dir():
        if not os.access(file, os.W_OK):
            raise ConfigError("--output-file: it is not writable", str(file))
        return
    file = Path(os.path.realpath(file))
    folder = file.parent if str(file.parent) else Path(".")
    if file.is_dir():
        raise ConfigError("--output-file: it is a folder", str(file))
    if not folder.is_dir():
        raise ConfigError("--output-file: its folder does not exist", str(file))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ConfigError("--output-file: its folder is not writable", str(file))


def check_not_a_draft(option: str, file: Path, paths: Sequence[str], what: str) -> None:
    """Refuse, before any linting, a FILE that is one of the drafts to lint.

    A shell glob hands the first draft to the option when its own file name was forgotten
    (``narrlint --write-baseline drafts/*.md``): writing there would replace a story with a
    report. A baseline is JSON, so an existing file with a draft's suffix is refused too. A
    report found only by walking a folder is no draft: the walk leaves it out
    (:func:`narrlint.input.discover.leaving_out`), so it is refused only when it is not a
    narrlint report.
    """
    from narrlint.input.discover import DRAFT_SUFFIXES

    if not file.is_file():  # nothing there, or a pipe or device: never a draft
        return
    target = file.resolve()
    draft_like = file.name.lower().endswith(DRAFT_SUFFIXES)
    report = what == "report"
    for given in paths:
        if given == "-" or not os.path.exists(given):
            continue
        place = Path(given).resolve()
        if place == target:
            advice = (
                "write the report elsewhere" if report else "give the baseline file's name first"
            )
            message = f"{option} would overwrite a draft it is asked to lint; {advice}"
            raise ConfigError(message, str(file))
        if report and draft_like and place.is_dir() and place in target.parents:
            if looks_like_report(file):
                continue
            raise ConfigError(
                f"{option} would overwrite a draft in a folder it is asked to lint "
                "(it is not a narrlint report); write the report elsewhere",
                str(file),
            )
    if draft_like and not report:
        raise ConfigError(
            f"{option} would overwrite what looks like a draft (a baseline is a JSON file); "
            "give the baseline file's name first",
            str(file),
        )


def check_not_read(args: argparse.Namespace, config_path: str | None, corpus: list[str]) -> None:
    """Refuse, before any linting, an ``--output-file`` or ``--write-baseline`` that is a file
    the run reads as its knowledge: the config file in use, or a ledger, manifest or article
    of a corpus it was given. ``narrlint --corpus newsroom --output-file
    newsroom/ledger.yaml`` (a path completed one folder too far) replaced the newsroom's
    sourced ledger with an empty report, exit 0; ``--output-file .narrlint.yaml`` replaced
    the config."""
    for option, file in (
        ("--output-file", args.output_file),
        ("--write-baseline", args.write_baseline),
    ):
        if file is not None:
            _check_not_read(option, file, config_path, corpus)


def _check_not_read(option: str, file: Path, config_path: str | None, corpus: list[str]) -> None:
    if not file.is_file():  # nothing there, or a pipe or device: nothing to lose
        return
    target = file.resolve()
    if config_path is not None and Path(config_path).resolve() == target:
        raise ConfigError(
            f"{option} would overwrite the config file narrlint reads; write it elsewhere",
            str(file),
        )
    if not corpus:
        return
    from narrlint.knowledge.corpus import discover_sources

    try:
        sources = discover_sources(corpus, seeds=False)
    except NarrlintError:
        return  # a corpus that cannot be read is reported when it is loaded
    for kind, listed in (
        ("ledger", sources.ledgers),
        ("manifest", sources.manifests),
        ("article", sources.articles),
    ):
        if any(Path(path).resolve() == target for path, _display in listed):
            raise ConfigError(
                f"{option} would overwrite a corpus {kind} narrlint reads; write it elsewhere",
                str(file),
            )


def looks_like_report(file: Path) -> bool:
    """Whether ``file`` holds what narrlint writes as a report in any format (or nothing):
    then replacing it loses no story."""
    from narrlint.input.source import read_bytes

    try:
        head = read_bytes(str(file))[:_REPORT_HEAD].decode("utf-8", "replace")
    except InputError:
        return False
    text = head.lstrip()
    if not text:
        return True  # an empty file: a quiet run's report, and nothing to lose
    if text.startswith("{"):
        return _json_report(head)
    lines = [line for line in text.splitlines() if line.strip()]
    if len(head) == _REPORT_HEAD:
        lines = lines[:-1]  # cut at the end of the head
    if not lines or _DETAIL.match(lines[0]):
        return False
    return all(_REPORT_LINE.match(line) or _DETAIL.match(line) for line in lines)


def _json_report(head: str) -> bool:
    """A JSON or SARIF report of narrlint, judged on its opening (a long one is cut there)."""
    if re.match(r'\{\s*"version": \d+,\s*"narrlint": ', head):
        return True
    return '"$schema"' in head and '"name": "narrlint"' in head


@contextlib.contextmanager
def output(args: argparse.Namespace) -> Iterator[TextIO]:
    """Where the report goes: stdout, or ``--output-file`` written whole or not at all, once
    the report is complete, by :func:`narrlint.output.fixes.write_atomic` (a new file renamed
    over it, with its permissions and owner; in place for a file with hard links; through a
    symlink to its target; straight into a pipe or device such as ``/dev/stdout``)."""
    if args.output_file is None:
        yield sys.stdout
        return
    from narrlint.output.atomic import write_atomic

    file: Path = args.output_file
    buffer = io.StringIO(newline="")
    yield buffer
    # surrogateescape: a file name that is not UTF-8 (``caf\udce9.md``) is written as its own
    # bytes, as on stdout, not an internal error (JSON and SARIF escape it themselves)
    data = buffer.getvalue().encode("utf-8", errors="surrogateescape")
    try:
        write_atomic(str(file), data)
    except BrokenPipeError:
        raise  # the reader of a pipe went away: the command line ends quietly
    except OSError as exc:
        raise ConfigError(
            f"--output-file: cannot write: {exc.strerror or exc}", str(file)
        ) from None


MACHINE_FORMATS = ("json", "sarif", "github")
"""Formats a program reads: a run that cannot start still gives one of their documents."""


def report_run_error(args: argparse.Namespace, exc: NarrlintError) -> None:
    """A config, corpus or ledger file error that stops the run before any draft is linted,
    as the machine-readable format's own error entry (file and line), so an editor or CI that
    reads ``--format json``/``sarif``/``github`` gets a valid document naming it instead of
    an empty output; the message still goes to stderr (by the caller). Text output, usage
    errors, ``--diff`` and ``--write-baseline``: stderr only."""
    if args.format not in MACHINE_FORMATS or args.diff or args.write_baseline or not exc.path:
        return  # a usage error (no file to name) is for the person typing: stderr only
    from narrlint.model import FileError
    from narrlint.output.reporters import get_reporter

    error = FileError(exc.path, exc.message, exc.line)
    with contextlib.suppress(NarrlintError), output(args) as out:  # --output-file unwritable
        get_reporter(args.format)([], [error], 0, out, {"root": Path.cwd(), "quiet": True})
