"""narrlint.nlp.tokens: per-doc token lists that rules read instead of building Token objects."""

from __future__ import annotations

import numpy

from narrlint.nlp.tokens import IdValues, lemma_lowers, lowers, sentences, spans_within, texts


def test_lowers_are_the_tokens_lower_forms(seed_corpus):
    nlp = seed_corpus.nlp
    text = "Caretaker FM Jalil Abbas Jilani: ÉTÉ İstanbul STRASSE ß 😀 e\u0301 1.4 MILLION.\n\n"
    doc = nlp(text)
    assert lowers(doc) == [t.lower_ for t in doc]
    assert lowers(doc) is lowers(doc)  # computed once per doc
    assert lowers(nlp("")) == []


def test_texts_and_lemmas_are_the_tokens_own(seed_corpus):
    nlp = seed_corpus.nlp
    doc = nlp("Caretaker FM Jilani: ÉTÉ İstanbul ß 😀 e\u0301 Bodies were KILLED; 1.4 MILLION.\n\n")
    assert texts(doc) == [t.text for t in doc]
    assert lemma_lowers(doc) == [t.lemma_.lower() for t in doc]
    assert texts(doc) is texts(doc) and lemma_lowers(doc) is lemma_lowers(doc)
    assert texts(nlp("")) == [] and lemma_lowers(nlp("")) == []
    # A word no doc had before is read from the vocabulary, not missed.
    fresh = nlp("Zqxwv-unseen-word Qzzyx")
    assert texts(fresh) == [t.text for t in fresh]
    assert lowers(fresh) == [t.lower_ for t in fresh]


def test_each_doc_has_its_own_list(seed_corpus):
    nlp = seed_corpus.nlp
    first, second = nlp("PoR Card Holders"), nlp("ACC holders left")
    assert lowers(first) == ["por", "card", "holders"]
    assert lowers(second) == ["acc", "holders", "left"]


def test_spans_within_returns_the_spans_inside_a_range(seed_corpus):
    doc = seed_corpus.nlp("On 1 November 2023 they left. By December 1 few remained. In 2024 more.")
    dates = list(doc.spans["dates"])
    assert len(dates) >= 2
    for sentence in doc.sents:
        expected = [s for s in dates if s.start >= sentence.start and s.end <= sentence.end]
        assert spans_within(doc, "dates", sentence.start, sentence.end) == sorted(
            expected, key=lambda s: (s.start, s.end)
        )
    assert spans_within(doc, "dates", 0, 0) == []
    assert spans_within(doc, "no-such-group", 0, len(doc)) == []


def test_sentences_are_the_docs_sentences(seed_corpus):
    nlp = seed_corpus.nlp
    doc = nlp("Headline without stop\n\nFirst one. Second? Third!\n\n- a bullet\n\nLast")
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    assert len(sentences(doc)) >= 5
    assert sentences(doc) is sentences(doc)
    one = nlp("One sentence only")
    assert [(s.start, s.end) for s in sentences(one)] == [(0, len(one))]
    assert sentences(nlp("")) == tuple(nlp("").sents)


def test_id_values_compute_each_new_id_once_and_answer_in_order():
    asked: list[list[int]] = []

    def compute(ids, strings):
        asked.append(ids)
        return [i % 7 + len(strings) for i in ids]

    values = IdValues(compute, numpy.uint64, limit=3)
    first = numpy.array([30, 10, 30, 20], dtype=numpy.uint64)
    assert values(first, "ab").tolist() == [4, 5, 4, 8]
    assert asked == [[10, 20, 30]]
    assert values(numpy.array([20, 40, 10], dtype=numpy.uint64), "ab").tolist() == [8, 7, 5]
    assert asked[-1] == [40]
    assert values(numpy.array([], dtype=numpy.uint64), "ab").tolist() == []
    # Past its limit the table starts afresh rather than grow without end.
    assert values(numpy.array([50, 60], dtype=numpy.uint64), "ab").tolist() == [3, 6]
    assert asked[-1] == [50, 60] and len(values.ids) == 2
