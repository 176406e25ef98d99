"""The corpus index's connection: one per process, shared by threads under a lock.

Opening the database (WAL, busy timeout), creating or resetting its schema under a new
fingerprint, the transaction helpers every reader and writer uses, and what to do with a
damaged file (tell damage from a lock, check integrity, remove it with its journal files).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from pathlib import Path

from narrlint.knowledge.indexstore_format import INDEX_SCHEMA, SCHEMA, Key

BUSY_TIMEOUT_MS = 60_000
"""How long a write waits for another process's write to finish."""


class StoreConnection:
    """The connection and schema of :class:`~narrlint.knowledge.indexstore.IndexStore`.
    Connections are per process (``-j`` workers are forked) and shared by threads under a lock
    (the language server answers from threads)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._connection: sqlite3.Connection | None = None
        self._pid = -1
        self._fingerprint: str | None = None
        self._key_cache: dict[Key, int] = {}
        """Key ids seen by this process's writes (keys are never deleted, ids never change)."""

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
                for statement in SCHEMA.split(";"):
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

    def meta(self, key: str) -> str | None:
        with self._lock:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None


def _generation(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    return int(row[0]) if row else 0


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
    """The database, its journal files, and the ledger and derived values kept beside it."""
    from narrlint.knowledge.ledgercache import derived_file, ledger_file

    journals = (f"{path}{suffix}" for suffix in ("", "-wal", "-shm"))
    for name in (*journals, ledger_file(path), derived_file(path)):
        with contextlib.suppress(FileNotFoundError):
            os.remove(name)
