"""The lookup lemmatizer's folded case rule gives what the lemmatizer and narrlint_lemma_case
give one after the other (the pair a trained pipeline's lemmatizer still uses)."""

from __future__ import annotations

from spacy.attrs import LEMMA

from narrlint.nlp.pipeline import LemmaCase, blank_english

TEXT = (
    "Bodies were found. KILLED in the blast: Children. The Deadline passed; Ruritania's "
    "Officials WERE told. bodies, Was, IS, Running and RAN."
)


def _lemmatizer(fold_case: bool):
    nlp = blank_english()
    nlp.add_pipe(
        "narrlint_lookup_lemmatizer",
        name="lemmatizer",
        config={"mode": "lookup", "fold_case": fold_case},
    )
    nlp.initialize()
    return nlp


def test_folded_lemmas_equal_lemmatizer_then_lemma_case():
    folded = _lemmatizer(True)
    plain = _lemmatizer(False)
    case = LemmaCase(plain)
    expected = [t.lemma_ for t in case(plain(TEXT))]
    assert [t.lemma_ for t in folded(TEXT)] == expected
    assert expected[0] == "body" and "kill" in expected  # the rule did change capitals
    assert plain(TEXT)[0].lemma_ == "Bodies"  # and without it they stay


def test_a_doc_with_some_lemmas_set_gets_the_same_rule():
    folded = _lemmatizer(True)
    plain = _lemmatizer(False)
    case = LemmaCase(plain)
    docs = []
    for nlp in (folded, plain):
        doc = nlp.make_doc(TEXT)
        lemmas = doc.to_array(LEMMA).reshape(-1, 1)
        lemmas[0, 0] = doc.vocab.strings.add("Bodies")  # set before the lemmatizer
        lemmas[1, 0] = doc.vocab.strings.add("Were")
        doc.from_array([LEMMA], lemmas)
        docs.append(nlp.get_pipe("lemmatizer")(doc))
    expected = [t.lemma_ for t in case(docs[1])]
    assert [t.lemma_ for t in docs[0]] == expected
    assert expected[0] == "body"  # a set lemma equal to its word still folds, as lemma_case does
    assert expected[1] == "Were"  # another set lemma is kept
