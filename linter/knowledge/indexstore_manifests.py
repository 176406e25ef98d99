"""Manifests kept in the corpus index in parsed form, read one article at a time.

A 10,000-article manifest takes 0.3 s to read as YAML; the index keeps its stories as JSON, one
row per article, under the manifest's hash, so a run reads the entries of the articles it uses.
This module is that form (compact story entries), the store's queries of it, and the mapping
the corpus reads stories from. Whether a manifest must be read again is decided by
:meth:`~narrlint.knowledge.indexstore.IndexStore.manifest`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from narrlint.errors import CorpusError
from narrlint.knowledge.corpus import Story
from narrlint.knowledge.indexstore_connection import StoreConnection


class StoreManifests(StoreConnection):
    """The manifest queries of :class:`~narrlint.knowledge.indexstore.IndexStore`."""

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


StoryFields = tuple[str, "dt.date | None", "str | None", "str | None", int, "int | None"]
"""``Story`` fields but the resolved file, which the corpus adds."""


class StoredManifest:
    """A large manifest's stories, read from the index one article at a time; all of them in
    one query once a run has asked for many (a rule that reads every file's sentences)."""

    BULK_AFTER = 64

    def __init__(self, store: StoreManifests, path: str, digest: str) -> None:
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


def compact_all(stories: dict[str, list[Story]]) -> dict[str, list[list]]:
    """Stories by article in the compact form kept in the index (see :func:`story_fields`)."""
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
