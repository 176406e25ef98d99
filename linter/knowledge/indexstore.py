"""The corpus index's storage: one SQLite database per corpus, in the user's cache.

Tables: ``files`` (one row per indexed article: resolved path, SHA-256 of its bytes, size and mtime,
front matter date, the range of its sentence ids and the key ids of its postings), ``sentences``
(id, file, index in the file, line, text), ``keys`` (kind, value and how many sentences carry it),
``postings`` (key id, sentence id; the primary key is the lookup), ``manifests`` and
``manifest_stories`` (large manifests in parsed form, keyed by hash, one row per article: a run
reads the stories of the articles it uses), ``derived`` (answers of queries that have to read
sentence text, such as :meth:`~narrlint.knowledge.corpus.Corpus.find_containing`, kept for the
index's current *generation*) and ``meta`` (the fingerprint, id counters and the generation, which
every write that adds or removes sentences bumps). A file's sentence ids are consecutive and never
reused, so a sentence id alone says which file and which sentence it is. See
:mod:`narrlint.knowledge.index` for how it is used.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
import stat as stat_module
import threading
import time
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy

from narrlint import __version__
from narrlint.errors import CorpusError
from narrlint.input.yamlsource import read_yaml_file
from narrlint.knowledge.corpus import (
    SEEDS_DISPLAY,
    Story,
    _discover,
    _Sources,
    manifest_stories,
    seeds_root,
)

INDEX_SCHEMA = 3
RACY_NS = 2_000_000_000
"""A file modified this close to its indexing is hashed again even if its stat matches (the
same write could have landed in the same timestamp tick)."""
MANIFEST_CACHE_BYTES = 64 * 1024
"""Manifests larger than this are kept parsed in the index (a 10,000-article manifest takes
0.3 s to read as YAML)."""
ENGINE_MODULES = (
    "knowledge/corpus.py", "nlp/pipeline.py", "nlp/quantities.py", "nlp/tokens.py",
    "nlp/chunking.py", "text/prose.py", "text/prose_text.py", "text/prose_builder.py",
    "text/prose_runs.py", "text/prose_plain.py", "text/markdown_parser.py",
    "text/markdown_inline.py", "text/invisible.py", "input/frontmatter.py",
    "text/positions.py", "input/source.py", "knowledge/ledger.py", "knowledge/ledger_model.py",
    "knowledge/ledger_parse.py", "input/yamlsource.py",
)  # fmt: skip
"""Modules whose code decides what an article is indexed under, and how the ledger stored
beside the index (:mod:`narrlint.knowledge.ledgercache`) was parsed. The index's own code is
versioned by ``INDEX_SCHEMA``: bump it when the tables or ``narrlint.knowledge.index.parse_article``
change. Paths are relative to the ``narrlint`` package folder."""

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
CREATE INDEX IF NOT EXISTS files_state
    ON files(path, id, size, mtime_ns, indexed_ns, date, first_sid, sentences);
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
CREATE TABLE IF NOT EXISTS manifest_stories(
    manifest TEXT NOT NULL,
    display TEXT NOT NULL,
    stories TEXT NOT NULL,
    PRIMARY KEY(manifest, display)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS derived(
    query TEXT PRIMARY KEY,
    generation INTEGER NOT NULL,
    sids BLOB NOT NULL
);
"""
LIKE_FOLDS_TO_ASCII = ("\u0130", "\u212a")
"""The only characters besides ASCII ones whose ``str.lower()`` holds an ASCII letter (İ → i̇,
Kelvin sign → k): text without them matches a lower-case ASCII substring in Python exactly when
SQLite's (ASCII case-blind) ``LIKE`` matches it."""
MAX_LIKE_PATTERN = 40_000
"""Below SQLite's default LIKE pattern limit (50,000 bytes)."""

Key = tuple[str, str]
BUSY_TIMEOUT_MS = 60_000
"""How long a write waits for another process's write to finish."""


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
    here = Path(__file__).resolve().parent.parent
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


@dataclass
class ParsedArticle:
    path: str
    display: str
    hash: str
    size: int
    mtime_ns: int
    date: dt.date | None
    sentences: list[tuple[int, str, tuple[Key, ...]]]


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
    generation: int = 0
    """The index's generation when ``indexed`` was read."""
    real: list[str] = field(default_factory=list)
    """Resolved path of each article, in corpus order."""
    stale: list[tuple[str, str]] = field(default_factory=list)
    """(path, display) of new or changed files, in corpus order."""
    restat: list[tuple[int, int, int]] = field(default_factory=list)
    """(size, mtime_ns, id): unchanged content whose stat changed (touched, copied)."""
    removed: list[FileRow] = field(default_factory=list)
    changed: int = 0
    """How many of ``stale`` were indexed before (with other content)."""


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
        db = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(f"PRAGMA journal_size_limit={64 * 1024 * 1024}")
        db.execute("PRAGMA temp_store=MEMORY")
        return db

    def close(self) -> None:
        if self._connection is not None and self._pid == os.getpid():
            self._connection.close()
        self._connection = None

    def is_current(self, fingerprint: str) -> bool:
        """The database exists with this fingerprint (:meth:`prepare` would write nothing)."""
        if not self.path.is_file():
            return False
        try:
            return self.meta("fingerprint") == fingerprint
        except sqlite3.OperationalError:  # no tables yet
            return False

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
                # Generations of a database never repeat those of the one it replaced (a
                # process that read the old one must not take the new one's answers as its).
                db.execute(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES ('generation', ?)",
                    (str(time.time_ns()),),
                )
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise
            return reset

    # -- reading ------------------------------------------------------------------------------

    def files(self) -> dict[str, FileRow]:
        return self.snapshot()[1]

    def snapshot(self) -> tuple[int, dict[str, FileRow]]:
        """The generation and the files of one consistent state of the index (one read
        transaction: a concurrent writer commits either before or after it). Read from the
        covering index ``files_state``: the table's rows also hold each file's key counts
        (4 KB a file), which a scan would read too."""
        with self._lock:
            db = self.db
            db.execute("BEGIN")
            try:
                generation = _generation(db)
                rows = db.execute(
                    "SELECT id, path, size, mtime_ns, indexed_ns, date, first_sid, sentences "
                    "FROM files"
                ).fetchall()
            finally:
                db.execute("COMMIT")
        make = FileRow._make
        return generation, {row[1]: make(row) for row in rows}

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

    def intersect(self, key_ids: list[int], limit: int | None = None) -> numpy.ndarray:
        """Sentence ids under all keys (``limit``: the smallest that many); the rarest key
        (first) drives the loop, the others are probed by primary key."""
        joins = "".join(
            f" CROSS JOIN postings p{i} ON p{i}.key_id = ? AND p{i}.sid = p0.sid"
            for i in range(1, len(key_ids))
        )
        where = f"FROM postings p0{joins} WHERE p0.key_id = ?"
        arguments = (*key_ids[1:], key_ids[0])
        with self._lock:
            if limit is not None:  # the primary key's order: no sort, stops at the limit
                rows = self.db.execute(
                    f"SELECT p0.sid {where} ORDER BY p0.sid LIMIT ?", (*arguments, limit)
                ).fetchall()
                return numpy.array([row[0] for row in rows], dtype=numpy.int64)
            # One string instead of a Python int per row: a common key has 40,000 sentences.
            (text,) = self.db.execute(f"SELECT group_concat(p0.sid) {where}", arguments).fetchone()
        return numpy.fromstring(text or "", dtype=numpy.int64, sep=",")

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

    def sentences_many(self, sids: Sequence[int]) -> list[tuple[int, int, int, int, str]]:
        """``(sid, file_id, idx, line, text)`` of those of ``sids`` still in the index."""
        rows: list[tuple[int, int, int, int, str]] = []
        with self._lock:
            db = self.db
            for chunk in _chunks(sids, _variable_limit(db)):
                rows += db.execute(
                    "SELECT sid, file_id, idx, line, text FROM sentences "
                    f"WHERE sid IN ({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
        return rows

    def sentences_containing(
        self, sids: Sequence[int], contains: str, generation: int
    ) -> list[tuple[int, int, str]] | None:
        """``(sid, line, text)`` of the sentences among ``sids`` whose text may contain
        ``contains`` once lower-cased (a superset: the caller checks ``contains in
        text.lower()``), filtered by SQLite where that is exact for an ASCII ``contains``.
        None when the index is no longer at ``generation`` (then ``sids`` may name sentences
        that are gone, which a filter cannot tell from sentences that do not match)."""
        ascii_only = contains.isascii() and len(contains) < MAX_LIKE_PATTERN
        if ascii_only:
            escaped = contains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where = "AND (text LIKE ? ESCAPE '\\' OR instr(text, ?) OR instr(text, ?))"
            extra: tuple = (f"%{escaped}%", *LIKE_FOLDS_TO_ASCII)
        else:
            where, extra = "", ()
        rows: list[tuple[int, int, str]] = []
        with self._lock:
            db = self.db
            limit = _variable_limit(db) - len(extra)
            db.execute("BEGIN")
            try:
                if _generation(db) != generation:
                    return None
                for chunk in _chunks(sids, limit):
                    rows += db.execute(
                        "SELECT sid, line, text FROM sentences "
                        f"WHERE sid IN ({','.join('?' * len(chunk))}) {where}",
                        (*chunk, *extra),
                    ).fetchall()
            finally:
                db.execute("COMMIT")
        return rows

    def derived(self, query: str, generation: int) -> array | None:
        """Sentence ids stored for ``query`` at ``generation`` (None: not stored)."""
        with self._lock:
            row = self.db.execute(
                "SELECT sids FROM derived WHERE query = ? AND generation = ?", (query, generation)
            ).fetchone()
        if row is None:
            return None
        sids = array("q")
        sids.frombytes(row[0])
        return sids

    def put_derived(self, query: str, generation: int, sids: Iterable[int]) -> bool:
        """Keep the answer of ``query`` if the index is still at ``generation``. Best effort:
        a read-only cache or a long write elsewhere leaves it unsaved (False)."""
        blob = array("q", sids).tobytes()
        with self._lock:
            db = self.db
            try:
                db.execute("PRAGMA busy_timeout = 200")
                db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError:
                return False
            finally:
                db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            try:
                if _generation(db) != generation:
                    db.execute("ROLLBACK")
                    return False
                db.execute(
                    "INSERT OR REPLACE INTO derived(query, generation, sids) VALUES (?, ?, ?)",
                    (query, generation, blob),
                )
                db.execute("COMMIT")
            except sqlite3.OperationalError:
                _rollback(db)
                return False
        return True

    def file_sentences(self, row: FileRow) -> list[tuple[int, str]]:
        with self._lock:
            return self.db.execute(
                "SELECT line, text FROM sentences WHERE sid BETWEEN ? AND ? AND file_id = ? "
                "ORDER BY sid",
                (row.first_sid, row.first_sid + row.sentences - 1, row.id),
            ).fetchall()

    # -- manifests ----------------------------------------------------------------------------

    def manifest(self, path: str, display: str) -> Manifest:
        """A manifest's stories by article display path, in compact form (see
        :func:`story_fields`). A large manifest whose hash is unchanged is answered from its
        parsed form in the index, article by article, when asked (a 10,000-article manifest
        takes 0.3 s to read as YAML and 10 ms as one JSON document)."""
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            return _compact_all(manifest_stories(read_yaml_file(path, display), display))
        if len(data) < MANIFEST_CACHE_BYTES:
            return _compact_all(manifest_stories(read_yaml_file(path, display), display))
        digest = _sha256(data)
        real = os.path.realpath(path)
        with self._lock:
            row = self.db.execute(
                "SELECT hash, data FROM manifests WHERE path = ?", (real,)
            ).fetchone()
        if row is not None and row[0] == digest and json.loads(row[1]).get("display") == display:
            return StoredManifest(self, real, digest)  # validated, resolved for this display
        parsed = read_yaml_file(path, display)
        compact = _compact_all(manifest_stories(parsed, display))  # validates before caching
        with self._lock:
            db = self.db
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute("DELETE FROM manifest_stories WHERE manifest = ?", (real,))
                db.executemany(
                    "INSERT INTO manifest_stories(manifest, display, stories) VALUES (?, ?, ?)",
                    [(real, key, json.dumps(items)) for key, items in compact.items()],
                )
                db.execute(
                    "INSERT OR REPLACE INTO manifests(path, hash, data) VALUES (?, ?, ?)",
                    (real, digest, json.dumps({"display": display})),
                )
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise
        return compact

    def manifest_displays(self, manifest: str, digest: str) -> list[str]:
        """The article displays a stored manifest dates, which must still have hash ``digest``
        (to tell which of its entries date no article of the corpus)."""
        return [
            display
            for (display,) in self._manifest_rows(
                manifest, digest, "SELECT display FROM manifest_stories WHERE manifest = ?"
            )
        ]

    def manifest_all(self, manifest: str, digest: str) -> dict[str, str]:
        """Every article's stories in a stored manifest (JSON text by display path), which must
        still have hash ``digest``."""
        return dict(
            self._manifest_rows(
                manifest,
                digest,
                "SELECT display, stories FROM manifest_stories WHERE manifest = ?",
            )
        )

    def _manifest_rows(self, manifest: str, digest: str, query: str) -> list[tuple]:
        with self._lock:
            db = self.db
            db.execute("BEGIN")
            try:
                row = db.execute("SELECT hash FROM manifests WHERE path = ?", (manifest,))
                found = row.fetchone()
                if found is None or found[0] != digest:
                    raise CorpusError(
                        "the corpus index changed during this run (another narrlint updated "
                        "it); run again",
                        str(self.path),
                    )
                return db.execute(query, (manifest,)).fetchall()
            finally:
                db.execute("COMMIT")

    def manifest_stories(self, manifest: str, digest: str, display: str) -> list[list] | None:
        """Stories of one article in a stored manifest, which must still have hash ``digest``."""
        with self._lock:
            row = self.db.execute(
                "SELECT m.hash, s.stories FROM manifests m LEFT JOIN manifest_stories s "
                "ON s.manifest = m.path AND s.display = ? WHERE m.path = ?",
                (display, manifest),
            ).fetchone()
        if row is None or row[0] != digest:
            raise CorpusError(
                "the corpus index changed during this run (another narrlint updated it); run again",
                str(self.path),
            )
        return json.loads(row[1]) if row[1] is not None else None

    # -- planning and writing -----------------------------------------------------------------

    def plan(self, articles: list[tuple[str, str]], verify: bool = False) -> Plan:
        """Compare the corpus on disk with the index (stat first; hash when stat changed)."""
        generation, indexed = self.snapshot()
        plan = Plan(indexed=indexed, generation=generation)
        seen: set[str] = set()
        directories: dict[str, str] = {}
        add_real, add_seen, get = plan.real.append, seen.add, indexed.get
        for path, display in articles:
            real, stat = _real_and_stat(path, directories)
            add_real(real)
            if real in seen:
                continue
            add_seen(real)
            row = get(real)
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
                removed = list(removed)
                if parsed or removed:  # sentences come and go: stored answers are void
                    generation = _generation(db) + 1
                    db.execute(
                        "INSERT OR REPLACE INTO meta(key, value) VALUES ('generation', ?)",
                        (str(generation),),
                    )
                    db.execute("DELETE FROM derived WHERE generation < ?", (generation,))
                for row in removed:
                    self._delete(db, row.id)
                if parsed:  # the index's own count of the articles it has parsed
                    db.execute(
                        "INSERT INTO meta(key, value) VALUES ('parsed', ?) ON CONFLICT(key) "
                        "DO UPDATE SET value = CAST(value AS INTEGER) + excluded.value",
                        (len(parsed),),
                    )
                for article in parsed:
                    old = db.execute(
                        "SELECT id FROM files WHERE path = ?", (os.path.realpath(article.path),)
                    ).fetchone()
                    if old is not None:
                        self._delete(db, old[0])
                    self._insert(db, article, self._key_cache)
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
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


class StoredManifest:
    """A large manifest's stories, read from the index one article at a time; all of them in
    one query once a run has asked for many (a rule that reads every file's sentences)."""

    BULK_AFTER = 64

    def __init__(self, store: IndexStore, path: str, digest: str) -> None:
        self.store = store
        self.path = path
        """The manifest's resolved path."""
        self.digest = digest
        """The hash of the manifest this run read."""
        self._asked = 0
        self._all: dict[str, str] | None = None

    def keys(self) -> list[str]:
        """The article displays the manifest dates."""
        if self._all is not None:
            return list(self._all)
        return self.store.manifest_displays(self.path, self.digest)

    def get(self, display: str) -> list[list] | None:
        if self._all is None:
            self._asked += 1
            if self._asked <= self.BULK_AFTER:
                return self.store.manifest_stories(self.path, self.digest, display)
            self._all = self.store.manifest_all(self.path, self.digest)
        found = self._all.get(display)
        return json.loads(found) if found is not None else None


Manifest = dict[str, list[list]] | StoredManifest
"""Stories by article display path, compact: parsed, or kept in the index."""


class ManifestStories:
    """The stories the corpus's manifests give each article: a later manifest's entry for an
    article replaces an earlier one's, as when their dictionaries are merged in order."""

    def __init__(self, manifests: Iterable[Manifest] = ()) -> None:
        self._manifests = list(manifests)

    def get(self, display: str) -> list[list] | None:
        for manifest in reversed(self._manifests):
            found = manifest.get(display)
            if found is not None:
                return found
        return None


def _compact_all(stories: dict[str, list[Story]]) -> dict[str, list[list]]:
    return {
        key: [
            [s.path, s.date.isoformat() if s.date else None, s.outlet, s.url, s.first_line,
             s.last_line]
            for s in items
        ]
        for key, items in stories.items()
    }  # fmt: skip


def story_fields(entry: list) -> StoryFields:
    """``Story`` fields (but the file) of a compact manifest entry:
    ``[path, ISO date or None, outlet, url, first line, last line]``."""
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
    if os.altsep:  # pragma: no cover - Windows
        head, tail = os.path.split(path)
        real_head = directories.get(head)
        if real_head is None:
            real_head = directories[head] = os.path.realpath(head or os.curdir)
        return os.path.join(real_head, tail), info
    # The folder as written, separator included, and its resolved form with one: a string cut
    # and a concatenation per file instead of os.path.split and os.path.join.
    cut = path.rfind(os.sep) + 1
    head = path[:cut]
    real_head = directories.get(head)
    if real_head is None:
        real_head = directories[head] = os.path.join(os.path.realpath(head or os.curdir), "")
    return real_head + path[cut:], info


def _generation(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    return int(row[0]) if row else 0


def _variable_limit(db: sqlite3.Connection) -> int:
    """Bound parameters one statement may take (32,766 by default; 999 in old SQLite)."""
    try:
        return max(1, min(db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER), 32_766) - 8)
    except (AttributeError, sqlite3.Error):  # pragma: no cover - Python < 3.11
        return 991


def _chunks(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


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


def _rollback(db: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open. SQLite rolls back by itself on some errors
    (SQLITE_FULL: "database or disk is full"); ROLLBACK then fails with "cannot rollback - no
    transaction is active", which must not replace the real error being raised."""
    if db.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")


DAMAGE = ("malformed", "not a database", "corrupt", "file is not a database")
"""What SQLite says of a damaged file (as opposed to a locked, full or unreadable one)."""


def is_damage(error: BaseException) -> bool:
    return isinstance(error, sqlite3.DatabaseError) and any(
        word in str(error).lower() for word in DAMAGE
    )


def integrity(path: Path) -> str | None:
    """None when ``PRAGMA quick_check`` finds the database sound, else what is wrong (SQLite's
    first complaint, or the error opening it). Reads the whole file: for ``corpus status`` and
    ``corpus build --verify``, not for every run."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = db.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        db.close()
    problems = [row[0] for row in rows if row[0] != "ok"]
    return "; ".join(problems) if problems else None


def _remove_database(path: Path) -> None:
    """The database, its journal files and the ledger kept beside it."""
    from narrlint.knowledge.ledgercache import ledger_file

    for name in (*(f"{path}{suffix}" for suffix in ("", "-wal", "-shm")), ledger_file(path)):
        with contextlib.suppress(FileNotFoundError):
            os.remove(name)
