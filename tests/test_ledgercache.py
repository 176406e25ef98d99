"""Values derived from the ledger's strings, kept beside the cached ledger between runs.

Every process used to run the whole pipeline over the ledger's figure metrics and group heads
to build the group lexicon; those values are now read back from a file keyed by the ledger's
fingerprint, the model and the deriving code. These tests count computations and reads; they
never time anything.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from narrlint.claims import groups_lexicon
from narrlint.knowledge import ledgercache
from narrlint.knowledge.corpus import load_corpus
from narrlint.knowledge.index import load_indexed_corpus
from narrlint.knowledge.ledger_model import Ledger
from narrlint.nlp import pipeline

from .conftest import count_pipeline_calls


@pytest.fixture(autouse=True)
def _fresh(monkeypatch, tmp_path):
    """Each test reads its files afresh: no table loaded by an earlier test, its own cache."""
    monkeypatch.setattr(ledgercache, "_LOADED", {})
    monkeypatch.setenv("NARRLINT_CACHE_DIR", str(tmp_path / "cache"))


def _store(tmp_path: Path, fingerprint: str = "f1", *parts: str):
    ledger = Ledger()
    ledgercache._remember(ledger, tmp_path / ("corpus-x" + ledgercache.SUFFIX), fingerprint)
    return ledger, ledgercache.derived_store(ledger, *parts)


def _counting(calls: list[str]):
    def compute(text: str) -> frozenset[str]:
        calls.append(text)
        return frozenset(text.lower().split())

    return compute


def _is_words(value: object) -> bool:
    return isinstance(value, frozenset)


def test_values_are_computed_once_and_read_back_by_the_next_process(tmp_path):
    _, store = _store(tmp_path, "f1", "model", "code")
    assert store is not None and store.path.name == "corpus-x" + ledgercache.DERIVED_SUFFIX
    calls: list[str] = []
    first = ledgercache.derived_values(store, "t", ["A b", "c", "A b"], _counting(calls), _is_words)
    assert first == {"A b": frozenset({"a", "b"}), "c": frozenset({"c"})}
    assert calls == ["A b", "c"]
    assert store.path.stat().st_mode & 0o077 == 0  # private, as written
    ledgercache._LOADED.clear()  # as a new process
    again = ledgercache.derived_values(store, "t", ["c", "A b"], _counting(calls), _is_words)
    assert again == {"c": frozenset({"c"}), "A b": frozenset({"a", "b"})}
    assert calls == ["A b", "c"]  # nothing computed again
    # a string the file lacks (a ledger changed in memory) is computed and added
    more = ledgercache.derived_values(store, "t", ["c", "new d"], _counting(calls), _is_words)
    assert more["new d"] == frozenset({"new", "d"}) and calls[-1:] == ["new d"]
    ledgercache._LOADED.clear()
    ledgercache.derived_values(store, "t", ["A b", "c", "new d"], _counting(calls), _is_words)
    assert calls == ["A b", "c", "new d"]


def test_another_fingerprint_model_or_code_computes_again(tmp_path):
    calls: list[str] = []
    _, store = _store(tmp_path, "f1", "model", "code")
    ledgercache.derived_values(store, "t", ["x"], _counting(calls), _is_words)
    for fingerprint, parts in (("f2", ("model", "code")), ("f1", ("other", "code")),
                               ("f1", ("model", "edited"))):  # fmt: skip
        ledgercache._LOADED.clear()
        _, other = _store(tmp_path, fingerprint, *parts)
        assert other is not None and other.path == store.path and other.key != store.key
        before = len(calls)
        ledgercache.derived_values(other, "t", ["x"], _counting(calls), _is_words)
        assert len(calls) == before + 1


def test_a_ledger_not_read_through_the_cache_keeps_nothing(tmp_path):
    assert ledgercache.derived_store(Ledger()) is None
    calls: list[str] = []
    for _ in range(2):
        ledgercache.derived_values(None, "t", ["x", "y"], _counting(calls), _is_words)
    assert calls == ["x", "y", "x", "y"]


def test_a_stored_table_is_used_only_when_it_is_safe(tmp_path):
    """A file holding anything but plain data (here a call of os.mkdir), a damaged one, one
    that others may write, or a value of the wrong type is never used: the values are computed
    again and the file rewritten. The planted call never runs."""
    ran = tmp_path / "planted-code-ran"

    class Planted:
        def __reduce__(self):
            return (os.mkdir, (str(ran),))

    _, store = _store(tmp_path, "f1")
    calls: list[str] = []
    ledgercache.derived_values(store, "t", ["x"], _counting(calls), _is_words)
    prefix = ledgercache.DERIVED_MAGIC + store.key.encode() + b"\n"
    assert store.path.read_bytes().startswith(prefix)
    for content, mode in (
        (prefix + pickle.dumps({"t": {"x": Planted()}}), 0o600),
        (prefix + b"\x80\x05truncated", 0o600),
        (prefix + pickle.dumps({"t": {"x": frozenset({"x"})}}), 0o620),
        (prefix + pickle.dumps({"t": {"x": "not a set"}}), 0o600),
        (prefix + pickle.dumps(["not", "tables"]), 0o600),
    ):
        store.path.write_bytes(content)
        store.path.chmod(mode)
        ledgercache._LOADED.clear()
        before = len(calls)
        found = ledgercache.derived_values(store, "t", ["x"], _counting(calls), _is_words)
        assert found == {"x": frozenset({"x"})}
        assert len(calls) == before + 1
    assert not ran.exists()
    assert store.path.read_bytes().startswith(prefix)


def test_the_store_lies_beside_the_index_and_its_ledger(tmp_path):
    database = tmp_path / "corpus-0123abcd.sqlite3"
    ledger = Ledger()
    ledgercache._remember(ledger, ledgercache.ledger_file(database), "f1")
    store = ledgercache.derived_store(ledger)
    assert store is not None and store.path == ledgercache.derived_file(database)
    assert store.path.parent == database.parent


def test_origin_is_the_ledger_object_itself(tmp_path):
    ledger, _ = _store(tmp_path)
    assert ledgercache.origin(ledger) is not None
    assert ledgercache.origin(Ledger()) is None  # an equal ledger is not the cached one
    for _ in range(ledgercache._ORIGINS_SIZE + 2):
        _store(tmp_path)
    assert len(ledgercache._ORIGINS) <= ledgercache._ORIGINS_SIZE


def test_the_group_lexicon_reads_its_pipeline_values_back(monkeypatch):
    """The second process to build the seed ledger's group lexicon runs the pipeline over no
    figure metric and no group head, and builds the same lexicon as one with no cache."""
    monkeypatch.setattr(pipeline, "_CACHE", {})
    corpus = load_indexed_corpus(seeds=True, progress=lambda *_: None)
    first = groups_lexicon._build_lexicon(corpus)
    assert first.metric_words and first.head_lemmas
    ledgercache._LOADED.clear()
    again_corpus = load_indexed_corpus(seeds=True, progress=lambda *_: None)
    calls = count_pipeline_calls(monkeypatch, again_corpus.nlp)
    again = groups_lexicon._build_lexicon(again_corpus)
    assert calls == []
    plain = load_corpus(seeds=True)  # no index, no ledger cache: everything computed
    uncached = groups_lexicon._build_lexicon(plain)
    assert calls  # the same pipeline class: the plain corpus ran it
    for name in ("stocks", "stock_ids", "metric_words", "head_lemmas", "stock_subjects"):
        assert getattr(again, name) == getattr(first, name) == getattr(uncached, name), name


def test_a_store_that_cannot_be_written_still_gives_every_value(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", "utf-8")
    ledger = Ledger()
    ledgercache._remember(ledger, blocker / ("corpus-x" + ledgercache.SUFFIX), "f1")
    store = ledgercache.derived_store(ledger)
    calls: list[str] = []
    found = ledgercache.derived_values(store, "t", ["a", "b"], _counting(calls), _is_words)
    assert found == {"a": frozenset({"a"}), "b": frozenset({"b"})} and calls == ["a", "b"]
    assert store is not None and not store.path.exists()


def test_the_file_starts_afresh_past_its_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(ledgercache, "DERIVED_LIMIT", 3)
    _, store = _store(tmp_path)
    calls: list[str] = []
    ledgercache.derived_values(store, "t", ["a", "b"], _counting(calls), _is_words)
    ledgercache.derived_values(store, "u", ["c", "d"], _counting(calls), _is_words)
    ledgercache._LOADED.clear()
    again = ledgercache.derived_values(store, "u", ["c", "d"], _counting(calls), _is_words)
    assert again == {"c": frozenset({"c"}), "d": frozenset({"d"})}
    assert calls == ["a", "b", "c", "d"]  # the newest table was kept
    ledgercache.derived_values(store, "t", ["a"], _counting(calls), _is_words)
    assert calls[-1] == "a"  # the older one was dropped
