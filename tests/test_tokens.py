"""narrlint.tokens: per-doc token lists that rules read instead of building Token objects."""

from __future__ import annotations

from narrlint.tokens import lowers


def test_lowers_are_the_tokens_lower_forms(seed_corpus):
    nlp = seed_corpus.nlp
    text = "Caretaker FM Jalil Abbas Jilani: ÉTÉ İstanbul STRASSE ß 😀 e\u0301 1.4 MILLION.\n\n"
    doc = nlp(text)
    assert lowers(doc) == [t.lower_ for t in doc]
    assert lowers(doc) is lowers(doc)  # computed once per doc
    assert lowers(nlp("")) == []


def test_each_doc_has_its_own_list(seed_corpus):
    nlp = seed_corpus.nlp
    first, second = nlp("PoR Card Holders"), nlp("ACC holders left")
    assert lowers(first) == ["por", "card", "holders"]
    assert lowers(second) == ["acc", "holders", "left"]
