"""Persistent corpus index: the corpus compiled once into SQLite, in the user's cache.

Without it every run parses every corpus article with the spaCy pipeline: a tenth of a second
for the five seed articles, minutes for a newsroom's archive, and all of it held in memory. The
index keeps each article's sentences and their keys (computed by the very code the in-memory
corpus uses, :func:`narrlint.corpus.article_sentences`), so a run parses only the articles that
changed and rules query the postings in SQLite instead of loading the corpus.

* One database per corpus: the resolved corpus roots, ``seeds`` and ``model`` name it, in
  :func:`cache_dir` (``NARRLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/narrlint``, else
  ``~/.cache/narrlint``).
* Each file is stored with the SHA-256 of its bytes. A run compares size and mtime first (like
  git) and hashes only files whose stat changed; a file whose hash changed is re-indexed, alone.
* Everything else that decides the keys is the database's *fingerprint*: narrlint's version, the
  index schema, spaCy's version, the model, the source of the engine modules that parse and key
  articles, and the ledger files' hashes (the ledger decides the entities). When it changes the
  index starts afresh.
* Files are written in batches, one transaction each, a file's row together with its sentences
  and postings: a build killed half-way leaves every file either fully indexed or untouched,
  the previous index stays usable and the next run finishes the work.
* The ledger is small and is parsed on every run; a large manifest is kept in parsed form
  (JSON, keyed by its hash; no pickle).

Rules see an :class:`IndexedCorpus`: the :class:`~narrlint.corpus.Corpus` API unchanged,
with ``find`` answered from SQLite and ``sentences`` a lazy sequence.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
import stat as stat_module
import sys
import threading
import time
from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import numpy

from narrlint import __version__
from narrlint.corpus import (
    SEEDS_DISPLAY,
    Corpus,
    CorpusSentence,
    Story,
    _discover,
    _Sources,
    _story_for,
    article_sentences,
    manifest_stories,
    read_article,
    seeds_root,
)
from narrlint.errors import CorpusError, NarrlintError
from narrlint.ledger import Ledger, check_references, load_ledger
from narrlint.nlp import build_pipeline
from narrlint.source import decode
from narrlint.yamlsource import read_yaml_file

INDEX_SCHEMA = 1
BATCH_FILES = 100
"""Files per transaction: an interrupted build loses at most this much work."""
RACY_NS = 2_000_000_000
"""A file modified this close to its indexing is hashed again even if its stat matches (the
same write could have landed in the same timestamp tick)."""
FIND_CACHE = 4096
MANIFEST_CACHE_BYTES = 64 * 1024
"""Manifests larger than this are kept parsed in the index (a 10,000-article manifest takes
0.3 s to read as YAML)."""
ENGINE_MODULES = (
    "corpus.py", "nlp.py", "quantities.py", "prose.py", "frontmatter.py", "textpos.py",
    "source.py", "ledger.py", "yamlsource.py",
)  # fmt: skip
"""Modules whose code decides what an article is indexed under. (This module's own storage
format is versioned by ``INDEX_SCHEMA``: bump it when ``parse_article`` or the tables change.)"""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    display TEXT NOT NULL,
    hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    indexed_ns INTEGER NOT NULL,
    date TEXT,
    first_sid INTEGER NOT NULL,
    sentences INTEGER NOT NULL,
    keys BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS sentences(
    sid INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    line INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS keys(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    UNIQUE(kind, value)
);
CREATE TABLE IF NOT EXISTS postings(
    key_id INTEGER NOT NULL,
    sid INTEGER NOT NULL,
    PRIMARY KEY(key_id, sid)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS manifests(path TEXT PRIMARY KEY, hash TEXT NOT NULL, data TEXT NOT NULL);
"""

Key = tuple[str, str]


def cache_dir() -> Path:
    """Where indexes live: ``NARRLINT_CACHE_DIR``, ``$XDG_CACHE_HOME/narrlint`` or
    ``~/.cache/narrlint``."""
    override = os.environ.get("NARRLINT_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "narrlint"


# ---------------------------------------------------------------------------------------------
# What the corpus is made of


@dataclass
class CorpusFiles:
    """The corpus's files as discovered on this run, in the in-memory loader's order."""

    roots: list[str]
    seeds: bool
    model: str | None
    sources: _Sources

    @classmethod
    def discover(cls, paths: Iterable[str], seeds: bool, model: str | None) -> CorpusFiles:
        sources = _Sources()
        roots = []
        if seeds:
            _discover(seeds_root(), SEEDS_DISPLAY, sources)
            roots.append(os.path.realpath(seeds_root()))
        for raw in paths:
            _discover(Path(raw), str(raw), sources)
            roots.append(os.path.realpath(raw))
        return cls(roots, seeds, model, sources)

    @property
    def database(self) -> Path:
        """One database per corpus: its roots, seeds flag and model."""
        identity = json.dumps([self.roots, self.seeds, self.model])
        digest = hashlib.sha256(identity.encode()).hexdigest()[:16]
        return cache_dir() / f"corpus-{digest}.sqlite3"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(ledger_files: list[tuple[str, str]], model: str | None) -> str:
    """Everything besides an article's own bytes that decides how it is indexed."""
    import spacy

    digest = hashlib.sha256()
    try:
        import spacy_lookups_data

        lookups = getattr(spacy_lookups_data, "__version__", "?")
    except ImportError:  # pragma: no cover - a declared dependency
        lookups = "-"
    parts = [__version__, str(INDEX_SCHEMA), spacy.__version__, lookups, model or ""]
    digest.update("\0".join(parts).encode())
    here = Path(__file__).resolve().parent
    for name in ENGINE_MODULES:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    for path, display in ledger_files:
        digest.update(display.encode() + b"\0")
        try:
            with open(path, "rb") as handle:
                digest.update(_sha256(handle.read()).encode())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# Parsing one article (in a worker process when there are many)


@dataclass
class ParsedArticle:
    path: str
    display: str
    hash: str
    size: int
    mtime_ns: int
    date: dt.date | None
    sentences: list[tuple[int, str, tuple[Key, ...]]]


_WORKER_NLP = None


def parse_article(nlp, path: str, display: str) -> ParsedArticle:
    """Read, hash and parse an article into its sentences and their keys."""
    try:
        stat = os.stat(path)
        with open(path, "rb") as handle:
            data = handle.read()
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
# The database


class FileRow(NamedTuple):
    """A file's row in the index (a named tuple: a corpus run reads 10,000 of them)."""

    id: int
    path: str
    size: int
    mtime_ns: int
    indexed_ns: int
    date: str | None
    """Front matter date, ISO format."""
    first_sid: int
    sentences: int


@dataclass
class Plan:
    """What an update has to do."""

    indexed: dict[str, FileRow] = field(default_factory=dict)
    """The index's files by resolved path, before the update."""
    real: list[str] = field(default_factory=list)
    """Resolved path of each article, in corpus order."""
    stale: list[tuple[str, str]] = field(default_factory=list)
    """(path, display) of new or changed files, in corpus order."""
    restat: list[tuple[int, int, int]] = field(default_factory=list)
    """(size, mtime_ns, id): unchanged content whose stat changed (touched, copied)."""
    removed: list[FileRow] = field(default_factory=list)
    changed: int = 0
    """How many of ``stale`` were indexed before (with other content)."""


Progress = Callable[[int, int], None]


class IndexStore:
    """One corpus database. Connections are per process (``-j`` workers are forked) and shared
    by threads under a lock (the language server answers from threads)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._connection: sqlite3.Connection | None = None
        self._pid = -1
        self._fingerprint: str | None = None
        self._key_cache: dict[Key, int] = {}
        """Key ids seen by this process's writes (keys are never deleted, ids never change)."""

    # -- connection -------------------------------------------------------------------------

    @property
    def db(self) -> sqlite3.Connection:
        if self._connection is None or self._pid != os.getpid():
            # Never use a connection across fork; the parent's stays the parent's.
            self._connection = self._connect()
            self._pid = os.getpid()
        return self._connection

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(f"PRAGMA journal_size_limit={64 * 1024 * 1024}")
        db.execute("PRAGMA temp_store=MEMORY")
        return db

    def close(self) -> None:
        if self._connection is not None and self._pid == os.getpid():
            self._connection.close()
        self._connection = None

    def prepare(self, fingerprint: str) -> bool:
        """Create the schema; start afresh when the fingerprint changed. True if it did."""
        with self._lock:
            reset = False
            if self.path.exists():
                try:
                    current = self.meta("fingerprint")
                except sqlite3.OperationalError:  # no tables yet
                    current = None
                if current == fingerprint:  # the common case: nothing to write
                    self._fingerprint = fingerprint
                    return False
                if current is not None:
                    # A new file rather than DELETE: faster, and no old pages left behind.
                    # Runs still reading the old index keep their open file (POSIX).
                    self.close()
                    _remove_database(self.path)
                    reset = True
            db = self.db
            db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                self._fingerprint = fingerprint
                self._key_cache.clear()
                db.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('fingerprint', ?)",
                    (fingerprint,),
                )
                db.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)",
                    (str(INDEX_SCHEMA),),
                )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            return reset

    # -- reading ------------------------------------------------------------------------------

    def files(self) -> dict[str, FileRow]:
        with self._lock:
            rows = self.db.execute(
                "SELECT id, path, size, mtime_ns, indexed_ns, date, first_sid, sentences FROM files"
            ).fetchall()
        make = FileRow._make
        return {row[1]: make(row) for row in rows}

    def file_hash(self, file_id: int) -> str | None:
        with self._lock:
            row = self.db.execute("SELECT hash FROM files WHERE id = ?", (file_id,)).fetchone()
        return row[0] if row else None

    def meta(self, key: str) -> str | None:
        with self._lock:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def counts(self) -> tuple[int, int, int]:
        """Sentences, distinct keys and postings in the index."""
        with self._lock:
            db = self.db
            sentences = db.execute("SELECT count(*) FROM sentences").fetchone()[0]
            keys = db.execute("SELECT count(*) FROM keys WHERE count > 0").fetchone()[0]
            postings = db.execute("SELECT coalesce(sum(count), 0) FROM keys").fetchone()[0]
        return sentences, keys, postings

    def key_ids(self, keys: Sequence[Key]) -> list[tuple[int, int]] | None:
        """``(id, count)`` of each key, or None when one of them is nowhere in the corpus."""
        found = []
        with self._lock:
            for kind, value in keys:
                row = self.db.execute(
                    "SELECT id, count FROM keys WHERE kind = ? AND value = ?", (kind, value)
                ).fetchone()
                if row is None or row[1] <= 0:
                    return None
                found.append(row)
        return found

    def intersect(self, key_ids: list[int]) -> list[int]:
        """Sentence ids under all keys; the rarest key (first) drives the loop, the others are
        probed by primary key."""
        joins = "".join(
            f" CROSS JOIN postings p{i} ON p{i}.key_id = ? AND p{i}.sid = p0.sid"
            for i in range(1, len(key_ids))
        )
        sql = f"SELECT p0.sid FROM postings p0{joins} WHERE p0.key_id = ?"
        with self._lock:
            return [row[0] for row in self.db.execute(sql, (*key_ids[1:], key_ids[0]))]

    def sentence(self, sid: int) -> tuple[int, int, int, str] | None:
        with self._lock:
            return self.db.execute(
                "SELECT file_id, idx, line, text FROM sentences WHERE sid = ?", (sid,)
            ).fetchone()

    def sentence_of(self, file_id: int, idx: int) -> tuple[int, str] | None:
        with self._lock:
            return self.db.execute(
                "SELECT line, text FROM sentences WHERE file_id = ? AND idx = ?", (file_id, idx)
            ).fetchone()

    def file_sentences(self, row: FileRow) -> list[tuple[int, str]]:
        with self._lock:
            return self.db.execute(
                "SELECT line, text FROM sentences WHERE sid BETWEEN ? AND ? AND file_id = ? "
                "ORDER BY sid",
                (row.first_sid, row.first_sid + row.sentences - 1, row.id),
            ).fetchall()

    # -- manifests ----------------------------------------------------------------------------

    def manifest(self, path: str, display: str) -> dict[str, list[StoryFields]]:
        """A manifest's stories (as ``Story`` fields); large manifests are read from their
        parsed form when their hash is unchanged."""
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            return _story_fields(manifest_stories(read_yaml_file(path, display), display))
        if len(data) < MANIFEST_CACHE_BYTES:
            return _story_fields(manifest_stories(read_yaml_file(path, display), display))
        digest = _sha256(data)
        real = os.path.realpath(path)
        with self._lock:
            row = self.db.execute(
                "SELECT hash, data FROM manifests WHERE path = ?", (real,)
            ).fetchone()
        cached = json.loads(row[1]) if row is not None and row[0] == digest else None
        if isinstance(cached, dict) and cached.get("display") == display:
            # The stories, validated and resolved for this display path.
            return {
                key: [_fields(entry) for entry in entries]
                for key, entries in cached["stories"].items()
            }
        parsed = read_yaml_file(path, display)
        compact = _compact_all(manifest_stories(parsed, display))  # validates before caching
        record = {"display": display, "stories": compact}
        with self._lock:
            self.db.execute(
                "INSERT OR REPLACE INTO manifests(path, hash, data) VALUES (?, ?, ?)",
                (real, digest, json.dumps(record, default=str)),
            )
        return {key: [_fields(entry) for entry in entries] for key, entries in compact.items()}

    # -- planning and writing -----------------------------------------------------------------

    def plan(self, articles: list[tuple[str, str]], verify: bool = False) -> Plan:
        """Compare the corpus on disk with the index (stat first; hash when stat changed)."""
        indexed = self.files()
        plan = Plan(indexed=indexed)
        seen: set[str] = set()
        directories: dict[str, str] = {}
        for path, display in articles:
            real, stat = _real_and_stat(path, directories)
            plan.real.append(real)
            if real in seen:
                continue
            seen.add(real)
            row = indexed.get(real)
            if row is None or stat is None:
                plan.stale.append((path, display))  # indexing an unreadable file reports it
                continue
            same_stat = stat.st_size == row.size and stat.st_mtime_ns == row.mtime_ns
            racy = row.indexed_ns - stat.st_mtime_ns < RACY_NS
            if same_stat and not racy and not verify:
                continue
            try:
                with open(path, "rb") as handle:
                    digest = _sha256(handle.read())
            except OSError:
                plan.stale.append((path, display))
                continue
            if digest == self.file_hash(row.id):
                if not same_stat or racy:
                    plan.restat.append((stat.st_size, stat.st_mtime_ns, row.id))
            else:
                plan.stale.append((path, display))
                plan.changed += 1
        plan.removed = [row for real, row in indexed.items() if real not in seen]
        return plan

    def write(self, parsed: list[ParsedArticle], removed: Iterable[FileRow] = ()) -> None:
        """One transaction: drop ``removed`` files and the old rows of ``parsed`` ones, then
        store ``parsed``. A file's row is written last, so a row means a complete file."""
        with self._lock:
            db = self.db
            db.execute("BEGIN IMMEDIATE")
            try:
                self._check_fingerprint(db)
                for row in removed:
                    self._delete(db, row.id)
                for article in parsed:
                    old = db.execute(
                        "SELECT id FROM files WHERE path = ?", (os.path.realpath(article.path),)
                    ).fetchone()
                    if old is not None:
                        self._delete(db, old[0])
                    self._insert(db, article, self._key_cache)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _check_fingerprint(self, db: sqlite3.Connection) -> None:
        row = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        if self._fingerprint is not None and (row is None or row[0] != self._fingerprint):
            raise CorpusError(
                "the corpus index was rebuilt by another narrlint version meanwhile; run again",
                str(self.path),
            )

    def restat(self, rows: list[tuple[int, int, int]]) -> None:
        if not rows:
            return
        now = time.time_ns()
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany(
                "UPDATE files SET size = ?, mtime_ns = ?, indexed_ns = ? WHERE id = ?",
                [(size, mtime, now, ident) for size, mtime, ident in rows],
            )
            self.db.execute("COMMIT")

    @staticmethod
    def _delete(db: sqlite3.Connection, file_id: int) -> None:
        row = db.execute(
            "SELECT first_sid, sentences, keys FROM files WHERE id = ?", (file_id,)
        ).fetchone()
        if row is None:
            return
        first, count, blob = row
        pairs = array("q")
        pairs.frombytes(blob)
        last = first + count - 1
        key_counts = list(zip(pairs[0::2], pairs[1::2], strict=True))
        db.executemany(
            "DELETE FROM postings WHERE key_id = ? AND sid BETWEEN ? AND ?",
            [(key_id, first, last) for key_id, _ in key_counts],
        )
        db.executemany(
            "UPDATE keys SET count = count - ? WHERE id = ?",
            [(n, key_id) for key_id, n in key_counts],
        )
        db.execute(
            "DELETE FROM sentences WHERE sid BETWEEN ? AND ? AND file_id = ?",
            (first, last, file_id),
        )
        db.execute("DELETE FROM files WHERE id = ?", (file_id,))

    @staticmethod
    def _insert(db: sqlite3.Connection, article: ParsedArticle, cache: dict[Key, int]) -> None:
        # Ids are never reused (a counter, not max + 1): a run that loaded the index before a
        # concurrent update must not read another file's sentence under an old id.
        first = _next_id(db, "next_sid", len(article.sentences))
        file_id = _next_id(db, "next_file", 1)
        wanted = {key for _, _, keys in article.sentences for key in keys}
        ids = _key_ids(db, wanted, cache)
        postings: list[tuple[int, int]] = []
        counts: dict[int, int] = {}
        sentences = []
        for idx, (line, text, keys) in enumerate(article.sentences):
            sid = first + idx
            sentences.append((sid, file_id, idx, line, text))
            for key in keys:
                key_id = ids[key]
                postings.append((key_id, sid))
                counts[key_id] = counts.get(key_id, 0) + 1
        db.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)", sentences)
        postings.sort()
        db.executemany("INSERT INTO postings(key_id, sid) VALUES (?, ?)", postings)
        db.executemany(
            "UPDATE keys SET count = count + ? WHERE id = ?", [(n, k) for k, n in counts.items()]
        )
        blob = array("q", [value for pair in counts.items() for value in pair]).tobytes()
        db.execute(
            "INSERT INTO files(id, path, display, hash, size, mtime_ns, indexed_ns, date, "
            "first_sid, sentences, keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                file_id,
                os.path.realpath(article.path),
                article.display,
                article.hash,
                article.size,
                article.mtime_ns,
                time.time_ns(),
                article.date.isoformat() if article.date else None,
                first,
                len(article.sentences),
                blob,
            ),
        )


StoryFields = tuple[str, "dt.date | None", "str | None", "str | None", int, "int | None"]
"""``Story`` fields but the resolved file, which the corpus adds."""


def _compact_all(stories: dict[str, list[Story]]) -> dict[str, list[list]]:
    return {
        key: [
            [s.path, s.date.isoformat() if s.date else None, s.outlet, s.url, s.first_line,
             s.last_line]
            for s in items
        ]
        for key, items in stories.items()
    }  # fmt: skip


def _story_fields(stories: dict[str, list[Story]]) -> dict[str, list[StoryFields]]:
    return {
        key: [(s.path, s.date, s.outlet, s.url, s.first_line, s.last_line) for s in items]
        for key, items in stories.items()
    }


def _fields(entry: list) -> StoryFields:
    path, day, outlet, url, first, last = entry
    return (path, dt.date.fromisoformat(day) if day else None, outlet, url, first, last)


def _real_and_stat(path: str, directories: dict[str, str]) -> tuple[str, os.stat_result | None]:
    """``os.path.realpath(path)`` and its stat, in one system call for a regular file: the
    folder is resolved once for all its files (10,000 ``realpath`` calls cost 0.09 s)."""
    try:
        info = os.lstat(path)
    except OSError:
        return os.path.realpath(path), None
    if stat_module.S_ISLNK(info.st_mode):
        try:
            return os.path.realpath(path), os.stat(path)
        except OSError:
            return os.path.realpath(path), None
    head, tail = os.path.split(path)
    real_head = directories.get(head)
    if real_head is None:
        real_head = directories[head] = os.path.realpath(head or os.curdir)
    return os.path.join(real_head, tail), info


def _next_id(db: sqlite3.Connection, counter: str, count: int) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (counter,)).fetchone()
    first = int(row[0]) if row else 1
    db.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (counter, str(first + count))
    )
    return first


def _key_ids(db: sqlite3.Connection, keys: set[Key], cache: dict[Key, int]) -> dict[Key, int]:
    """Ids of ``keys``, creating the missing ones."""
    ids: dict[Key, int] = {}
    for kind, value in keys:
        known = cache.get((kind, value))
        if known is not None:
            ids[(kind, value)] = known
            continue
        row = db.execute(
            "SELECT id FROM keys WHERE kind = ? AND value = ?", (kind, value)
        ).fetchone()
        if row is None:
            row = db.execute(
                "INSERT INTO keys(kind, value, count) VALUES (?, ?, 0) RETURNING id",
                (kind, value),
            ).fetchone()
        ids[(kind, value)] = cache[(kind, value)] = row[0]
    return ids


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
    from narrlint.parallel import start_method, worth_parallel

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


# ---------------------------------------------------------------------------------------------
# The corpus, answered from the index


_SENTENCE_SLOTS = {name: CorpusSentence.__dict__[name] for name in ("id", "story", "line", "text")}


class IndexedSentence(CorpusSentence):
    """A corpus sentence from ``find`` whose line and text (and story, when its file holds
    several stories) are read from the index on first use.

    ``find`` may match thousands of sentences of a large corpus, of which a rule reads a few
    (the first piece of evidence, or the first 200 to re-parse): creating them is cheap, reading
    their text is not. Every attribute reads the same values an eager sentence would hold.
    """

    __slots__ = ("_corpus", "_position", "_sid")

    def __init__(self, ident: int, corpus: IndexedCorpus, sid: int, position: int) -> None:
        _SENTENCE_SLOTS["id"].__set__(self, ident)
        stories = corpus._file_stories[position]
        if len(stories) == 1:  # the story does not depend on the line
            _SENTENCE_SLOTS["story"].__set__(self, stories[0])
        object.__setattr__(self, "_corpus", corpus)
        object.__setattr__(self, "_sid", sid)
        object.__setattr__(self, "_position", position)

    def _slot(self, name: str):
        slot = _SENTENCE_SLOTS[name]
        try:
            return slot.__get__(self, CorpusSentence)
        except AttributeError:
            self._load()
            return slot.__get__(self, CorpusSentence)

    def _load(self) -> None:
        corpus: IndexedCorpus = self._corpus
        assert corpus.store is not None
        found = corpus.store.sentence(self._sid)
        row = corpus._rows[self._position]
        if found is None or found[0] != row.id:
            raise CorpusError(
                "the corpus index changed during this run (another narrlint updated it); run again",
                str(corpus.store.path),
            )
        _, _, line, text = found
        _SENTENCE_SLOTS["line"].__set__(self, line)
        _SENTENCE_SLOTS["text"].__set__(self, text)
        stories = corpus._file_stories[self._position]
        _SENTENCE_SLOTS["story"].__set__(self, _story_for(stories, line))

    story = property(lambda self: self._slot("story"))  # type: ignore[assignment]
    line = property(lambda self: self._slot("line"))  # type: ignore[assignment]
    text = property(lambda self: self._slot("text"))  # type: ignore[assignment]


class LazySentences(Sequence[CorpusSentence]):
    """``corpus.sentences`` without loading them: sentence ``i`` is read when asked for."""

    def __init__(self, corpus: IndexedCorpus) -> None:
        self._corpus = corpus

    def __len__(self) -> int:
        return self._corpus._total

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("sentence index out of range")
        return self._corpus._sentence(index)

    def __iter__(self) -> Iterator[CorpusSentence]:
        corpus = self._corpus
        for position, row in enumerate(corpus._rows):
            stories = corpus._file_stories[position]
            offset = corpus._offsets[position]
            for idx, (line, text) in enumerate(corpus.store.file_sentences(row)):
                yield CorpusSentence(offset + idx, _story_for(stories, line), line, text)


@dataclass
class IndexedCorpus(Corpus):
    """A :class:`Corpus` whose sentences and postings stay in the index until asked for."""

    store: IndexStore | None = None
    _rows: list[FileRow] = field(default_factory=list, repr=False)
    _file_stories: list[list[Story]] = field(default_factory=list, repr=False)
    _offsets: list[int] = field(default_factory=list, repr=False)
    _total: int = 0
    _first_sids: Any = field(default=None, repr=False)
    _sid_positions: Any = field(default=None, repr=False)
    _sentence_counts: Any = field(default=None, repr=False)
    _offsets_array: Any = field(default=None, repr=False)
    _found: OrderedDict = field(default_factory=OrderedDict, repr=False)

    def attach(self, rows: list[FileRow], file_stories: list[list[Story]]) -> None:
        self._rows = rows
        self._file_stories = file_stories
        offset = 0
        first: dict[int, int] = {}
        for position, row in enumerate(rows):
            self._offsets.append(offset)
            if row.sentences:
                first.setdefault(row.first_sid, position)
            offset += row.sentences
        self._total = offset
        # A file's sentences have consecutive ids: sentence id -> file by bisection.
        ordered = sorted(first)
        self._first_sids = numpy.array(ordered, dtype=numpy.int64)
        self._sid_positions = numpy.array([first[sid] for sid in ordered], dtype=numpy.int64)
        self._sentence_counts = numpy.array([row.sentences for row in rows], dtype=numpy.int64)
        self._offsets_array = numpy.array(self._offsets, dtype=numpy.int64)
        self.sentences = LazySentences(self)  # type: ignore[assignment]

    def find(self, *keys: Key) -> list[CorpusSentence]:
        if not keys:
            return []
        cache_key = tuple(keys)
        cached = self._found.get(cache_key)
        if cached is not None:
            self._found.move_to_end(cache_key)
            return list(cached)
        found = self._find(keys)
        self._found[cache_key] = tuple(found)
        if len(self._found) > FIND_CACHE:
            self._found.popitem(last=False)
        return found

    def _find(self, keys: tuple[Key, ...]) -> list[CorpusSentence]:
        assert self.store is not None
        ids = self.store.key_ids(keys)
        if ids is None:
            return []
        ids.sort(key=lambda pair: pair[1])
        unique = list(dict.fromkeys(key_id for key_id, _ in ids))
        sids = numpy.fromiter(self.store.intersect(unique), dtype=numpy.int64)
        if not len(sids) or not len(self._first_sids):
            return []
        # Sentence id -> file (ids are consecutive within a file) -> corpus-order id, vectorised:
        # a common pair of keys matches thousands of sentences in a large archive.
        slots = numpy.searchsorted(self._first_sids, sids, side="right") - 1
        valid = slots >= 0
        slots = numpy.where(valid, slots, 0)
        idx = sids - self._first_sids[slots]
        positions = self._sid_positions[slots]
        # A sid past its file's end was written by a concurrent run after this one loaded.
        valid &= idx < self._sentence_counts[positions]
        sids, idx, positions = sids[valid], idx[valid], positions[valid]
        ids = self._offsets_array[positions] + idx
        order = numpy.argsort(ids, kind="stable")
        return [
            IndexedSentence(ident, self, sid, position)
            for ident, sid, position in zip(
                ids[order].tolist(), sids[order].tolist(), positions[order].tolist(), strict=True
            )
        ]

    def _sentence(self, index: int) -> CorpusSentence:
        assert self.store is not None
        position = bisect_right(self._offsets, index) - 1
        while self._rows[position].sentences == 0:  # offsets repeat for empty files
            position += 1
        row = self._rows[position]
        idx = index - self._offsets[position]
        found = self.store.sentence(row.first_sid + idx)
        if found is not None and found[0] == row.id and found[1] == idx:
            line, text = found[2], found[3]
        else:
            again = self.store.sentence_of(row.id, idx)
            if again is None:
                raise IndexError(f"sentence {index} is no longer in the corpus index")
            line, text = again
        return CorpusSentence(index, _story_for(self._file_stories[position], line), line, text)


# ---------------------------------------------------------------------------------------------
# Entry points


def load_ledger_of(sources: _Sources) -> Ledger:
    ledger = Ledger()
    for path, display in sources.ledgers:
        ledger.merge(load_ledger(path, display))
    check_references(ledger)
    return ledger


def open_index(files: CorpusFiles) -> tuple[IndexStore, Ledger, str]:
    ledger = load_ledger_of(files.sources)
    store = IndexStore(files.database)
    return store, ledger, fingerprint(files.sources.ledgers, files.model)


def load_indexed_corpus(
    paths: Iterable[str] = (),
    *,
    seeds: bool = True,
    model: str | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    verify: bool = False,
) -> IndexedCorpus:
    """The corpus through its index, bringing the index up to date first."""
    from narrlint.parallel import default_jobs

    files = CorpusFiles.discover(paths, seeds, model)
    store, ledger, print_ = open_index(files)
    store.prepare(print_)
    stories_by_display: dict[str, list[StoryFields]] = {}
    for path, display in files.sources.manifests:
        stories_by_display.update(store.manifest(path, display))
    nlp = build_pipeline(ledger, model)
    plan = store.plan(files.sources.articles, verify=verify)
    indexed = plan.indexed
    if plan.stale or plan.removed or plan.restat:
        update(
            store,
            plan,
            nlp,
            jobs=jobs or default_jobs(),
            progress=progress if progress is not None else ProgressBar(),
        )
        indexed = store.files()
    return corpus_from_index(store, files, plan.real, indexed, ledger, nlp, stories_by_display)


def corpus_from_index(
    store: IndexStore,
    files: CorpusFiles,
    real_paths: list[str],
    indexed: dict[str, FileRow],
    ledger: Ledger,
    nlp,
    stories_by_display: dict[str, list[StoryFields]],
) -> IndexedCorpus:
    corpus = IndexedCorpus(ledger=ledger, nlp=nlp, store=store)
    rows: list[FileRow] = []
    file_stories: list[list[Story]] = []
    for (_path, display), real in zip(files.sources.articles, real_paths, strict=True):
        row = indexed.get(real)
        if row is None:  # pragma: no cover - update() indexed or raised for every file
            raise CorpusError("article missing from the corpus index", display)
        listed = stories_by_display.get(display)
        if listed:
            stories = [Story(*fields, real) for fields in listed]
        else:
            day = dt.date.fromisoformat(row.date) if row.date else None
            stories = [Story(path=display, date=day, file=real)]
        corpus.stories.extend(stories)
        rows.append(row)
        file_stories.append(stories)
    corpus.attach(rows, file_stories)
    return corpus


def load_corpus_cached(
    paths: Iterable[str] = (), *, seeds: bool = True, model: str | None = None
) -> Corpus:
    """The corpus through the index; without it (with a warning) when the cache directory or
    database cannot be used. A damaged database file is deleted and built again."""
    from narrlint.corpus import load_corpus

    for attempt in (1, 2):
        try:
            return load_indexed_corpus(paths, seeds=seeds, model=model)
        except sqlite3.DatabaseError as exc:
            database = CorpusFiles.discover(paths, seeds, model).database
            damaged = "not a database" in str(exc) or "malformed" in str(exc)
            if attempt == 1 and damaged:
                _remove_database(database)
                continue
            problem = str(exc)
        except (sqlite3.Error, OSError) as exc:
            problem = str(exc)
        break
    print(
        f"narrlint: warning: corpus index unavailable ({problem}); reading the corpus directly",
        file=sys.stderr,
    )
    return load_corpus(paths, seeds=seeds, model=model)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")
