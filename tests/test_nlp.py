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


def test_two_ledgers_in_one_process_each_keep_their_own_reading(seed_corpus):
    """Corpora with different ledgers, loaded and used in turns in one process (a language
    server reloading its config, a test run): each lints as if it were alone."""
    from .conftest import lint_text

    ruritania = load_corpus([str(RURITANIA)], seeds=False)
    stale = "Interim Finance Minister Anna Vogel says the deficit is falling."
    text = f"---\ndate: 2023-01-01\n---\n{stale}\n"

    def reading(corpus):
        people = [e.text for e in corpus.nlp("Anna Vogel spoke.").ents if e.label_ == "PERSON"]
        return people, [(f.code, f.start.line, f.start.column) for f in lint_text(corpus, text)]

    first = {"seeds": reading(seed_corpus), "ruritania": reading(ruritania)}
    assert first["ruritania"][0] == ["Anna Vogel"] and first["seeds"][0] == []
    assert ("NL401", 4, 1) in first["ruritania"][1]
    assert not any(code.startswith("NL4") for code, _, _ in first["seeds"][1])
    for name in ("seeds", "ruritania", "ruritania", "seeds"):
        assert reading(seed_corpus if name == "seeds" else ruritania) == first[name]
