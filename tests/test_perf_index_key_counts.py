"""A batch of articles updates each key's count once, not once per article (perf r20).

Every article added its own ``UPDATE keys SET count = count + ?`` for each of its keys, and a
common lemma is in nearly every article of a batch: the counts are now summed over the
transaction and written once per key. The counts themselves must not change.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from narrlint.knowledge import indexstore_connection
from narrlint.knowledge.index import IndexedCorpus, load_indexed_corpus


def _build(folder: Path, monkeypatch) -> tuple[IndexedCorpus, list[str]]:
    statements: list[str] = []
    connect = indexstore_connection.StoreConnection._connect

    def tracing(self) -> sqlite3.Connection:
        db = connect(self)
        db.set_trace_callback(statements.append)
        return db

    monkeypatch.setattr(indexstore_connection.StoreConnection, "_connect", tracing)
    corpus = load_indexed_corpus([str(folder)], seeds=False, progress=lambda *_: None)
    assert isinstance(corpus, IndexedCorpus)
    return corpus, statements


def test_key_counts_are_written_once_per_key_and_batch(archive, monkeypatch):
    corpus, statements = _build(archive, monkeypatch)
    db = corpus.store.db
    files = db.execute("SELECT count(*) FROM files").fetchone()[0]
    keys = db.execute("SELECT count(*) FROM keys").fetchone()[0]
    updates = [s for s in statements if s.startswith("UPDATE keys SET count = count +")]
    assert files >= 8
    # One batch here: at most one update per key (before: one per key and article, the
    # archive's eight look-alike articles sharing most of their keys).
    assert 0 < len(updates) <= keys, (len(updates), keys)


def test_key_counts_are_the_postings(archive, monkeypatch):
    corpus, _ = _build(archive, monkeypatch)
    db = corpus.store.db
    stored = dict(db.execute("SELECT id, count FROM keys").fetchall())
    posted = dict(db.execute("SELECT key_id, count(*) FROM postings GROUP BY key_id").fetchall())
    assert stored == {key: posted.get(key, 0) for key in stored}
