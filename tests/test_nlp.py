"""narrlint.nlp.pipeline: the pipeline is built once per ledger, never handed to another ledger."""

from __future__ import annotations

from narrlint.knowledge.corpus import load_corpus
from narrlint.nlp import pipeline as nlp

from .conftest import RURITANIA


def test_pipeline_is_built_once_per_ledger(seed_corpus):
    ledger = seed_corpus.ledger
    assert nlp.build_pipeline(ledger) is nlp.build_pipeline(ledger)


def test_a_reused_id_never_gets_another_ledgers_pipeline(seed_corpus, monkeypatch):
    """Python reuses the id of a collected object: the cache must check it holds this ledger."""
    other = load_corpus([str(RURITANIA)], seeds=False).ledger
    stale = object()
    monkeypatch.setattr(nlp, "_CACHE", {(id(other), None): (seed_corpus.ledger, stale)})
    built = nlp.build_pipeline(other)
    assert built is not stale
    assert nlp._CACHE[(id(other), None)][0] is other


def test_the_cache_stays_small(seed_corpus, monkeypatch):
    monkeypatch.setattr(nlp, "_CACHE", {})
    ledgers = [load_corpus([str(RURITANIA)], seeds=False).ledger for _ in range(6)]
    for ledger in ledgers:
        nlp.build_pipeline(ledger)
    assert len(nlp._CACHE) <= nlp._CACHE_SIZE
