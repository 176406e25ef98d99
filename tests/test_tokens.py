"""narrlint.nlp.tokens: per-doc token lists that rules read instead of building Token objects."""

from __future__ import annotations

from narrlint.nlp.tokens import lowers, spans_within


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
