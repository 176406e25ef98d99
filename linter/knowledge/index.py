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

This module opens the index and loads the corpus through it (:func:`load_indexed_corpus`,
:func:`load_corpus_cached`); the rest is split by job: :mod:`~narrlint.knowledge.index_build`
(parsing and writing what changed, under the build lock), :mod:`~narrlint.knowledge.index_corpus`
(``IndexedCorpus``: the queries), :mod:`~narrlint.knowledge.index_sentences` (sentences read on
first use) and the store, :mod:`~narrlint.knowledge.indexstore`.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Iterable

from narrlint.errors import CorpusError
from narrlint.knowledge.corpus import Corpus, _Sources, unmatched_entries, unread_warnings
from narrlint.knowledge.gc_pause import collection_paused, collection_resumed
from narrlint.knowledge.index_build import BATCH_FILES as BATCH_FILES
from narrlint.knowledge.index_build import Progress, ProgressBar, build_lock, update
from narrlint.knowledge.index_build import parse_article as parse_article
from narrlint.knowledge.index_corpus import FIND_CACHE as FIND_CACHE
from narrlint.knowledge.index_corpus import FIND_CACHE_SENTENCES as FIND_CACHE_SENTENCES
from narrlint.knowledge.index_corpus import IndexedCorpus
from narrlint.knowledge.index_sentences import TEXT_BATCH as TEXT_BATCH
from narrlint.knowledge.index_sentences import TEXT_BATCH_MAX as TEXT_BATCH_MAX
from narrlint.knowledge.indexstore import IndexStore
from narrlint.knowledge.indexstore_connection import _remove_database, is_damage
from narrlint.knowledge.indexstore_fingerprint import CorpusFiles, cache_dir, fingerprint
from narrlint.knowledge.indexstore_format import INDEX_SCHEMA, FileRow
from narrlint.knowledge.indexstore_manifests import ManifestStories
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
    with collection_paused():  # the ledger lives as long as the corpus (see gc_pause)
        store, ledger, print_ = open_index(files)
    if not store.is_current(print_):
        with build_lock(files.database):  # one process creates or resets it
            store.prepare(print_)
    else:
        store.prepare(print_)
    manifests = [store.manifest(path, display) for path, display in files.sources.manifests]
    stories_by_display = ManifestStories(manifests)
    with collection_paused():
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
                with collection_resumed():  # parsing articles makes garbage
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
    corpus.warnings = unread_warnings(files.sources) + unmatched_entries(
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
