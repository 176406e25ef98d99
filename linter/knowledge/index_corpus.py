"""The corpus answered from its index: the :class:`~narrlint.knowledge.corpus.Corpus` API, with
``find`` and ``find_containing`` answered by the postings in SQLite.

Answers are kept per corpus for the questions rules ask again for every draft of a run, within
bounds (a long-lived language server must not grow). A query the index fails (damage found only
now, an I/O error) is answered from the corpus read directly, with a warning, for the rest of
the run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import sys
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy

from narrlint.errors import CorpusError
from narrlint.knowledge.corpus import Corpus, CorpusSentence, Story, _story_for
from narrlint.knowledge.index_sentences import Answer, IndexedSentence, LazySentences
from narrlint.knowledge.indexstore import IndexStore
from narrlint.knowledge.indexstore_connection import _remove_database, is_damage
from narrlint.knowledge.indexstore_format import FileRow, Key
from narrlint.knowledge.indexstore_manifests import ManifestStories, story_fields

FIND_CACHE = 4096
"""``find`` results kept per corpus: rules ask the same questions for every draft of a run."""
FIND_CACHE_SENTENCES = 200_000
"""... and at most this many sentences in all (a long-lived language server must not grow)."""


Matches = tuple[Any, Any, Any]
"""Corpus-order ids, sentence ids and file positions of matching sentences (numpy arrays, in
corpus order)."""


@dataclass
class IndexedCorpus(Corpus):
    """A :class:`Corpus` whose sentences and postings stay in the index until asked for."""

    store: IndexStore | None = None
    generation: int = 0
    """The index's generation this corpus was loaded at (see :meth:`IndexStore.snapshot`)."""
    _rows: list[FileRow] = field(default_factory=list, repr=False)
    _displays: list[str] = field(default_factory=list, repr=False)
    _reals: list[str] = field(default_factory=list, repr=False)
    _listed: ManifestStories = field(default_factory=ManifestStories, repr=False)
    """Manifest stories by display path, compact
    (:func:`~narrlint.knowledge.indexstore_manifests.story_fields`)."""
    _file_stories: list[list[Story] | None] = field(default_factory=list, repr=False)
    """Stories of each file, made on first use (a rule reads a few files of a large corpus)."""
    _story_list: list[Story] | None = field(default=None, repr=False)
    _where: dict[str, list[int]] | None = field(default=None, repr=False)
    _in_corpus_order: bool = False
    """Sentence ids increase with corpus order (each file once, files in index order)."""
    _offsets: list[int] = field(default_factory=list, repr=False)
    _total: int = 0
    _first_sids: Any = field(default=None, repr=False)
    _sid_positions: Any = field(default=None, repr=False)
    _sentence_counts: Any = field(default=None, repr=False)
    _offsets_array: Any = field(default=None, repr=False)
    _found: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _found_size: int = 0
    _matched: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _matched_size: int = 0
    _direct_loader: Callable[[], Corpus] | None = field(default=None, repr=False)
    """Loads the same corpus without the index (set by :func:`load_indexed_corpus`)."""
    _direct: Corpus | None = field(default=None, repr=False)
    """That corpus, once the index failed a query: every later question goes to it."""

    # -- an index that fails a query ------------------------------------------------------------

    def _bypass(self, error: sqlite3.Error) -> Corpus:
        """The index failed a query (damaged pages found only now, an I/O error): say so once,
        as a corpus problem naming the cache file, drop a damaged file so that the next run
        builds it afresh, and answer this run from the corpus itself (same sentences, same
        order, same ids)."""
        if self._direct is not None:
            return self._direct
        assert self.store is not None
        path = self.store.path
        removed = False
        if is_damage(error):
            self.store.close()
            with contextlib.suppress(OSError):
                _remove_database(path)
                removed = True
        then = "; it is rebuilt on the next run" if removed else ""
        print(
            f"narrlint: warning: corpus index {path} failed ({error}); reading the corpus "
            f"directly for this run{then}",
            file=sys.stderr,
        )
        if self._direct_loader is None:  # pragma: no cover - every loader sets it
            raise CorpusError(f"corpus index failed: {error}", str(path)) from error
        direct = self._direct_loader()
        if len(direct.sentences) != self._total:
            raise CorpusError(
                "the corpus changed during this run while its index failed; run again", str(path)
            ) from error
        self._direct = direct
        self._found.clear()
        self._matched.clear()
        return direct

    def attach(
        self,
        rows: list[FileRow],
        displays: list[str],
        reals: list[str],
        listed: ManifestStories,
    ) -> None:
        """The indexed files in corpus order: their rows, display and resolved paths, and the
        manifests' stories by display path."""
        self._rows, self._displays, self._reals, self._listed = rows, displays, reals, listed
        self._file_stories = [None] * len(rows)
        self._story_list = None
        self._where = None
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
        firsts = numpy.array([row.first_sid for row in rows if row.sentences], dtype=numpy.int64)
        self._in_corpus_order = bool(numpy.all(firsts[1:] > firsts[:-1]))
        self.sentences = LazySentences(self)  # type: ignore[assignment]

    # -- stories ------------------------------------------------------------------------------

    @property  # type: ignore[override]
    def stories(self) -> list[Story]:
        """All stories, in corpus order (made when first asked for)."""
        if self._story_list is None:
            self._story_list = [s for p in range(len(self._rows)) for s in self._stories_at(p)]
        return self._story_list

    @stories.setter
    def stories(self, value: list[Story]) -> None:
        self._story_list = value or None  # the dataclass's empty default: made on demand

    def _stories_at(self, position: int) -> list[Story]:
        stories = self._file_stories[position]
        if stories is None:
            display, real = self._displays[position], self._reals[position]
            try:
                listed = self._listed.get(display)
            except sqlite3.DatabaseError as exc:
                direct = self._bypass(exc)
                stories = [s for s in direct.stories if s.file == real] or [
                    Story(path=display, date=None, file=real)
                ]
                self._file_stories[position] = stories
                return stories
            if listed:
                stories = [Story(*story_fields(entry), real) for entry in listed]
            else:
                day = self._rows[position].date
                date = dt.date.fromisoformat(day) if day else None
                stories = [Story(path=display, date=date, file=real)]
            self._file_stories[position] = stories
        return stories

    def stories_of(self, path: str) -> tuple[tuple[int, int | None, dt.date], ...]:
        if self._where is None:  # files by resolved and by display path, once
            where: dict[str, list[int]] = {}
            pairs = zip(self._reals, self._displays, strict=True)
            for position, (real, display) in enumerate(pairs):
                where.setdefault(real, []).append(position)
                if display != real:
                    where.setdefault(display, []).append(position)
            self._where = where
        positions = sorted(
            {
                *self._where.get(os.path.realpath(path), ()),
                *self._where.get(os.path.normpath(path), ()),
            }
        )
        return tuple(
            (s.first_line, s.last_line, s.date)
            for position in positions
            for s in self._stories_at(position)
            if s.date is not None
        )

    # -- queries --------------------------------------------------------------------------------

    def find(self, *keys: Key, limit: int | None = None) -> list[CorpusSentence]:
        if self._direct is None:
            try:
                return self._find(keys, limit)
            except sqlite3.DatabaseError as exc:
                self._bypass(exc)
        assert self._direct is not None
        return self._direct.find(*keys, limit=limit)

    def find_containing(
        self, *keys: Key, contains: str, limit: int | None = None
    ) -> list[CorpusSentence]:
        """See :meth:`Corpus.find_containing`. The text filter runs in SQLite (exact for an
        ASCII ``contains``; checked again in Python), and its answer is kept in the index for
        the index's generation: later runs read it instead of any sentence text."""
        if self._direct is None:
            try:
                return self._find_containing(keys, contains, limit)
            except sqlite3.DatabaseError as exc:
                self._bypass(exc)
        assert self._direct is not None
        return self._direct.find_containing(*keys, contains=contains, limit=limit)

    def _find(self, keys: tuple[Key, ...], limit: int | None) -> list[CorpusSentence]:
        if not keys or (limit is not None and limit <= 0):
            return []
        cache_key = (keys, limit)
        cached = self._found.get(cache_key)
        if cached is not None:
            self._found.move_to_end(cache_key)
            return list(cached)
        matches = self._first_matches(keys, limit) if limit is not None else None
        if matches is None:
            matches = self._matches(keys)
        found = self._sentences(matches, limit)
        self._remember(cache_key, found)
        return found

    def _find_containing(
        self, keys: tuple[Key, ...], contains: str, limit: int | None
    ) -> list[CorpusSentence]:
        if not keys or (limit is not None and limit <= 0):
            return []
        cache_key = ("containing", keys, contains, limit)
        cached = self._found.get(cache_key)
        if cached is not None:
            self._found.move_to_end(cache_key)
            return list(cached)
        matches, texts = self._containing(keys, contains)
        found = self._sentences(matches, limit, texts)
        self._remember(cache_key, found)
        return found

    def _remember(self, cache_key: tuple, found: list[CorpusSentence]) -> None:
        self._found[cache_key] = tuple(found)
        self._found_size += len(found)
        while self._found and (
            len(self._found) > FIND_CACHE or self._found_size > FIND_CACHE_SENTENCES
        ):
            _, evicted = self._found.popitem(last=False)
            self._found_size -= len(evicted)

    def _sentences(
        self,
        matches: Matches,
        limit: int | None,
        texts: dict[int, tuple[int, str]] | None = None,
    ) -> list[CorpusSentence]:
        """Sentence objects of ``matches`` (the first ``limit``); ``texts``: line and text of
        some of them, already read."""
        ids, sids, positions = (array[:limit] for array in matches)
        answer = Answer()
        found = answer.sentences
        for index, (ident, sid, position) in enumerate(
            zip(ids.tolist(), sids.tolist(), positions.tolist(), strict=True)
        ):
            sentence = IndexedSentence(ident, self, sid, position, answer, index)
            if texts is not None:
                sentence._fill(*texts[sid])
            found.append(sentence)
        return found  # type: ignore[return-value]

    def _first_matches(self, keys: tuple[Key, ...], limit: int) -> Matches | None:
        """The first ``limit`` matches without reading the others, when the index's sentence
        ids run in corpus order (an index built in one go, or grown by files that sort last);
        None when that cannot be told from the first ``limit`` ids alone."""
        if not self._in_corpus_order or keys in self._matched:
            return None
        assert self.store is not None
        ids = self.store.key_ids(keys)
        if ids is None:
            return None
        ids.sort(key=lambda pair: pair[1])
        unique = list(dict.fromkeys(key_id for key_id, _ in ids))
        sids = self.store.intersect(unique, limit)
        matches = self._order(sids)
        if len(sids) < limit or len(matches[0]) == len(sids):
            return matches  # all of them, or the first ``limit``, all in this corpus
        return None  # some belong to files indexed after this run loaded: ask for all

    def _matches(self, keys: tuple[Key, ...]) -> Matches:
        """Sentences under all ``keys``: the postings intersected in SQLite, put in corpus order
        (kept for repeated questions; a few integers per sentence)."""
        cached = self._matched.get(keys)
        if cached is not None:
            self._matched.move_to_end(keys)
            return cached
        assert self.store is not None
        ids = self.store.key_ids(keys)
        if ids is None:
            sids = numpy.zeros(0, dtype=numpy.int64)
        else:
            ids.sort(key=lambda pair: pair[1])
            unique = list(dict.fromkeys(key_id for key_id, _ in ids))
            sids = self.store.intersect(unique)
        matches = self._order(sids)
        self._matched[keys] = matches
        self._matched_size += len(matches[0])
        while self._matched and (
            len(self._matched) > FIND_CACHE or self._matched_size > FIND_CACHE_SENTENCES * 4
        ):
            _, evicted = self._matched.popitem(last=False)
            self._matched_size -= len(evicted[0])
        return matches

    def _order(self, sids) -> Matches:
        """Sentence ids -> (corpus-order id, sentence id, file position), in corpus order;
        ids this corpus does not hold (written by a concurrent run after it loaded) dropped."""
        sids = numpy.asarray(sids, dtype=numpy.int64)
        if not len(sids) or not len(self._first_sids):
            empty = numpy.zeros(0, dtype=numpy.int64)
            return empty, empty, empty
        # Sentence id -> file (ids are consecutive within a file) -> corpus-order id, vectorised:
        # a common pair of keys matches thousands of sentences in a large archive.
        slots = numpy.searchsorted(self._first_sids, sids, side="right") - 1
        valid = slots >= 0
        slots = numpy.where(valid, slots, 0)
        idx = sids - self._first_sids[slots]
        positions = self._sid_positions[slots]
        valid &= idx < self._sentence_counts[positions]
        sids, idx, positions = sids[valid], idx[valid], positions[valid]
        ids = self._offsets_array[positions] + idx
        order = numpy.argsort(ids, kind="stable")
        return ids[order], sids[order], positions[order]

    def _containing(
        self, keys: tuple[Key, ...], contains: str
    ) -> tuple[Matches, dict[int, tuple[int, str]] | None]:
        """Matches of ``find_containing`` (all of them), and the line and text of each when
        they had to be read."""
        assert self.store is not None
        query = json.dumps(["containing", [list(key) for key in keys], contains])
        stored = self.store.derived(query, self.generation)
        if stored is not None:
            return self._order(numpy.frombuffer(stored, dtype=numpy.int64)), None
        ids, sids, positions = self._matches(keys)
        if not len(sids):
            return (ids, sids, positions), None
        rows = self.store.sentences_containing(sids.tolist(), contains, self.generation)
        texts: dict[int, tuple[int, str]] = {}
        if rows is not None:
            for sid, line, text in rows:
                if contains in text.lower():
                    texts[sid] = (line, text)
            self.store.put_derived(query, self.generation, sorted(texts))
        else:  # the index changed since this run loaded it: read (and check) every sentence
            found = {row[0]: row for row in self.store.sentences_many(sids.tolist())}
            for sid, position in zip(sids.tolist(), positions.tolist(), strict=True):
                row = found.get(sid)
                if row is None or row[1] != self._rows[position].id:
                    raise CorpusError(
                        "the corpus index changed during this run (another narrlint updated "
                        "it); run again",
                        str(self.store.path),
                    )
                if contains in row[4].lower():
                    texts[sid] = (row[3], row[4])
        keep = numpy.isin(sids, numpy.fromiter(texts, dtype=numpy.int64, count=len(texts)))
        return (ids[keep], sids[keep], positions[keep]), texts

    # -- sequence access ----------------------------------------------------------------------

    def _sentence(self, index: int) -> CorpusSentence:
        if self._direct is None:
            try:
                return self._indexed_sentence(index)
            except sqlite3.DatabaseError as exc:
                self._bypass(exc)
        assert self._direct is not None
        return self._direct.sentences[index]

    def _indexed_sentence(self, index: int) -> CorpusSentence:
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
        return CorpusSentence(index, _story_for(self._stories_at(position), line), line, text)
