"""The entity ruler's patterns, with each ledger phrase's tokens kept in the derived-values
store between runs (tokenizing the ledger's 3,000 phrases twice was a tenth of a second of
every start).

Behaviour only, never timing: the patterns a second process builds from the store equal the
ones built by tokenizing every phrase, that second process tokenizes no ledger phrase, and a
phrase edited in the ledger is tokenized afresh.
"""

from __future__ import annotations

import pytest

from narrlint.knowledge import ledgercache
from narrlint.knowledge.corpus import load_corpus
from narrlint.knowledge.index import load_indexed_corpus
from narrlint.nlp import pipeline


@pytest.fixture(autouse=True)
def _fresh(monkeypatch, tmp_path):
    """Each test starts as a new process would: no table loaded, no pipeline built, its own
    cache folder."""
    _new_process(monkeypatch)
    monkeypatch.setenv("NARRLINT_CACHE_DIR", str(tmp_path / "cache"))


def _new_process(monkeypatch) -> None:
    monkeypatch.setattr(ledgercache, "_LOADED", {})
    monkeypatch.setattr(pipeline, "_CACHE", {})


def _tokenized(monkeypatch) -> list[str]:
    """The ledger phrases tokenized from now on (by the pattern builder)."""
    calls: list[str] = []
    split, texts = pipeline._split, pipeline._token_texts
    monkeypatch.setattr(pipeline, "_split", lambda p, t=None: calls.append(p) or split(p, t))
    monkeypatch.setattr(pipeline, "_token_texts", lambda p, t: calls.append(p) or texts(p, t))
    return calls


def _patterns(nlp) -> list[tuple]:
    """The ruler's patterns as comparable values (label, pattern text or tokens, id)."""
    ruler = nlp.get_pipe("narrlint_entities")
    return sorted(
        (
            p["label"],
            p["pattern"] if isinstance(p["pattern"], str) else repr(p["pattern"]),
            p.get("id"),
        )
        for p in ruler.patterns
    )


def test_patterns_from_the_store_equal_fresh_ones(monkeypatch):
    """The seed ledger: the second process tokenizes no phrase, and its ruler holds the very
    patterns of a pipeline built without index or ledger cache (every phrase tokenized)."""
    first = _patterns(load_indexed_corpus(seeds=True, progress=lambda *_: None).nlp)
    _new_process(monkeypatch)
    calls = _tokenized(monkeypatch)
    again = _patterns(load_indexed_corpus(seeds=True, progress=lambda *_: None).nlp)
    assert calls == []
    fresh = _patterns(load_corpus(seeds=True).nlp)
    assert calls  # the plain corpus has no store: its phrases were tokenized
    assert again == first == fresh
    assert any(isinstance(p[1], str) for p in fresh)  # phrase patterns exist
    labels = {p[0] for p in fresh}
    assert {pipeline.PERSON, pipeline.TITLE, pipeline.CATEGORY} <= labels


LEDGER = """\
version: 1
people:
- id: vale_minister
  name: Amira Quillon
  source: https://example.invalid/people
  aliases: [A. Quillon]
"""
"""A made-up ledger (a made-up person, sources a reader can tell are examples)."""


def test_an_edited_phrase_is_tokenized_again(monkeypatch, tmp_path):
    """A name edited in the ledger file is tokenized afresh by the next process (the ledger's
    fingerprint keys the stored tokens), and the ruler finds the new name, not the old."""
    ledger = tmp_path / "ledger.yaml"
    ledger.write_text(LEDGER, "utf-8")
    nlp = load_indexed_corpus([str(ledger)], seeds=False, progress=lambda *_: None).nlp
    assert [e.text for e in nlp("Amira Quillon spoke.").ents] == ["Amira Quillon"]
    ledger.write_text(LEDGER.replace("Amira Quillon", "Noor-ul Daraway"), "utf-8")
    _new_process(monkeypatch)
    calls = _tokenized(monkeypatch)
    nlp = load_indexed_corpus([str(ledger)], seeds=False, progress=lambda *_: None).nlp
    assert "noor-ul daraway" in calls
    assert [e.text for e in nlp("Noor-ul Daraway spoke.").ents] == ["Noor-ul Daraway"]
    assert not nlp("Amira Quillon spoke.").ents
