"""Reading the corpus index: files, postings, sentences and stored answers.

Every read takes the store's lock and, where it needs one consistent state (the files and the
generation, a filtered read), one read transaction.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterable, Sequence

import numpy

from narrlint.knowledge.indexstore_connection import (
    BUSY_TIMEOUT_MS,
    StoreConnection,
    _generation,
    _rollback,
)
from narrlint.knowledge.indexstore_format import (
    LIKE_FOLDS_TO_ASCII,
    MAX_LIKE_PATTERN,
    FileRow,
    Key,
)


class StoreReading(StoreConnection):
    """The queries of :class:`~narrlint.knowledge.indexstore.IndexStore`."""

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


def _variable_limit(db: sqlite3.Connection) -> int:
    """Bound parameters one statement may take (32,766 by default; 999 in old SQLite)."""
    try:
        return max(1, min(db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER), 32_766) - 8)
    except (AttributeError, sqlite3.Error):  # pragma: no cover - Python < 3.11
        return 991


def _chunks(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
