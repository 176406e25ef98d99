"""The language server's lint process: a forked child that lints one document version at a
time, so a slow or stuck lint never blocks the protocol thread (and can be killed)."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narrlint.input.source import SourceText
from narrlint.model import FileError, Finding

if TYPE_CHECKING:
    from narrlint.engine.session import Session


@dataclass(frozen=True)
class Job:
    """One version of one document, to be linted."""

    uri: str
    version: int | None
    text: str
    path: str
    kind: str
    config: Path | None = None
    """The config whose session lints it (``None``: the server's main session)."""


_SESSIONS: dict[Path | None, Session] = {}
"""The sessions a forked lint process inherits, by config (``None``: the main session)."""


Outcome = tuple[list[Finding], FileError | None, list[Any]]
"""What a lint sends back: findings, a file error, and the edits of "fix all"."""


_UNREADABLE = re.compile("[\x00\ud800-\udfff]")
MAX_UNREADABLE = 20
"""Unreadable characters pointed at one by one in a document (past that, only the first)."""


def readable(text: str) -> str:
    """The document as narrlint lints it. An editor may send a NUL or an unpaired UTF-16
    surrogate (valid JSON, not text; the command line refuses such a file): spaCy cannot hash
    a surrogate (the lint failed as an internal error at line 1), and Markdown drops a
    paragraph holding a NUL without a word. Each becomes U+FFFD, one character for one, so
    every position and fix stays where it was; :func:`unreadable` says where they are."""
    return _UNREADABLE.sub("\ufffd", text) if _UNREADABLE.search(text) else text


def unreadable(text: str) -> list[int]:
    """Offsets of the characters :func:`readable` replaces (at most ``MAX_UNREADABLE``)."""
    found = []
    for match in _UNREADABLE.finditer(text):
        found.append(match.start())
        if len(found) == MAX_UNREADABLE:
            break
    return found


def lint_job(session: Session, job: Job) -> Outcome:
    """Lint one job, and choose the fixes "fix all" applies (choosing costs more than the
    lint for thousands of findings: it is done here, off the server's thread, once)."""
    from narrlint.output.filters import apply_config_all
    from narrlint.output.fixes import choose_fixes

    try:
        result = session.lint_source(SourceText(readable(job.text)), job.path, job.kind)
        result.findings = apply_config_all(result.findings, session.config)
        edits = [edit for fix in choose_fixes(result.findings) for edit in fix.edits]
    except Exception as exc:  # lint_source contains rule failures: this is a narrlint bug
        return [], FileError(job.path, f"internal error: {exc!r}"), []
    return result.findings, result.error, edits


def _lint_forever(jobs: Any, parent: int, theirs: Any) -> None:
    """The lint process: one job in, its findings out, until the pipe closes."""
    from narrlint.engine.parallel import die_with_parent

    die_with_parent(parent, [theirs])
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # File descriptor 1 is the protocol channel: whatever a C extension writes goes to stderr.
    os.dup2(2, 1)
    while True:
        try:
            job = jobs.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        session = _SESSIONS.get(job.config)
        if session is None:  # cannot happen: the server forks again for every new session
            outcome = ([], FileError(job.path, f"no session for {job.config}"), [])
        else:
            outcome = lint_job(session, job)
        try:
            jobs.send(outcome)
        except Exception as exc:  # a plugin's finding that cannot be pickled
            jobs.send(([], FileError(job.path, f"its findings could not be sent: {exc!r}"), []))


class LintWorker:
    """A child process that lints for the server (forked, so it inherits the session)."""

    def __init__(self, process: Any, results: Any) -> None:
        self.process = process
        self.results = results
        self.job: Job | None = None
        self.started = 0.0

    @classmethod
    def start(cls, sessions: dict[Path | None, Session]) -> LintWorker | None:
        global _SESSIONS
        if "fork" not in multiprocessing.get_all_start_methods():
            return None
        context = multiprocessing.get_context("fork")
        ours, theirs = context.Pipe()
        _SESSIONS = sessions
        # multiprocessing closes sys.stdin in the child; the protocol reader thread may be
        # blocked reading that very stream, holding its lock, which no thread of the child
        # would ever release. The server reads the stream through its own reference, so the
        # child is forked without sys.stdin and never touches it.
        stdin, sys.stdin = sys.stdin, None  # type: ignore[assignment]
        try:
            process = context.Process(
                target=_lint_forever, args=(theirs, os.getpid(), ours), daemon=True
            )
            process.start()
        finally:
            sys.stdin = stdin
            _SESSIONS = {}
        theirs.close()
        return cls(process, ours)

    def send(self, job: Job) -> None:
        self.job = job
        self.started = time.monotonic()
        self.results.send(job)

    def receive(self) -> Outcome:
        findings, error, edits = self.results.recv()
        return findings, error, edits

    def how_it_ended(self) -> str:
        self.process.join(timeout=5)
        from narrlint.engine.parallel import describe_exit

        return describe_exit(self.process.exitcode)

    def stop(self) -> None:
        """Kill at once: a lint may be stuck where no polite request would reach it."""
        self.job = None
        with contextlib.suppress(Exception):
            self.process.kill()
            self.process.join(timeout=5)
        with contextlib.suppress(Exception):
            self.results.close()
