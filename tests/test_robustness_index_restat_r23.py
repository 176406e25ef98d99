"""``IndexStore.restat`` (new stat of files whose bytes did not change: a copy, a touch, a
rename back) rolls back what fails and writes only into the index it planned against.

A failed update left its transaction open on the store's connection: the write lock stayed
held for the process's life (other runs waited out their busy timeout), and the store's next
write failed with "cannot start a transaction within a transaction". And unlike ``write``, it
did not check that the database was still the one of its fingerprint (robustness r23, the
leftover "a failed restat after a rename" of earlier rounds).
"""

from __future__ import annotations

import sqlite3

import pytest

from narrlint.errors import CorpusError
from narrlint.knowledge.indexstore import IndexStore


def _store(tmp_path) -> IndexStore:
    store = IndexStore(tmp_path / "index.sqlite")
    store.prepare("one")
    store.db.execute(
        "INSERT INTO files(id, path, display, hash, size, mtime_ns, indexed_ns, first_sid, "
        "sentences, keys) VALUES (1, '/a.txt', 'a.txt', 'h', 10, 20, 30, 1, 0, x'')"
    )
    return store


def _stat(store: IndexStore) -> tuple[int, int]:
    return store.db.execute("SELECT size, mtime_ns FROM files WHERE id = 1").fetchone()


def test_a_failed_restat_leaves_no_transaction_open(tmp_path):
    store = _store(tmp_path)
    store.db.execute(
        "CREATE TEMP TRIGGER refuse BEFORE UPDATE ON main.files "
        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="disk trouble"):
        store.restat([(11, 21, 1)])
    assert not store.db.in_transaction
    store.db.execute("DROP TRIGGER refuse")
    store.restat([(11, 21, 1)])  # the store writes again
    assert _stat(store) == (11, 21)
    other = sqlite3.connect(tmp_path / "index.sqlite", timeout=0.1)  # nobody holds the lock
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_restat_refuses_an_index_rebuilt_under_another_fingerprint(tmp_path):
    store = _store(tmp_path)
    store.db.execute("UPDATE meta SET value = 'two' WHERE key = 'fingerprint'")
    with pytest.raises(CorpusError, match="rebuilt by another narrlint version"):
        store.restat([(11, 21, 1)])
    assert not store.db.in_transaction
    assert _stat(store) == (10, 20)  # untouched
