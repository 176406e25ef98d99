"""Building the corpus index: articles parsed (in worker processes when there are many) and
written batch by batch, under a lock that lets one process build while the others wait.

Each batch is one transaction, so a build killed half-way leaves every file either fully
indexed or untouched and the next run finishes the work.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from narrlint.errors import CorpusError, NarrlintError
from narrlint.input.source import decode, read_bytes
from narrlint.knowledge.corpus import article_sentences, read_article
from narrlint.knowledge.indexstore import IndexStore, Plan
from narrlint.knowledge.indexstore_fingerprint import _sha256
from narrlint.knowledge.indexstore_format import FileRow, ParsedArticle

BATCH_FILES = 100
"""Files per transaction: an interrupted build loses at most this much work."""
Progress = Callable[[int, int], None]
"""``progress(done, total)`` while files are indexed."""


# ---------------------------------------------------------------------------------------------
# Parsing one article (in a worker process when there are many)


_WORKER_NLP = None


def parse_article(nlp, path: str, display: str) -> ParsedArticle:
    """Read, hash and parse an article into its sentences and their keys."""
    try:
        stat = os.stat(path)
        data = read_bytes(path)
        source = decode(data, path)
    except (OSError, NarrlintError):
        read_article(path, display)  # raises the same CorpusError as the in-memory loader
        raise
    text, prose, date = read_article(path, display, source)
    doc = nlp(prose.text)
    rows = [
        (line, sentence, tuple(dict.fromkeys(keys)))
        for line, sentence, keys in article_sentences(text, prose, doc)
    ]
    return ParsedArticle(path, display, _sha256(data), stat.st_size, stat.st_mtime_ns, date, rows)


def _worker_init(nlp) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _WORKER_NLP
    _WORKER_NLP = nlp


def _worker_parse(task: tuple[str, str]) -> ParsedArticle | tuple[str, str | None, int | None]:
    """Errors come back as ``(message, path, line)``: exceptions do not pickle their fields."""
    try:
        return parse_article(_WORKER_NLP, *task)
    except CorpusError as exc:
        return (exc.message, exc.path, exc.line)


# ---------------------------------------------------------------------------------------------
# Updating: parse what changed, in parallel, committing batch by batch


def update(
    store: IndexStore,
    plan: Plan,
    nlp,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    fail_after: int | None = None,
) -> int:
    """Index ``plan.stale`` and drop ``plan.removed``; returns the number of files indexed.

    ``fail_after``: raise after that many files (tests simulate an interrupted build with it).
    """
    store.restat(plan.restat)
    total = len(plan.stale)
    if not total:
        if plan.removed:
            store.write([], plan.removed)
        return 0
    removed: list[FileRow] = list(plan.removed)
    batch: list[ParsedArticle] = []
    done = 0
    error: CorpusError | None = None
    last_commit = time.monotonic()
    if progress:
        progress(0, total)
    for result in _parse_all(plan.stale, nlp, jobs):
        if isinstance(result, CorpusError):
            error = result
            break
        if fail_after is not None and done >= fail_after:
            raise RuntimeError(f"simulated interruption after {done} files")
        batch.append(result)
        done += 1
        if len(batch) >= BATCH_FILES or time.monotonic() - last_commit > 2.0:
            store.write(batch, removed)
            batch, removed = [], []
            last_commit = time.monotonic()
        if progress:
            progress(done, total)
    if batch or removed:
        store.write(batch, removed)
    if error is not None:
        raise error
    return done


def _parse_all(
    tasks: list[tuple[str, str]], nlp, jobs: int
) -> Iterator[ParsedArticle | CorpusError]:
    from narrlint.engine.parallel import start_method, worth_parallel

    if jobs <= 1 or not worth_parallel([path for path, _ in tasks]):
        for path, display in tasks:
            try:
                yield parse_article(nlp, path, display)
            except CorpusError as exc:
                yield exc
                return
        return
    import multiprocessing

    context = multiprocessing.get_context(start_method())
    jobs = min(jobs, len(tasks))
    window = jobs * 64  # bounded look-ahead: results never pile up in memory
    with context.Pool(jobs, initializer=_worker_init, initargs=(nlp,)) as pool:
        for start in range(0, len(tasks), window):
            chunk = tasks[start : start + window]
            size = max(1, min(8, len(chunk) // (jobs * 4)))
            for result in pool.imap(_worker_parse, chunk, chunksize=size):
                if isinstance(result, tuple):
                    yield CorpusError(*result)
                    return
                yield result


class ProgressBar:
    """``indexing corpus ▕██████░░░░▏ 6,000/10,000 files`` on a terminal's stderr; silent
    elsewhere (CI logs, pipes)."""

    def __init__(self, label: str = "indexing corpus", stream=None) -> None:
        self.stream = stream or sys.stderr
        self.label = label
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.started = time.monotonic()
        self._shown = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._shown < 0.1:
            return
        self._shown = now
        width = 30
        filled = int(width * done / total) if total else width
        bar = "█" * filled + "░" * (width - filled)
        elapsed = now - self.started
        eta = ""
        if 0 < done < total:
            eta = f"  eta {int(elapsed / done * (total - done))} s"
        self.stream.write(f"\r{self.label} ▕{bar}▏ {done:,}/{total:,} files{eta}\033[K")
        if done >= total:
            self.stream.write(f"\r{self.label}: {total:,} files in {elapsed:.1f} s\033[K\n")
        self.stream.flush()


@contextlib.contextmanager
def build_lock(database: Path) -> Iterator[None]:
    """Hold the index's build lock: ``fcntl.flock`` on a file beside the database.

    The operating system releases it when its holder ends, however it ends (a builder killed
    half-way leaves no stale lock: the next waiter takes over and finishes the work, batch by
    batch). Where locks cannot be had (no ``fcntl``, a file system without them, a cache that
    cannot be written), runs go ahead unlocked as before: correct, only not shared.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        handle = open(f"{database}.lock", "a+b")  # noqa: SIM115 - held across the yield
    except OSError:
        yield
        return
    try:
        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield
    finally:
        handle.close()  # releases the lock
