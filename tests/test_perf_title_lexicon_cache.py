"""The title lexicon's variants are kept beside the cached ledger (round 19, issue 10).

Deriving the ledger's title variants was 16 ms of the lexicon's 18 in every process; the next
process reads them back. What it reads must be exactly what it would derive (same entries, same
order: the reader tries variants longest first, in this order), a ledger changed in memory or
read without the cache must derive its own, and a stored value of the wrong shape is derived
again.
"""

from __future__ import annotations

import dataclasses

import pytest

from narrlint.claims import titles_variants
from narrlint.knowledge import ledgercache, title_lexicon
from narrlint.knowledge.corpus import load_corpus
from narrlint.knowledge.index import load_indexed_corpus


@pytest.fixture(autouse=True)
def _fresh(monkeypatch, tmp_path):
    monkeypatch.setattr(ledgercache, "_LOADED", {})
    monkeypatch.setenv("NARRLINT_CACHE_DIR", str(tmp_path / "cache"))


def _counting(monkeypatch) -> list[int]:
    calls: list[int] = []
    derive = titles_variants.title_variants

    def counted(pairs):
        calls.append(1)
        return derive(pairs)

    monkeypatch.setattr(titles_variants, "title_variants", counted)
    return calls


def _ordered(variants) -> list:
    return [(first, list(entries)) for first, entries in variants.items()]


def test_the_next_process_reads_the_same_variants_back(monkeypatch):
    calls = _counting(monkeypatch)
    corpus = load_indexed_corpus(seeds=True, progress=lambda *_: None)
    first = title_lexicon._build_lexicon(corpus.ledger)
    assert calls == [1] and first.variants
    ledgercache._LOADED.clear()  # as a new process
    again = title_lexicon._build_lexicon(
        load_indexed_corpus(seeds=True, progress=lambda *_: None).ledger
    )
    assert calls == [1]  # read back, not derived
    plain = title_lexicon._build_lexicon(load_corpus(seeds=True).ledger)  # no ledger cache
    assert calls == [1, 1]
    assert _ordered(again.variants) == _ordered(first.variants) == _ordered(plain.variants)
    assert again == first == plain


def test_a_ledger_changed_in_memory_derives_its_own(monkeypatch):
    calls = _counting(monkeypatch)
    ledger = load_indexed_corpus(seeds=True, progress=lambda *_: None).ledger
    before = title_lexicon._build_lexicon(ledger)
    office = next(o for o in ledger.offices.values() if o.holders == "single" and o.titles)
    titles = (*office.titles, "quartermaster general of the upper valley")
    ledger.offices[office.id] = dataclasses.replace(office, titles=titles)
    after = title_lexicon._build_lexicon(ledger)
    assert calls == [1, 1]
    assert any(
        title == "quartermaster general of the upper valley"
        for entries in after.variants.values()
        for _, title in entries
    )
    assert after.variants != before.variants


def test_only_the_shape_of_variants_is_read_back():
    assert title_lexicon._are_variants({"ispr": ((("ispr", "director", "general"), "dg ispr"),)})
    assert title_lexicon._are_variants({})
    for wrong in (
        [],
        {"ispr": [(("ispr",), "dg ispr")]},  # a list, not a tuple
        {"ispr": ((("ispr",), 3),)},
        {"ispr": ((["ispr"], "dg ispr"),)},
        {"ispr": ((("ispr", 1), "dg ispr"),)},
        {"ispr": ((("ispr",), "dg ispr", "extra"),)},
        {1: ()},
    ):
        assert not title_lexicon._are_variants(wrong), wrong


def test_word_sets_are_checked_word_by_word():
    assert ledgercache.is_word_set(frozenset({"a", "b"}))
    assert ledgercache.is_word_set(frozenset())
    assert not ledgercache.is_word_set(frozenset({"a", 1}))
    assert not ledgercache.is_word_set({"a"})
    assert not ledgercache.is_word_set(("a",))
