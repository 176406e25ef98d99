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

import contextlib
import dataclasses
import datetime as dt
import gc
import operator
import os
import select
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

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


def die_with_parent(parent: int, inherited: list[Connection]) -> None:
    """In a forked child: end when the parent ends, however it ends.

    The child closes the parent's ends of its pipes it inherited (or it would never see end of
    file on its own), and asks Linux to kill it when the parent dies (a SIGKILLed parent sends
    nothing; a rule stuck in a C call would otherwise run on as an orphan).
    """
    for end in inherited:
        with contextlib.suppress(OSError):
            end.close()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            pr_set_pdeathsig = 1
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _work(
    spec: SessionSpec,
    tasks: Connection,
    results: Connection,
    parent: int,
    theirs: list,
    sources: bool = True,
) -> None:
    """A worker's loop: lint each chunk of ``(index, path)`` it is sent, one result per file.

    Each result goes back as soon as its file is done, so when a worker dies the parent knows
    exactly which file it was on: the first of its chunk without a result. ``sources=False``:
    results go back without the draft's text (:func:`~narrlint.engine.session.without_source`).
    """
    from narrlint.engine.session import without_source

    die_with_parent(parent, theirs)
    _initialize(spec)
    send_findings_by_fields()
    while True:
        try:
            chunk = tasks.recv()
        except EOFError:
            return
        if chunk is None:
            return
        for index, path in chunk:
            try:
                result = _lint(path)
            except BaseException as exc:  # lint_file contains rule failures; this is a bug
                result = _error_result(path, f"internal error in its worker: {exc!r}")
            if not sources:
                result = without_source(result)
            try:
                results.send((index, result))
            except Exception as exc:  # e.g. a plugin's finding that cannot be pickled
                results.send((index, _error_result(path, f"result could not be sent: {exc!r}")))


def send_findings_by_fields() -> None:
    """In a worker: the findings' own classes (``Finding``, ``Position``, ``Evidence``,
    ``Fix``, ``Edit``, ``FileError``) go through its result pipe as a call with their fields
    (a reducer registered with multiprocessing's own pickler, which ``Connection.send``
    uses). By default each frozen one is restored in the parent through dataclasses' generic
    ``__setstate__``, which looks up the class's fields again for every object (36 objects a
    draft). Any other object, a plugin's subclass included, goes as before."""
    from multiprocessing.reduction import ForkingPickler

    from narrlint import model

    for cls in (model.Position, model.Evidence, model.Edit, model.Fix, model.Finding):
        ForkingPickler.register(cls, _by_fields(cls))
    ForkingPickler.register(model.FileError, _by_fields(model.FileError))


def _by_fields(cls: type) -> Callable[[object], tuple]:
    """A reducer for a dataclass whose ``__init__`` takes every field (two or more), in order."""
    fields = dataclasses.fields(cls)
    assert len(fields) > 1 and all(f.init for f in fields), cls
    read = operator.attrgetter(*(f.name for f in fields))
    return lambda obj: (cls, read(obj))


def _error_result(path: str, message: str) -> LintResult:
    from narrlint.engine.linter import LintResult
    from narrlint.model import FileError

    return LintResult(path, error=FileError(path, message))


def describe_exit(exitcode: int | None) -> str:
    """How a worker process ended, as a user reads it."""
    if exitcode is None:
        return "unknown exit status"
    if exitcode < 0:
        try:
            return f"killed by signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


def chunk_size(files: int, jobs: int) -> int:
    """Small enough to balance the load at the end, large enough to keep IPC negligible."""
    return max(1, min(16, files // (jobs * 8)))


def chunks(tasks: list[tuple[int, str]], jobs: int) -> list[list[tuple[int, str]]]:
    """``tasks`` in chunks of :func:`chunk_size` of the files still left when each is handed
    out: full chunks at first, smaller and smaller towards the end, so the workers finish
    together (a worker given the last 16 files alone would keep the run waiting for it)."""
    found = []
    start = 0
    while start < len(tasks):
        size = chunk_size(len(tasks) - start, jobs)
        found.append(tasks[start : start + size])
        start += size
    return found


class _Worker:
    """One worker process, the pipe that feeds it and the chunk it is working on."""

    def __init__(self, context, spec: SessionSpec, sources: bool = True) -> None:
        tasks_reader, self.tasks = context.Pipe(duplex=False)
        self.results, results_writer = context.Pipe(duplex=False)
        theirs = [self.tasks, self.results] if context.get_start_method() == "fork" else []
        self.process = context.Process(
            target=_work,
            args=(spec, tasks_reader, results_writer, os.getpid(), theirs, sources),
            daemon=True,
        )
        self.process.start()
        # The parent keeps only its own ends: a dead worker shows as its sentinel and EOF.
        tasks_reader.close()
        results_writer.close()
        self.chunk: list[tuple[int, str]] = []

    def give(self, chunk: list[tuple[int, str]]) -> bool:
        """Send a chunk, queued after the files it has; False when the worker can no longer
        take it (it died)."""
        try:
            self.tasks.send(chunk)
        except (OSError, ValueError):
            return False
        self.chunk.extend(chunk)
        return True

    def stop(self, now: bool = False) -> None:
        """Ask the worker to end (it is idle once every result is in); ``now``: kill it (Ctrl-C,
        an error, or a consumer that stopped reading)."""
        if not now:
            with contextlib.suppress(OSError, ValueError):
                self.tasks.send(None)
            self.process.join(timeout=2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=2)
        for end in (self.tasks, self.results):
            end.close()


def lint_parallel(
    session: Session, paths: list[str], jobs: int, sources: bool = True
) -> Iterator[LintResult]:
    """Lint ``paths`` (never ``-``) with ``jobs`` worker processes, yielding results in order.

    A worker that dies (``os._exit`` in a rule, a segfault, the OOM killer) costs only the file
    it was linting: that file becomes a file error naming how the worker ended, the rest of its
    chunk goes to the other workers, and a fresh worker takes its place. ``sources=False``:
    the results come back without each draft's text (only fixes and baselines read it).
    """
    global _SESSION
    # Imported here: a run of one file never starts a worker (5-10 ms of every start).
    import multiprocessing
    from multiprocessing.connection import wait

    context = multiprocessing.get_context(start_method())
    inherited = context.get_start_method() == "fork"
    if inherited and paths:
        warm_up(session, paths[0])
        gc.freeze()
    if not paths:
        return
    jobs = max(1, min(jobs, len(paths)))
    _SESSION = session if inherited else None
    spec = SessionSpec(session.config, session.linter.date)
    pending = chunks(list(enumerate(paths)), jobs)
    pending.reverse()  # pop() from the end hands chunks out in order
    done: dict[int, LintResult] = {}
    workers: list[_Worker] = []
    following = 0
    try:
        workers = [_Worker(context, spec, sources) for _ in range(jobs)]
        while following < len(paths):
            for number, worker in enumerate(workers):
                if worker.chunk and not worker.process.is_alive():
                    _collect(worker, done)  # what it sent before it died
                    if worker.chunk:
                        _bury(worker, done, pending)
                # The next chunk is queued before the worker runs out (it never waits for this
                # loop between chunks); its files stay in order in ``worker.chunk``.
                while pending and len(worker.chunk) < len(pending[-1]):
                    if worker.process.is_alive() and worker.give(pending[-1]):
                        pending.pop()
                        continue
                    _collect(worker, done)  # it died: what it finished, then what it was on
                    if worker.chunk:
                        _bury(worker, done, pending)
                    worker.stop()
                    workers[number] = worker = _Worker(context, spec, sources)
            while following in done:
                yield done.pop(following)
                following += 1
            busy = [w for w in workers if w.chunk]
            if following < len(paths):
                assert busy, "files left with no worker on them"
                wait([w.results for w in busy] + [w.process.sentinel for w in busy])
                for worker in busy:
                    _collect(worker, done)
    finally:
        finished = following >= len(paths)
        for worker in workers:
            worker.stop(now=not finished)
        _SESSION = None


WARM_UP_BYTES = 256 * 1024
"""A larger first file is not read twice: the workers warm up on their own."""


def warm_up(session: Session, path: str) -> None:
    """Before forking: run narrlint's own rules on ``path``, for what they build, not for findings.

    What rules derive lazily from the corpus and ledger (``corpus.memo``), spaCy's tokenizer
    cache and the like are then built once and inherited, instead of once per worker (the
    first draft of a session costs ten times the next). Only the built-in rules run here, and
    nothing is reported: every file, the first included, is linted in a worker, so a plugin
    that ends its process (``os._exit``, a crash) on any file costs that file, never the run.
    Freezing those objects out of the garbage collector keeps the workers from copying them.
    """
    from narrlint.input.source import read_path

    builtin = [r for r in session.linter.rules if type(r).__module__.startswith("narrlint.")]
    try:
        if not builtin or os.stat(path).st_size > WARM_UP_BYTES:
            return
        draft = session.linter.parse(read_path(path), path)
    except Exception:  # the worker reports whatever is wrong with the file
        return
    for rule in builtin:
        session.linter.run_rule(rule, draft)


def _collect(worker: _Worker, done: dict[int, LintResult]) -> None:
    """Take every result the worker has sent so far."""
    while worker.chunk:
        try:
            if not _readable(worker.results):
                return
            index, result = worker.results.recv()
        except (EOFError, OSError):
            return
        done[index] = result
        worker.chunk = [task for task in worker.chunk if task[0] != index]


def _readable(connection: Connection) -> bool:
    """``connection.poll()`` (a result, or end of file, is waiting) without the selector that
    multiprocessing's ``poll`` builds, registers and closes on every call (the parent polls
    about three times a file; its CPU after the fork is time taken from the workers on a
    2-core machine). One ``poll(2)`` of the descriptor instead; hang-up and error count as
    ready, as they do for ``poll()`` (``recv`` then raises, which :func:`_collect` expects).
    A closed connection raises ``OSError`` from ``fileno``, as ``poll()`` does. Windows (no
    ``select.poll``, pipes that are not descriptors) keeps ``poll()``."""
    if not hasattr(select, "poll"):
        return connection.poll()
    poller = select.poll()
    poller.register(connection.fileno(), select.POLLIN)
    return bool(poller.poll(0))


def _bury(worker: _Worker, done: dict[int, LintResult], pending: list) -> None:
    """A worker died: its current file is an error, the rest of its chunk goes back."""
    worker.process.join(timeout=5)
    (index, path), *rest = worker.chunk
    how = describe_exit(worker.process.exitcode)
    done[index] = _error_result(
        path, f"its worker process died while linting it ({how}); the file was not linted"
    )
    worker.chunk = []
    if rest:
        pending.append(rest)


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
