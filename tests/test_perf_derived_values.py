"""Values derived from the ledger with the pipeline, kept between runs: the casualty events'
place words (``claims.counts``) and the sections of the derived-values file.

Each process used to run the pipeline over every casualty event's place to count the words
places share (a tenth of a second of every start). These tests check behaviour only: what is
read back equals what is computed afresh, nothing is parsed again by a second process, a
changed ledger is parsed again, and readers with different code share the file without
dropping each other's values. They never time anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrlint.claims import counts
from narrlint.knowledge import ledgercache
from narrlint.knowledge.corpus import load_corpus
from narrlint.knowledge.index import load_indexed_corpus
from narrlint.knowledge.ledger_model import Ledger
from narrlint.nlp import pipeline

from .conftest import count_pipeline_calls


@pytest.fixture(autouse=True)
def _fresh(monkeypatch, tmp_path):
    """Each test starts as a new process would: no table loaded, no pipeline built, its own
    cache folder."""
    monkeypatch.setattr(ledgercache, "_LOADED", {})
    monkeypatch.setattr(pipeline, "_CACHE", {})
    monkeypatch.setenv("NARRLINT_CACHE_DIR", str(tmp_path / "cache"))


def _new_process(monkeypatch) -> None:
    monkeypatch.setattr(ledgercache, "_LOADED", {})
    monkeypatch.setattr(pipeline, "_CACHE", {})


def _place_tables(corpus) -> tuple[dict, dict[str, frozenset[str]]]:
    """The place-word counts and each casualty event's distinguishing words."""
    events = [e for e in corpus.ledger.events.values() if e.casualties]
    assert events
    words = {e.id: counts._event_words(corpus, e) for e in events}
    return dict(counts._place_frequencies(corpus)), words


def test_place_words_are_read_back_and_equal_a_fresh_reading(monkeypatch):
    """The seed ledger: the second process parses no event place, and both give what a corpus
    read without index or cache computes."""
    first = _place_tables(load_indexed_corpus(seeds=True, progress=lambda *_: None))
    _new_process(monkeypatch)
    corpus = load_indexed_corpus(seeds=True, progress=lambda *_: None)
    calls = count_pipeline_calls(monkeypatch, corpus.nlp)
    again = _place_tables(corpus)
    places = {e.place for e in corpus.ledger.events.values() if e.casualties and e.place}
    assert places and not places & set(calls)
    plain = load_corpus(seeds=True)  # no index, no ledger cache: every place parsed
    fresh = _place_tables(plain)
    assert places <= set(calls)
    assert again == first == fresh
    assert any(n > counts.MAX_PLACE_EVENTS for n in fresh[0].values())  # shared words exist


LEDGER = """\
version: 1
events:
- id: first_attack
  title: Bombing at a market in Norbury
  date: '2024-01-02'
  source: https://example.invalid/first
  place: Norbury, East Vale
  casualties:
  - figure: 12 killed
    killed: 12
    by: district police
    date: '2024-01-02'
- id: second_attack
  title: Attack on a checkpost near Quillon
  date: '2024-02-03'
  source: https://example.invalid/second
  casualties:
  - figure: 7 killed
    killed: 7
    by: the army
    date: '2024-02-03'
"""
"""A made-up ledger (made-up places, sources a reader can tell are examples)."""


def test_a_changed_ledger_is_parsed_again(monkeypatch, tmp_path):
    """A place edited in the ledger file is read afresh by the next process (the ledger's
    fingerprint keys the stored words); an event without a place is read by its title."""
    ledger = tmp_path / "ledger.yaml"
    ledger.write_text(LEDGER, "utf-8")
    corpus = load_indexed_corpus([str(ledger)], seeds=False, progress=lambda *_: None)
    _, words = _place_tables(corpus)
    assert words["first_attack"] == {"norbury", "east", "vale"}
    assert words["second_attack"] == {"quillon"}  # the title's names after its first word
    ledger.write_text(LEDGER.replace("Norbury, East Vale", "Daraway, Upper Marsh"), "utf-8")
    _new_process(monkeypatch)
    corpus = load_indexed_corpus([str(ledger)], seeds=False, progress=lambda *_: None)
    calls = count_pipeline_calls(monkeypatch, corpus.nlp)
    _, words = _place_tables(corpus)
    assert "Daraway, Upper Marsh" in calls
    assert words["first_attack"] == {"daraway", "upper", "marsh"}


def _store(tmp_path: Path, *parts: str) -> ledgercache.DerivedStore:
    ledger = Ledger()
    ledgercache._remember(ledger, tmp_path / ("corpus-x" + ledgercache.SUFFIX), "f1")
    store = ledgercache.derived_store(ledger, *parts)
    assert store is not None
    return store


def _words(calls: list[str]):
    def compute(text: str) -> frozenset[str]:
        calls.append(text)
        return frozenset(text.split())

    return compute


def test_readers_with_different_code_share_the_file(monkeypatch, tmp_path):
    """Two readers whose code digests differ (the group lexicon and the count reader) keep
    their values side by side: neither write drops the other's, so a new process computes
    nothing for either (they used to take turns overwriting one file)."""
    groups, places = _store(tmp_path, "model", "groups code"), _store(tmp_path, "model", "counts")
    assert groups.path == places.path and groups.key != places.key
    calls: list[str] = []
    ok = ledgercache.is_word_set
    ledgercache.derived_values(groups, "g", ["a b"], _words(calls), ok)
    ledgercache.derived_values(places, "p", ["c"], _words(calls), ok)
    for _ in range(2):
        _new_process(monkeypatch)
        assert ledgercache.derived_values(groups, "g", ["a b"], _words(calls), ok) == {
            "a b": frozenset({"a", "b"})
        }
        assert ledgercache.derived_values(places, "p", ["c"], _words(calls), ok) == {
            "c": frozenset({"c"})
        }
    assert calls == ["a b", "c"]
    # a section written by another process after this one read the file is kept too
    _new_process(monkeypatch)
    ledgercache.derived_values(groups, "g", ["a b"], _words(calls), ok)  # read, nothing new
    other = ledgercache.derived_store(Ledger(), "x")  # not cached: computes, stores nothing
    assert other is None
    third = _store(tmp_path, "model", "third")
    saved = dict(ledgercache._LOADED)
    ledgercache._LOADED.clear()
    ledgercache.derived_values(third, "t", ["d"], _words(calls), ok)  # "another process"
    ledgercache._LOADED.clear()
    ledgercache._LOADED.update(saved)  # this process still holds the file as it read it
    ledgercache.derived_values(groups, "g", ["e"], _words(calls), ok)  # writes
    _new_process(monkeypatch)
    for store, name, key in ((groups, "g", "e"), (places, "p", "c"), (third, "t", "d")):
        before = len(calls)
        ledgercache.derived_values(store, name, [key], _words(calls), ok)
        assert len(calls) == before, name


def test_sections_are_bounded(monkeypatch, tmp_path):
    """At most DERIVED_KEYS keys per file: the newest write first, the oldest dropped."""
    monkeypatch.setattr(ledgercache, "DERIVED_KEYS", 2)
    calls: list[str] = []
    stores = [_store(tmp_path, "model", f"code {i}") for i in range(3)]
    for store in stores:
        ledgercache.derived_values(store, "t", ["w"], _words(calls), ledgercache.is_word_set)
    _new_process(monkeypatch)
    held = ledgercache._read_derived(stores[0].path)
    assert list(held) == [stores[2].key, stores[1].key]


def test_common_words_are_read_back_and_equal_a_fresh_reading(monkeypatch):
    """The date reader's common words (the lookup table's lower-case lemmas) come from the
    store in a second process, without reading the table, equal to a plain corpus's."""
    from narrlint.claims import dates_lexicon

    first = dates_lexicon._common_words(
        load_indexed_corpus(seeds=True, progress=lambda *_: None).nlp
    )
    _new_process(monkeypatch)
    nlp = load_indexed_corpus(seeds=True, progress=lambda *_: None).nlp
    read: list[object] = []
    original = dates_lexicon.lemma_words
    monkeypatch.setattr(dates_lexicon, "lemma_words", lambda n: read.append(n) or original(n))
    again = dates_lexicon._common_words(nlp)
    assert read == []
    fresh = dates_lexicon._common_words(load_corpus(seeds=True).nlp)
    assert len(read) == 1  # the plain corpus's pipeline has no store: read from the table
    assert first == again == fresh
    assert first and "run" in first and all(w.islower() for w in first)
