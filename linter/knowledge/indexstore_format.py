"""The corpus index's file format: its tables, and the rows that go in and come out of them.

Tables: ``files`` (one row per indexed article: resolved path, SHA-256 of its bytes, size and mtime,
front matter date, the range of its sentence ids and the key ids of its postings), ``sentences``
(id, file, index in the file, line, text), ``keys`` (kind, value and how many sentences carry it),
``postings`` (key id, sentence id; the primary key is the lookup), ``manifests`` and
``manifest_stories`` (large manifests in parsed form, keyed by hash, one row per article: a run
reads the stories of the articles it uses), ``derived`` (answers of queries that have to read
sentence text, such as :meth:`~narrlint.knowledge.corpus.Corpus.find_containing`, kept for the
index's current *generation*) and ``meta`` (the fingerprint, id counters and the generation, which
every write that adds or removes sentences bumps). A file's sentence ids are consecutive and never
reused, so a sentence id alone says which file and which sentence it is.

Kept in one place so that a change of the tables is seen, and ``INDEX_SCHEMA`` bumped, here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

INDEX_SCHEMA = 3
"""The version of :data:`SCHEMA` and of what an article is parsed into
(``narrlint.knowledge.index_build.parse_article``): bump it when either changes."""

SCHEMA = """
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


@dataclass
class ParsedArticle:
    """An article read, hashed and parsed, ready to be written (sentences: line, text, keys)."""

    path: str
    display: str
    hash: str
    size: int
    mtime_ns: int
    date: dt.date | None
    sentences: list[tuple[int, str, tuple[Key, ...]]]


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
