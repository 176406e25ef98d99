"""Writing the corpus index: files stored and dropped, one transaction at a time.

A file's sentences take consecutive ids from a counter that never goes back, its postings and
key counts are written with them, and its row comes last: a row means a complete file, and an
id never names two sentences.
"""

from __future__ import annotations

import os
import sqlite3
import time
from array import array
from collections.abc import Iterable

from narrlint.errors import CorpusError
from narrlint.knowledge.indexstore_connection import StoreConnection, _generation, _rollback
from narrlint.knowledge.indexstore_format import FileRow, Key, ParsedArticle


class StoreWriting(StoreConnection):
    """The writes of :class:`~narrlint.knowledge.indexstore.IndexStore`."""

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
                counts: dict[int, int] = {}
                for article in parsed:
                    old = db.execute(
                        "SELECT id FROM files WHERE path = ?", (os.path.realpath(article.path),)
                    ).fetchone()
                    if old is not None:
                        self._delete(db, old[0])
                    for key_id, n in self._insert(db, article, self._key_cache).items():
                        counts[key_id] = counts.get(key_id, 0) + n
                # One update per key and transaction, not per key and article: a common lemma
                # is in nearly every article of a batch.
                db.executemany(
                    "UPDATE keys SET count = count + ? WHERE id = ?",
                    [(n, k) for k, n in counts.items()],
                )
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
            db = self.db
            db.execute("BEGIN IMMEDIATE")
            # As :meth:`write`: rows of another index are not this one's (their ids name other
            # files), and a failed update leaves no transaction open on the connection, which
            # held the write lock until the process ended (every later write failed, "cannot
            # start a transaction within a transaction"; robustness r23).
            try:
                self._check_fingerprint(db)
                db.executemany(
                    "UPDATE files SET size = ?, mtime_ns = ?, indexed_ns = ? WHERE id = ?",
                    [(size, mtime, now, ident) for size, mtime, ident in rows],
                )
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise

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
    def _insert(
        db: sqlite3.Connection, article: ParsedArticle, cache: dict[Key, int]
    ) -> dict[int, int]:
        """Store ``article``; returns its sentences per key id, which the caller adds to the
        keys' counts."""
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
        return counts


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
