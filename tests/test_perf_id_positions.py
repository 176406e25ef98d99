"""The word-id tables share a doc's positions (perf r26): every table answers as a search of
its own known ids would, whichever table searched the column first, and a table that knows
other ids never takes another's positions."""

from __future__ import annotations

import numpy

from narrlint.nlp import tokens
from narrlint.nlp.tokens import IdValues, WordTest, ents, lowers, orth_ids, texts


def _searched(table: IdValues, ids: numpy.ndarray) -> list:
    """What the table holds for ``ids``, found by a search of its own known ids."""
    known, values = table._table
    where = numpy.searchsorted(known, ids)
    assert (known.take(where, mode="clip") == ids).all()
    return values.take(where, mode="clip").tolist()


def test_tables_of_the_same_ids_share_positions_and_answer_as_a_search():
    twice = IdValues(lambda ids, _: [i * 2 for i in ids], numpy.uint64)
    square = IdValues(lambda ids, _: [i * i for i in ids], numpy.uint64)
    column = numpy.array([50, 10, 30, 10, 20], dtype=numpy.uint64)
    assert twice(column, None).tolist() == [100, 20, 60, 20, 40]
    assert square(column, None).tolist() == [2500, 100, 900, 100, 400]
    # both have seen the same ids: one array of known ids, the column's positions found once
    assert twice.ids is square.ids
    assert tokens._LAST_FOUND[0][0] is column
    assert twice(column, None).tolist() == [100, 20, 60, 20, 40] == _searched(twice, column)
    assert square(column, None).tolist() == [2500, 100, 900, 100, 400] == _searched(square, column)
    # a table that knows other ids searches for itself, and answers in its own order
    other = IdValues(lambda ids, _: [i + 1 for i in ids], numpy.uint64)
    assert other(numpy.array([5, 50], dtype=numpy.uint64), None).tolist() == [6, 51]
    assert other.ids is not twice.ids
    assert twice(column, None).tolist() == [100, 20, 60, 20, 40]
    assert other(column, None).tolist() == [51, 11, 31, 11, 21]
    assert twice(numpy.array([50, 5], dtype=numpy.uint64), None).tolist() == [100, 10]


def test_a_docs_word_lists_are_its_tokens_whichever_list_is_asked_first(seed_corpus):
    nlp = seed_corpus.nlp
    words = "The Prime Minister SAID 1.4 million Afghans — ‘they’ — left Qzzyxfresh on 3 May."
    for first in (lowers, texts, ents):
        doc = nlp(f"{words} {first.__name__}")
        first(doc)
        assert lowers(doc) == [t.lower_ for t in doc]
        assert texts(doc) == [t.text for t in doc]
        assert ents(doc) == [t.ent_type_ for t in doc]
        assert orth_ids(doc) is orth_ids(doc)


def test_a_word_test_finds_by_word_id_what_its_word_table_finds(seed_corpus):
    nlp = seed_corpus.nlp
    lower = WordTest(lambda word, _: "-" in word or word.endswith("ly"))
    written = WordTest(lambda word, vocab: "\n" in word and vocab[word].is_space, texts)
    titled = WordTest(lambda word, _: word.istitle(), lambda doc: [t.text for t in doc])
    text = "Newly-arrived Afghans left quickly.\n\nThe Interior Ministry SAID:\n  “Only 1.4 m.”"
    for doc in (nlp(text), nlp(text.upper()), nlp("")):
        for test in (lower, written, titled):
            words = test.words(doc)
            expected = [i for i, w in enumerate(words) if test.test(w, doc.vocab)]
            assert test.where(doc) == expected
            assert test.within(doc, 1, len(doc)) == [i for i in expected if i >= 1]
    assert lower._by_id is not None and written._by_id is not None
    assert titled._by_id is None  # a word list of its own: tested word by word
