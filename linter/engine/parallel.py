"""Lint many files at once: one worker process per core, each with a ready :class:`Session`.

Parsing a draft is CPU-bound Python (markdown-it, spaCy components, rules), so threads would
not help; processes do. Starting a Session costs more than linting a draft (spaCy's import and
pipeline, the ledger, the corpus), so a worker must never build one per file:

* With the ``fork`` start method (Linux), workers are forked from the process that already
  holds the Session and inherit it, pipeline and corpus included, copy-on-write: nothing is
  loaded again.
* Elsewhere (``spawn``), the pool's initializer builds the Session once per worker from the
  same config, date and registry selection.

Results come back as :class:`LintResult` (findings or a file error) in input order, so the
output does not depend on which worker finished first.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from narrlint.config import Config
    from narrlint.engine.linter import LintResult
    from narrlint.engine.session import Session

_SESSION: Session | None = None
"""The worker's session (inherited from the parent under ``fork``)."""


@dataclass(frozen=True)
class SessionSpec:
    """What a spawned worker needs to build the same session as the parent."""

    config: Config
    date: dt.date | None


def default_jobs() -> int:
    """The cores this process may run on (``-j`` default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def start_method() -> str:
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _initialize(spec: SessionSpec) -> None:
    # Ctrl-C reaches the whole process group: let the parent handle it and stop the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _SESSION
    if _SESSION is None:
        from narrlint.engine.session import Session

        _SESSION = Session.create(spec.config, date=spec.date)


def _lint(path: str) -> LintResult:
    assert _SESSION is not None, "worker used before its initializer ran"
    return _SESSION.lint_file(path)


def chunk_size(files: int, jobs: int) -> int:
    """Small enough to balance the load at the end, large enough to keep IPC negligible."""
    return max(1, min(16, files // (jobs * 8)))


def lint_parallel(session: Session, paths: list[str], jobs: int) -> Iterator[LintResult]:
    """Lint ``paths`` (never ``-``) with ``jobs`` worker processes, yielding results in order."""
    global _SESSION
    context = multiprocessing.get_context(start_method())
    inherited = context.get_start_method() == "fork"
    if inherited and paths:
        # Lint the first file here, before forking: what rules derive lazily from the corpus
        # and ledger (corpus.memo), spaCy's tokenizer cache and the like are then built once
        # and inherited, instead of once per worker. Freezing those objects out of the
        # garbage collector keeps the workers from copying their pages.
        yield session.lint_file(paths[0])
        paths = paths[1:]
        gc.freeze()
    if not paths:
        return
    jobs = max(1, min(jobs, len(paths)))
    _SESSION = session if inherited else None
    spec = SessionSpec(session.config, session.linter.date)
    try:
        with context.Pool(jobs, initializer=_initialize, initargs=(spec,)) as pool:
            yield from pool.imap(_lint, paths, chunksize=chunk_size(len(paths), jobs))
    finally:
        _SESSION = None


PARALLEL_MIN_BYTES = 64 * 1024
"""Below this much text (about 10,000 words, ~0.1 s of linting) starting a pool costs more
than it saves."""


def worth_parallel(paths: list[str]) -> bool:
    if len(paths) < 2:
        return False
    total = 0
    for path in paths:
        try:
            total += os.stat(path).st_size
        except OSError:
            continue
        if total >= PARALLEL_MIN_BYTES:
            return True
    return False
