"""Persistent corpus index: the corpus compiled once into SQLite, in the user's cache.

Without it every run parses every corpus article with the spaCy pipeline: a tenth of a second
for the five seed articles, minutes for a newsroom's archive, and all of it held in memory. The
index keeps each article's sentences and their keys (computed by the very code the in-memory
corpus uses, :func:`narrlint.knowledge.corpus.article_sentences`), so a run parses only the
articles that changed and rules query the postings in SQLite instead of loading the corpus.

* One database per corpus: the resolved corpus roots, ``seeds`` and ``model`` name it, in
  :func:`cache_dir` (``NARRLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/narrlint``, else
  ``~/.cache/narrlint``).
* Each file is stored with the SHA-256 of its bytes. A run compares size and mtime first (like
  git) and hashes only files whose stat changed; a file whose hash changed is re-indexed, alone.
* Everything else that decides the keys is the database's *fingerprint*: narrlint's version, the
  index schema, spaCy's version, the model, the source of the engine modules that parse and key
  articles, and the ledger files' hashes (the ledger decides the entities). When it changes the
  index starts afresh.
* Files are written in batches, one transaction each, a file's row together with its sentences
  and postings: a build killed half-way leaves every file either fully indexed or untouched,
  the previous index stays usable and the next run finishes the work.
* The ledger is small and is parsed on every run; a large manifest is kept in parsed form
  (JSON, keyed by its hash, one row per article, read for the articles a run uses; no pickle).

Rules see an :class:`IndexedCorpus`: the :class:`~narrlint.knowledge.corpus.Corpus` API unchanged,
with ``find`` answered from SQLite and ``sentences`` a lazy sequence. Rules that need only the
first few answers say so (``find(*keys, limit=N)``): an index whose sentence ids run in corpus
order then reads only those. Rules that filter answers by their text use ``find_containing``:
SQLite filters, and the answer is kept in the index until the corpus changes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import sys
import time
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy

from narrlint.errors import CorpusError, NarrlintError
from narrlint.input.source import decode
from narrlint.knowledge.corpus import (
    Corpus,
    CorpusSentence,
    Story,
    _Sources,
    _story_for,
    article_sentences,
    read_article,
    unmatched_entries,
)
from narrlint.knowledge.indexstore import IndexStore, Plan
from narrlint.knowledge.indexstore_connection import _remove_database, is_damage
from narrlint.knowledge.indexstore_fingerprint import CorpusFiles, _sha256, cache_dir, fingerprint
from narrlint.knowledge.indexstore_format import INDEX_SCHEMA, FileRow, Key, ParsedArticle
from narrlint.knowledge.indexstore_manifests import ManifestStories, story_fields
from narrlint.knowledge.ledger import Ledger, check_references, load_ledger
from narrlint.knowledge.ledgercache import cached_ledger, ledger_file
from narrlint.nlp.pipeline import build_pipeline

__all__ = [
    "INDEX_SCHEMA",
    "CorpusFiles",
    "IndexStore",
    "IndexedCorpus",
    "cache_dir",
    "fingerprint",
    "load_corpus_cached",
    "load_indexed_corpus",
    "update",
]

BATCH_FILES = 100
"""Files per transaction: an interrupted build loses at most this much work."""
FIND_CACHE = 4096
"""``find`` results kept per corpus: rules ask the same questions for every draft of a run."""
FIND_CACHE_SENTENCES = 200_000
"""... and at most this many sentences in all (a long-lived language server must not grow)."""
Progress = Callable[[int, int], None]
"""``progress(done, total)`` while files are indexed."""


# ---------------------------------------------------------------------------------------------
# Parsing one article (in a worker process when there are many)


_WORKER_NLP = None


def parse_article(nlp, path: str, display: str) -> ParsedArticle:
    """Read, hash and parse an article into its sentences and their keys."""
    try:
        stat = os.stat(path)
        with open(path, "rb") as handle:
            data = handle.read()
        source = decode(data, path)
    except (OSError, NarrlintError):
        read_article(path, display)  # raises the same CorpusError as the in-memory loader
        raise
    text, prose, date = read_article(path, display, source)
    doc = nlp(prose.text)
    rows = [
        (line, sentence, tuple(dict.fromkeys(keys)))
        for line, sentence, keys in article_sentences(text, prose, doc)
    ]
    return ParsedArticle(path, display, _sha256(data), stat.st_size, stat.st_mtime_ns, date, rows)


def _worker_init(nlp) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _WORKER_NLP
    _WORKER_NLP = nlp


def _worker_parse(task: tuple[str, str]) -> ParsedArticle | tuple[str, str | None, int | None]:
    """Errors come back as ``(message, path, line)``: exceptions do not pickle their fields."""
    try:
        return parse_article(_WORKER_NLP, *task)
    except CorpusError as exc:
        return (exc.message, exc.path, exc.line)


# ---------------------------------------------------------------------------------------------
# Updating: parse what changed, in parallel, committing batch by batch


def update(
    store: IndexStore,
    plan: Plan,
    nlp,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    fail_after: int | None = None,
) -> int:
    """Index ``plan.stale`` and drop ``plan.removed``; returns the number of files indexed.

    ``fail_after``: raise after that many files (tests simulate an interrupted build with it).
    """
    store.restat(plan.restat)
    total = len(plan.stale)
    if not total:
        if plan.removed:
            store.write([], plan.removed)
        return 0
    removed: list[FileRow] = list(plan.removed)
    batch: list[ParsedArticle] = []
    done = 0
    error: CorpusError | None = None
    last_commit = time.monotonic()
    if progress:
        progress(0, total)
    for result in _parse_all(plan.stale, nlp, jobs):
        if isinstance(result, CorpusError):
            error = result
            break
        if fail_after is not None and done >= fail_after:
            raise RuntimeError(f"simulated interruption after {done} files")
        batch.append(result)
        done += 1
        if len(batch) >= BATCH_FILES or time.monotonic() - last_commit > 2.0:
            store.write(batch, removed)
            batch, removed = [], []
            last_commit = time.monotonic()
        if progress:
            progress(done, total)
    if batch or removed:
        store.write(batch, removed)
    if error is not None:
        raise error
    return done


def _parse_all(
    tasks: list[tuple[str, str]], nlp, jobs: int
) -> Iterator[ParsedArticle | CorpusError]:
    from narrlint.engine.parallel import start_method, worth_parallel

    if jobs <= 1 or not worth_parallel([path for path, _ in tasks]):
        for path, display in tasks:
            try:
                yield parse_article(nlp, path, display)
            except CorpusError as exc:
                yield exc
                return
        return
    import multiprocessing

    context = multiprocessing.get_context(start_method())
    jobs = min(jobs, len(tasks))
    window = jobs * 64  # bounded look-ahead: results never pile up in memory
    with context.Pool(jobs, initializer=_worker_init, initargs=(nlp,)) as pool:
        for start in range(0, len(tasks), window):
            chunk = tasks[start : start + window]
            size = max(1, min(8, len(chunk) // (jobs * 4)))
            for result in pool.imap(_worker_parse, chunk, chunksize=size):
                if isinstance(result, tuple):
                    yield CorpusError(*result)
                    return
                yield result


class ProgressBar:
    """``indexing corpus ▕██████░░░░▏ 6,000/10,000 files`` on a terminal's stderr; silent
    elsewhere (CI logs, pipes)."""

    def __init__(self, label: str = "indexing corpus", stream=None) -> None:
        self.stream = stream or sys.stderr
        self.label = label
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.started = time.monotonic()
        self._shown = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._shown < 0.1:
            return
        self._shown = now
        width = 30
        filled = int(width * done / total) if total else width
        bar = "█" * filled + "░" * (width - filled)
        elapsed = now - self.started
        eta = ""
        if 0 < done < total:
            eta = f"  eta {int(elapsed / done * (total - done))} s"
        self.stream.write(f"\r{self.label} ▕{bar}▏ {done:,}/{total:,} files{eta}\033[K")
        if done >= total:
            self.stream.write(f"\r{self.label}: {total:,} files in {elapsed:.1f} s\033[K\n")
        self.stream.flush()


# ---------------------------------------------------------------------------------------------
# The corpus, answered from the index


_SENTENCE_SLOTS = {name: CorpusSentence.__dict__[name] for name in ("id", "story", "line", "text")}
TEXT_BATCH = 32
"""Sentences of one ``find`` answer whose text is read together the first time one of them is
read; each further batch of the same answer is twice as large (up to ``TEXT_BATCH_MAX``): a rule
that reads the first sentence pays for a few rows, one that reads all of them a few queries
instead of one per sentence."""
TEXT_BATCH_MAX = 4096


class _Answer:
    """The sentences of one ``find`` answer, in order, for reading their text in batches."""

    __slots__ = ("batch", "sentences")

    def __init__(self) -> None:
        self.sentences: list[IndexedSentence] = []
        self.batch = TEXT_BATCH


class IndexedSentence(CorpusSentence):
    """A corpus sentence from ``find`` whose line and text (and story, when its file holds
    several stories) are read from the index on first use.

    ``find`` may match thousands of sentences of a large corpus, of which a rule reads a few
    (the first piece of evidence, or the first 200 to re-parse): creating them is cheap, reading
    their text is not. Every attribute reads the same values an eager sentence would hold.
    """

    __slots__ = ("_answer", "_corpus", "_index", "_position", "_sid")

    def __init__(
        self,
        ident: int,
        corpus: IndexedCorpus,
        sid: int,
        position: int,
        answer: _Answer | None = None,
        index: int = 0,
    ) -> None:
        _SENTENCE_SLOTS["id"].__set__(self, ident)
        stories = corpus._file_stories[position] or corpus._stories_at(position)
        if len(stories) == 1:  # the story does not depend on the line
            _SENTENCE_SLOTS["story"].__set__(self, stories[0])
        object.__setattr__(self, "_corpus", corpus)
        object.__setattr__(self, "_sid", sid)
        object.__setattr__(self, "_position", position)
        object.__setattr__(self, "_answer", answer)
        object.__setattr__(self, "_index", index)

    def _slot(self, name: str):
        slot = _SENTENCE_SLOTS[name]
        try:
            return slot.__get__(self, CorpusSentence)
        except AttributeError:
            self._load()
            return slot.__get__(self, CorpusSentence)

    def _loaded(self) -> bool:
        try:
            _SENTENCE_SLOTS["text"].__get__(self, CorpusSentence)
        except AttributeError:
            return False
        return True

    def _load(self) -> None:
        """Read this sentence, and the next unread ones of its answer, in one query."""
        corpus: IndexedCorpus = self._corpus
        assert corpus.store is not None
        answer: _Answer | None = self._answer
        batch: list[IndexedSentence] = [self]
        if answer is not None:
            size = answer.batch
            answer.batch = min(size * 2, TEXT_BATCH_MAX)
            following = answer.sentences[self._index + 1 : self._index + size]
            batch += [s for s in following if not s._loaded()]
        try:
            found = corpus.store.sentences_many([s._sid for s in batch])
        except sqlite3.DatabaseError as exc:
            direct = corpus._bypass(exc).sentences[self.id]
            self._fill(direct.line, direct.text)
            return
        rows = {row[0]: row for row in found}
        for sentence in batch:
            row = rows.get(sentence._sid)
            if row is not None and row[1] == corpus._rows[sentence._position].id:
                sentence._fill(row[3], row[4])
            elif sentence is self:  # the others say so when they are read
                raise CorpusError(
                    "the corpus index changed during this run (another narrlint updated it); "
                    "run again",
                    str(corpus.store.path),
                )

    def _fill(self, line: int, text: str) -> None:
        _SENTENCE_SLOTS["line"].__set__(self, line)
        _SENTENCE_SLOTS["text"].__set__(self, text)
        stories = self._corpus._stories_at(self._position)
        _SENTENCE_SLOTS["story"].__set__(self, _story_for(stories, line))

    story = property(lambda self: self._slot("story"))  # type: ignore[assignment]
    line = property(lambda self: self._slot("line"))  # type: ignore[assignment]
    text = property(lambda self: self._slot("text"))  # type: ignore[assignment]


class LazySentences(Sequence[CorpusSentence]):
    """``corpus.sentences`` without loading them: sentence ``i`` is read when asked for."""

    def __init__(self, corpus: IndexedCorpus) -> None:
        self._corpus = corpus

    def __len__(self) -> int:
        return self._corpus._total

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("sentence index out of range")
        return self._corpus._sentence(index)

    def __iter__(self) -> Iterator[CorpusSentence]:
        corpus = self._corpus
        done = 0
        if corpus._direct is None:
            try:
                for position, row in enumerate(corpus._rows):
                    stories = corpus._stories_at(position)
                    offset = corpus._offsets[position]
                    for idx, (line, text) in enumerate(corpus.store.file_sentences(row)):
                        yield CorpusSentence(offset + idx, _story_for(stories, line), line, text)
                        done += 1
                return
            except sqlite3.DatabaseError as exc:
                corpus._bypass(exc)
        assert corpus._direct is not None
        yield from corpus._direct.sentences[done:]


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
        answer = _Answer()
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


# ---------------------------------------------------------------------------------------------
# Entry points


@contextlib.contextmanager
def build_lock(database: Path) -> Iterator[None]:
    """Hold the index's build lock: ``fcntl.flock`` on a file beside the database.

    The operating system releases it when its holder ends, however it ends (a builder killed
    half-way leaves no stale lock: the next waiter takes over and finishes the work, batch by
    batch). Where locks cannot be had (no ``fcntl``, a file system without them, a cache that
    cannot be written), runs go ahead unlocked as before: correct, only not shared.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        handle = open(f"{database}.lock", "a+b")  # noqa: SIM115 - held across the yield
    except OSError:
        yield
        return
    try:
        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield
    finally:
        handle.close()  # releases the lock


def load_ledger_of(sources: _Sources) -> Ledger:
    ledger = Ledger()
    for path, display in sources.ledgers:
        ledger.merge(load_ledger(path, display))
    check_references(ledger)
    return ledger


def open_index(files: CorpusFiles) -> tuple[IndexStore, Ledger, str]:
    """The index, the ledger (parsed, or as stored beside the index under the same
    fingerprint: :mod:`narrlint.knowledge.ledgercache`) and the fingerprint."""
    ledger, print_ = cached_ledger(
        ledger_file(files.database),
        lambda: fingerprint(files.sources.ledgers, files.model),
        lambda: load_ledger_of(files.sources),
    )
    return IndexStore(files.database), ledger, print_


def load_indexed_corpus(
    paths: Iterable[str] = (),
    *,
    seeds: bool = True,
    model: str | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    verify: bool = False,
) -> IndexedCorpus:
    """The corpus through its index, bringing the index up to date first."""
    from narrlint.engine.parallel import default_jobs

    paths = list(paths)
    files = CorpusFiles.discover(paths, seeds, model)
    store, ledger, print_ = open_index(files)
    if not store.is_current(print_):
        with build_lock(files.database):  # one process creates or resets it
            store.prepare(print_)
    else:
        store.prepare(print_)
    manifests = [store.manifest(path, display) for path, display in files.sources.manifests]
    stories_by_display = ManifestStories(manifests)
    nlp = build_pipeline(ledger, model)
    plan = store.plan(files.sources.articles, verify=verify)
    generation, indexed = plan.generation, plan.indexed
    if plan.stale or plan.removed or plan.restat:
        # One process parses what is missing while the others started with it wait, then
        # find it done: six runs on a cold cache parse the corpus once, not six times.
        with build_lock(files.database):
            if plan.stale:  # another process may have parsed them while this one waited
                plan = store.plan(files.sources.articles, verify=verify)
            if plan.stale or plan.removed or plan.restat:
                update(
                    store,
                    plan,
                    nlp,
                    jobs=jobs or default_jobs(),
                    progress=progress if progress is not None else ProgressBar(),
                )
            generation, indexed = store.snapshot()
    corpus = corpus_from_index(
        store, files, plan.real, indexed, ledger, nlp, stories_by_display, generation
    )
    corpus._direct_loader = lambda: _load_directly(paths, seeds, model)
    corpus.warnings = unmatched_entries(
        (
            (path, display, manifest.keys())
            for (path, display), manifest in zip(files.sources.manifests, manifests, strict=True)
        ),
        (display for _, display in files.sources.articles),
    )
    return corpus


def _load_directly(paths: list[str], seeds: bool, model: str | None) -> Corpus:
    from narrlint.knowledge.corpus import load_corpus

    return load_corpus(paths, seeds=seeds, model=model)


def corpus_from_index(
    store: IndexStore,
    files: CorpusFiles,
    real_paths: list[str],
    indexed: dict[str, FileRow],
    ledger: Ledger,
    nlp,
    stories_by_display: ManifestStories,
    generation: int = 0,
) -> IndexedCorpus:
    corpus = IndexedCorpus(ledger=ledger, nlp=nlp, store=store, generation=generation)
    get = indexed.get
    rows = [get(real) for real in real_paths]
    if None in rows:  # pragma: no cover - update() indexed or raised for every file
        display = files.sources.articles[rows.index(None)][1]
        raise CorpusError("article missing from the corpus index", display)
    displays = [display for _, display in files.sources.articles]
    corpus.attach(rows, displays, real_paths, stories_by_display)  # type: ignore[arg-type]
    return corpus


def load_corpus_cached(
    paths: Iterable[str] = (), *, seeds: bool = True, model: str | None = None
) -> Corpus:
    """The corpus through the index; without it (with a warning) when the cache directory or
    database cannot be used. A damaged database file is deleted and built again."""
    from narrlint.knowledge.corpus import load_corpus

    paths = list(paths)
    for attempt in (1, 2):
        try:
            return load_indexed_corpus(paths, seeds=seeds, model=model)
        except sqlite3.DatabaseError as exc:
            if attempt == 1 and is_damage(exc):
                with contextlib.suppress(OSError):
                    _remove_database(CorpusFiles.discover(paths, seeds, model).database)
                continue
            problem = str(exc)
        except (sqlite3.Error, OSError) as exc:
            problem = str(exc)
        break
    database = CorpusFiles.discover(paths, seeds, model).database
    print(
        f"narrlint: warning: corpus index {database} unavailable ({problem}); reading the "
        "corpus directly",
        file=sys.stderr,
    )
    return load_corpus(paths, seeds=seeds, model=model)
