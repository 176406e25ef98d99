"""``narrlint corpus build|status|clear``: manage the persistent corpus index.

The corpus is the same one a lint run would use (config ``corpus:`` and ``seeds:``, plus
``--corpus``/``--no-seeds``), so ``narrlint corpus build`` ahead of time means the first lint
run parses nothing.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from narrlint.engine.parallel import default_jobs
from narrlint.frontends.arguments import path_argument, path_text
from narrlint.knowledge.index import (
    CorpusFiles,
    IndexStore,
    ProgressBar,
    _remove_database,
    cache_dir,
    fingerprint,
    load_indexed_corpus,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="narrlint corpus",
        description="Manage the persistent corpus index (SQLite, in "
        f"{cache_dir()}; set NARRLINT_CACHE_DIR to move it).",
    )
    parser.add_argument("action", choices=("build", "status", "clear"))
    parser.add_argument(
        "--corpus",
        action="append",
        default=[],
        type=path_text,
        metavar="PATH",
        help="extra corpus path",
    )
    parser.add_argument("--no-seeds", action="store_true", help="without the seed corpus")
    parser.add_argument("--config", type=path_argument, metavar="FILE", help="config file")
    parser.add_argument(
        "-j", "--jobs", type=int, metavar="N", help="worker processes (default: all cores)"
    )
    parser.add_argument(
        "--verify",
        action="store_true",
        help="build: hash every file, not only those whose size or mtime changed",
    )
    parser.add_argument(
        "--all", action="store_true", help="clear: remove the indexes of every corpus"
    )
    return parser


def cmd_corpus(argv: list[str]) -> int:
    from narrlint.frontends.cli import resolve_config

    args = build_parser().parse_args(argv)
    args.select = args.ignore = args.fail_on = None
    config = resolve_config(args)
    paths = list(config.corpus)
    try:
        from narrlint.engine.plugins import load_registry

        paths = [*load_registry().corpus_paths, *paths]
    except Exception:  # pragma: no cover - a broken plugin is reported by lint runs
        pass
    database = CorpusFiles.discover(paths, config.seeds, config.model).database
    try:
        if args.action == "clear":
            return _clear(paths, config.seeds, config.model, args.all)
        if args.action == "status":
            return _status(paths, config.seeds, config.model)
        return _build(paths, config, args)
    except BrokenPipeError:
        raise  # the reader closed the pipe (| head): the CLI ends quietly with 141
    except (sqlite3.Error, OSError) as exc:
        print(f"narrlint: error: {cache_error(database, exc)}", file=sys.stderr)
        return 2


def cache_error(database: Path, error: BaseException) -> str:
    """A cache problem as a user reads it: the path, SQLite's (or the system's) own words,
    and what is in the way when that is the cause."""
    if isinstance(error, CacheInTheWay):
        return f"corpus index {database}: {error}"
    words = str(error)
    name = getattr(error, "sqlite_errorname", None)
    if name:
        words = f"{words} ({name})"
    return f"corpus index {database}: {words}{_in_the_way(database)}"


def _in_the_way(database: Path) -> str:
    folder = database.parent
    for parent in (folder, *folder.parents):
        if parent.exists() or parent.is_symlink():
            if not parent.is_dir():
                return f"; {parent} is a file, not a folder"
            break
    if database.is_dir():
        return "; it is a folder, not a database file"
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return f"; {folder} is not writable"
    return ""


class CacheInTheWay(OSError):
    """Something other than a folder stands where the cache folder should be."""


def _check_cache(database: Path) -> None:
    """Raise when a file stands where the cache folder should be: ``status`` and ``clear``
    would otherwise report an index that is "not built" or "nothing to remove"."""
    problem = _in_the_way(database)
    if "not a folder" in problem:
        raise CacheInTheWay(problem.lstrip("; "))


def _build(paths: list[str], config, args) -> int:
    from narrlint.knowledge.indexstore_connection import integrity, is_damage

    database = CorpusFiles.discover(paths, config.seeds, config.model).database
    if args.verify and database.is_file():
        problem = integrity(database)
        if problem is not None:
            print(
                f"narrlint: corpus index {database} is damaged ({problem}); building it afresh",
                file=sys.stderr,
            )
            _remove_database(database)
    started = time.monotonic()
    for attempt in (1, 2):
        try:
            corpus = load_indexed_corpus(
                paths,
                seeds=config.seeds,
                model=config.model,
                jobs=args.jobs or default_jobs(),
                progress=ProgressBar(),
                verify=args.verify,
            )
        except sqlite3.DatabaseError as exc:
            if attempt == 2 or not is_damage(exc):
                raise
            print(
                f"narrlint: corpus index {database} is damaged ({exc}); building it afresh",
                file=sys.stderr,
            )
            _remove_database(database)
            continue
        break
    assert corpus.store is not None
    from narrlint.frontends.cli import warn_corpus

    warn_corpus(corpus)
    sentences, keys, postings = corpus.store.counts()
    print(
        f"corpus index up to date: {len(corpus._rows):,} files, {sentences:,} sentences, "
        f"{keys:,} keys, {postings:,} postings ({time.monotonic() - started:.1f} s)"
    )
    print(f"  {corpus.store.path} ({_size(corpus.store.path)})")
    return 0


@dataclass
class Status:
    database: Path
    exists: bool
    current: bool
    """Built by this narrlint, pipeline and ledger (else the next run rebuilds it)."""
    on_disk: int
    indexed: int
    changed: int
    new: int
    removed: int
    sentences: int = 0
    damaged: str | None = None
    """What ``PRAGMA quick_check`` (or opening the file) found wrong."""


def corpus_status(paths: list[str], seeds: bool, model: str | None) -> Status:
    """Compare the corpus with its index without writing anything."""
    files = CorpusFiles.discover(paths, seeds, model)
    from narrlint.knowledge.indexstore_connection import integrity

    database = files.database
    articles = files.sources.articles
    _check_cache(database)
    if not database.exists():
        return Status(database, False, False, len(articles), 0, 0, len(articles), 0)
    if not database.is_file():  # SQLite's own error for what stands there
        sqlite3.connect(database).execute("PRAGMA schema_version").close()
    problem = integrity(database)
    if problem is not None:
        return Status(database, True, False, len(articles), 0, 0, len(articles), 0, damaged=problem)
    store = IndexStore(database)
    try:
        current = store.meta("fingerprint") == fingerprint(files.sources.ledgers, model)
        plan = store.plan(articles)
        indexed = len(store.files())
        sentences = store.counts()[0]
    finally:
        store.close()
    new = len(plan.stale) - plan.changed
    return Status(
        database, True, current, len(articles), indexed, plan.changed, new, len(plan.removed),
        sentences,
    )  # fmt: skip


def _status(paths: list[str], seeds: bool, model: str | None) -> int:
    status = corpus_status(paths, seeds, model)
    print(f"index:     {status.database}" + ("" if status.exists else " (not built)"))
    if status.exists:
        print(f"size:      {_size(status.database)}")
        state = "current" if status.current else "outdated (narrlint, pipeline or ledger changed)"
        if status.damaged:
            state = f"damaged ({status.damaged})"
        print(f"state:     {state}")
    print(f"articles:  {status.on_disk:,} in the corpus, {status.indexed:,} indexed")
    if status.exists:
        print(f"sentences: {status.sentences:,}")
    print(f"pending:   {status.changed:,} changed, {status.new:,} new, {status.removed:,} removed")
    if status.damaged:
        print("the next lint run (or 'narrlint corpus build --verify') rebuilds it")
    elif not status.exists or not status.current:
        print("the next lint run (or 'narrlint corpus build') indexes the whole corpus")
    elif status.changed or status.new or status.removed:
        print("the next lint run (or 'narrlint corpus build') indexes only those")
    return 0


def _clear(paths: list[str], seeds: bool, model: str | None, everything: bool) -> int:
    database = CorpusFiles.discover(paths, seeds, model).database
    _check_cache(database)
    targets = sorted(cache_dir().glob("corpus-*.sqlite3")) if everything else [database]
    removed = 0
    for target in targets:
        if target.exists():
            _remove_database(target)
            removed += 1
            print(f"removed {target}")
    if not removed:
        print("no corpus index to remove", file=sys.stderr)
    return 0


def _size(path: Path) -> str:
    total = sum(
        Path(f"{path}{suffix}").stat().st_size
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    )
    return f"{total / 1e6:.1f} MB"
