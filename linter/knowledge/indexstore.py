"""The corpus index's storage: one SQLite database per corpus, in the user's cache.

:class:`IndexStore` is the one store object; its jobs are split by module: the file format
(:mod:`~narrlint.knowledge.indexstore_format`), which database and fingerprint
(:mod:`~narrlint.knowledge.indexstore_fingerprint`), the connection, schema and damage
(:mod:`~narrlint.knowledge.indexstore_connection`), reading
(:mod:`~narrlint.knowledge.indexstore_read`), writing
(:mod:`~narrlint.knowledge.indexstore_write`) and manifests kept parsed
(:mod:`~narrlint.knowledge.indexstore_manifests`). This module compares the corpus on disk
with the index: which articles changed (:meth:`IndexStore.plan`) and whether a manifest must be
read again (:meth:`IndexStore.manifest`), by stat first and by hash when the stat changed. See
:mod:`narrlint.knowledge.index` for how it is used.
"""

from __future__ import annotations

import json
import os
import stat as stat_module
from dataclasses import dataclass, field

from narrlint.errors import NarrlintError
from narrlint.input.source import read_bytes
from narrlint.input.yamlsource import read_yaml_file
from narrlint.knowledge.corpus import manifest_stories
from narrlint.knowledge.indexstore_connection import _rollback
from narrlint.knowledge.indexstore_fingerprint import ENGINE_MODULES, CorpusFiles, _sha256
from narrlint.knowledge.indexstore_format import FileRow
from narrlint.knowledge.indexstore_manifests import (
    Manifest,
    StoredManifest,
    StoreManifests,
    compact_all,
)
from narrlint.knowledge.indexstore_read import StoreReading
from narrlint.knowledge.indexstore_write import StoreWriting

__all__ = ["ENGINE_MODULES", "CorpusFiles", "IndexStore", "Plan", "StoredManifest"]

RACY_NS = 2_000_000_000
"""A file modified this close to its indexing is hashed again even if its stat matches (the
same write could have landed in the same timestamp tick)."""
MANIFEST_CACHE_BYTES = 64 * 1024
"""Manifests larger than this are kept parsed in the index (a 10,000-article manifest takes
0.3 s to read as YAML)."""


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


class IndexStore(StoreManifests, StoreWriting, StoreReading):
    """One corpus database. Connections are per process (``-j`` workers are forked) and shared
    by threads under a lock (the language server answers from threads). Its reads, writes and
    manifest queries are those of the classes it is made of, one module each."""

    def manifest(self, path: str, display: str) -> Manifest:
        """A manifest's stories by article display path, in compact form (see
        :func:`~narrlint.knowledge.indexstore_manifests.story_fields`). A large manifest whose
        hash is unchanged is answered from its parsed form in the index, article by article,
        when asked (a 10,000-article manifest takes 0.3 s to read as YAML and 10 ms as one JSON
        document)."""
        try:
            data = read_bytes(path)
        except NarrlintError:  # the YAML reader names the problem
            return compact_all(manifest_stories(read_yaml_file(path, display), display))
        if len(data) < MANIFEST_CACHE_BYTES:
            return compact_all(manifest_stories(read_yaml_file(path, display), display))
        digest = _sha256(data)
        real = os.path.realpath(path)
        with self._lock:
            row = self.db.execute(
                "SELECT hash, data FROM manifests WHERE path = ?", (real,)
            ).fetchone()
        if row is not None and row[0] == digest and json.loads(row[1]).get("display") == display:
            return StoredManifest(self, real, digest)  # validated, resolved for this display
        parsed = read_yaml_file(path, display)
        compact = compact_all(manifest_stories(parsed, display))  # validates before caching
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
                digest = _sha256(read_bytes(path))
            except NarrlintError:  # indexing it reports the problem
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
