"""narrlint.nlp.tokens: per-doc token lists that rules read instead of building Token objects."""

from __future__ import annotations

import numpy

from narrlint.nlp.tokens import (
    IdValues,
    WordTest,
    ents,
    lemma_lowers,
    lowers,
    sentences,
    span_ends,
    spans_of,
    spans_overlapping,
    spans_within,
    texts,
    where_lemma,
    where_lower,
)


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


def test_spans_overlapping_returns_every_span_that_shares_a_token(seed_corpus):
    doc = seed_corpus.nlp("On 1 November 2023 they left. By December 1 few remained. In 2024 more.")
    dates = sorted(doc.spans["dates"], key=lambda s: (s.start, s.end))
    assert len(dates) >= 2
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            expected = [s for s in dates if s.start < end and start < s.end]
            assert spans_overlapping(doc, "dates", start, end) == expected, (start, end)
    assert spans_overlapping(doc, "no-such-group", 0, len(doc)) == []


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


MIXED = (
    "Caretaker Prime Minister Anwaar-ul-Haq Kakar SAID: “Twelve were KILLED,” Police said.\n\n"
    "ÉTÉ İstanbul ß 😀 e\u0301 — ‘the toll’ rose to 1.4 MILLION; officials Said so. "
    "By 2024, 3 left."
)


def test_where_lower_finds_the_words_of_a_set_in_order(seed_corpus):
    nlp = seed_corpus.nlp
    doc = nlp(MIXED)
    for words in (
        frozenset({"said", "“", "”", "‘", "’", ";", "—"}),
        frozenset({"killed", "toll", "été", "istanbul", "i̇stanbul", "ß", "😀"}),
        frozenset({"no-such-word"}),
        frozenset(),
    ):
        expected = [i for i, w in enumerate(lowers(doc)) if w in words]
        assert where_lower(doc, words) == expected
        assert where_lower(doc, words) is where_lower(doc, words)  # once per doc and set
    assert where_lower(nlp(""), frozenset({"said"})) == []
    # a word no doc had before
    fresh = nlp("Qzzyxnew said qzzyxnew")
    assert where_lower(fresh, frozenset({"qzzyxnew"})) == [0, 2]


def test_where_lemma_finds_the_lemmas_of_a_set_in_order(seed_corpus):
    nlp = seed_corpus.nlp
    doc = nlp(MIXED)
    for lemmas in (frozenset({"say", "kill"}), frozenset({"police", "rise", "toll"}), frozenset()):
        expected = [i for i, w in enumerate(lemma_lowers(doc)) if w in lemmas]
        assert where_lemma(doc, lemmas) == expected
    assert where_lemma(doc, frozenset({"say"}))  # "SAID", "said" and "Said" all say
    assert where_lemma(nlp(""), frozenset({"say"})) == []


def test_entities_are_the_tokens_own(seed_corpus):
    nlp = seed_corpus.nlp
    doc = nlp(MIXED)
    assert ents(doc) == [t.ent_type_ for t in doc]
    assert any(ents(doc))  # the ledger's title and person are entities
    assert ents(doc) is ents(doc)
    assert ents(nlp("")) == []


def test_a_word_test_runs_once_per_distinct_word_and_finds_where_it_holds(seed_corpus):
    nlp = seed_corpus.nlp
    seen: list[str] = []

    def shaped(text, vocab):
        seen.append(text)
        lexeme = vocab[text]
        return lexeme.is_alpha and not lexeme.is_stop and len(text) > 2

    test = WordTest(shaped, texts)
    doc = nlp(MIXED)
    expected = [t.i for t in doc if t.is_alpha and not t.is_stop and len(t) > 2]
    assert test.where(doc) == expected
    assert test.where(doc) is test.where(doc)
    assert sorted(seen) == sorted(set(texts(doc)))  # each distinct word tested once
    again = nlp("Police said so.")
    assert test.where(again) == [0, 1]  # "so" is a stop word, "." no letter
    assert seen.count("said") == 1  # the table serves every doc
    breaks = WordTest(lambda lower, _vocab: "\n" in lower)
    assert breaks.where(doc) == [i for i, w in enumerate(lowers(doc)) if "\n" in w] != []
    assert test.where(nlp("")) == []


def test_spans_of_and_span_ends_follow_the_span_group(seed_corpus):
    doc = seed_corpus.nlp("Twelve were killed on 1 November 2023 and 40 more, 3 of them children.")
    numbers = list(doc.spans["numbers"])
    assert len(numbers) >= 2
    assert [(s.start, s.end) for s in spans_of(doc, "numbers")] == [
        (s.start, s.end) for s in numbers
    ]
    assert spans_of(doc, "numbers") is spans_of(doc, "numbers")
    assert span_ends(doc, "numbers") == {s.start: s.end for s in reversed(numbers)}
    assert spans_of(doc, "no-such-group") == () and span_ends(doc, "no-such-group") == {}


def _sentences(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


def test_a_title_abbreviation_does_not_end_a_sentence(seed_corpus):
    """The tokenizer splits "Lt." into "Lt" and "." (it keeps "Gen." whole): that full stop
    closes the abbreviation, not the sentence, wherever the rank or honorific stands."""
    nlp = seed_corpus.nlp
    for lead in ("Lt.", "Maj.", "Brig.", "Col.", "Capt.", "Sqn. Ldr.", "Lt.-Gen.", "Lt. Col."):
        for text in (
            f"The spokesman, {lead} Ahmed Sharif, said the talks would resume.",
            f"{lead} Ahmed Sharif visited Kabul on Monday.",
            f"Talks were held with {lead} Gen. Asim Malik in Islamabad.",
        ):
            assert _sentences(nlp, text) == [text], text


def test_sentences_still_end_at_other_full_stops(seed_corpus):
    """Look-alikes: a full stop after an ordinary word, after a rank written in capitals as a
    word ("LT"), after an abbreviation with a space before its stop, and "p.m." keep their
    sentence ends as spaCy's sentencizer sets them."""
    nlp = seed_corpus.nlp
    assert _sentences(nlp, "He met Brig. Khan. Then Col. Ali left.") == [
        "He met Brig. Khan.",
        "Then Col. Ali left.",
    ]
    assert _sentences(nlp, "The unit was led by LT. He went home.") == [
        "The unit was led by LT.",
        "He went home.",
    ]
    assert _sentences(nlp, "It was a col . Then came the pass.") == [
        "It was a col .",
        "Then came the pass.",
    ]
    assert _sentences(nlp, "Gen. Asim Munir arrived. Lt. Gen. Asim Malik met him.") == [
        "Gen. Asim Munir arrived.",
        "Lt. Gen. Asim Malik met him.",
    ]


def test_a_currency_short_form_before_a_number_does_not_end_a_sentence(seed_corpus):
    """The tokenizer splits "Rs." into "Rs" and ".": before a number that stop closes the short
    form of the currency, so a sum of money is read in its own sentence by every reader."""
    nlp = seed_corpus.nlp
    for text in (
        "The package includes Rs. 2 million for the families, and Rs. 500,000 for the injured.",
        "Each family received PKR. 300,000 from the provincial government.",
        "The fine was set at Rs. five thousand a day.",
    ):
        assert _sentences(nlp, text) == [text], text


def test_a_currency_short_form_ends_a_sentence_before_a_word(seed_corpus):
    """Look-alikes: the short form at a sentence's end before a word, or with a space before
    its stop, keeps the sentence end."""
    nlp = seed_corpus.nlp
    assert _sentences(nlp, "The sum was paid in Rs. Twelve people were hurt.") == [
        "The sum was paid in Rs.",
        "Twelve people were hurt.",
    ]
    assert _sentences(nlp, "Prices are quoted in rs . 12 people died in the blast.") == [
        "Prices are quoted in rs .",
        "12 people died in the blast.",
    ]


def test_a_label_short_form_before_a_figure_does_not_end_a_sentence(seed_corpus):
    """The tokenizer splits "No." into "No" and ".": before a figure that stop closes the
    short form of a label ("Bulletin No. 12", "Art. 63"), so the sentence goes on and a
    count after it stays with the source before it."""
    nlp = seed_corpus.nlp
    for text in (
        "The agency's Flood Bulletin No. 12, issued on Monday, reported 40 deaths in the north.",
        "The court cited Art. 63 of the constitution and Sec. 144 of the criminal code.",
        "Orders Nos. 3 and 4 were read out in the assembly.",
        "Flight No. PK-661 and FIR No. 123/2024 were named in the report.",
    ):
        assert _sentences(nlp, text) == [text], text


def test_a_label_short_form_ends_a_sentence_before_a_word_or_in_lower_case(seed_corpus):
    """Look-alikes: "No." before a word, and "no." in lower case before a figure (a reply that
    ends a sentence), keep their sentence ends."""
    nlp = seed_corpus.nlp
    assert _sentences(nlp, "The minister's answer was a firm No. Talks ended there.") == [
        "The minister's answer was a firm No.",
        "Talks ended there.",
    ]
    assert _sentences(nlp, "The vote was a clear No. UN observers watched it.") == [
        "The vote was a clear No.",
        "UN observers watched it.",
    ]
    assert _sentences(nlp, "Asked if he would stay, he said no. 30 people left that day.") == [
        "Asked if he would stay, he said no.",
        "30 people left that day.",
    ]
