"""The shared word-set helpers ask less of each doc and answer as a scan of the doc would.

``where_lower``/``where_lemma`` remember, per column union, the word sets already found whole
in it (the readers ask the same module-level sets of every doc); ``sentence_at`` keeps the
sentence starts with the doc's length. These tests pin the answers against plain scans, across
docs, a union started afresh and a memo past its limit.
"""

from __future__ import annotations

TEXT = (
    "The officials said the Afghans must leave. Officials said so again on Monday.\n\n"
    "A second paragraph: the card holders were told to leave, officials said."
)
OTHER = "Nothing the officials said here. Must they leave? The Afghans said no."

LOWER = "narrlint.nlp.tokens.lower_index"


def _scan(column: list[str], wanted: frozenset[str]) -> list[int]:
    return [i for i, w in enumerate(column) if w in wanted]


def test_a_set_remembered_in_one_union_is_asked_again_of_a_new_union(seed_corpus, monkeypatch):
    """A union started afresh (a new process's, a test's) drops the sets remembered in the
    old one: a set found whole in the old union joins the new one before the doc's index is
    built, so its words are still found."""
    from narrlint.nlp import tokens

    wanted = frozenset({"officials", "leave", "qzzyunasked"})
    doc = seed_corpus.nlp(TEXT)
    assert tokens.where_lower(doc, wanted) == _scan(tokens.lowers(doc), wanted)
    assert wanted in tokens._IN_UNION[LOWER][1]  # remembered: no subset test next doc
    monkeypatch.setattr(tokens, "_ASKED", {})
    other = seed_corpus.nlp(OTHER)
    found = tokens.where_lower(other, wanted)
    assert found == _scan(tokens.lowers(other), wanted) and found
    assert wanted <= tokens._ASKED[LOWER]


def test_word_sets_answer_as_a_scan_across_docs_and_past_the_memo_limit(seed_corpus, monkeypatch):
    """Sets asked of several docs, in any order, some sharing words, give each doc's own
    indices, also when the memo of remembered sets starts afresh between asks."""
    from narrlint.nlp import tokens

    monkeypatch.setattr(tokens, "_ASKED", {})
    monkeypatch.setattr(tokens, "_IN_UNION_LIMIT", 4)
    sets = [
        frozenset({"officials", "said"}),
        frozenset({"must"}),
        frozenset({"the", "afghans", "leave"}),
        frozenset({"said", "no"}),
        frozenset({"qzzynever"}),
        frozenset({"officials", "said"}),
    ]
    docs = [seed_corpus.nlp(TEXT), seed_corpus.nlp(OTHER), seed_corpus.nlp(TEXT.upper())]
    for _ in range(2):
        for doc in docs:
            words, lemmas = tokens.lowers(doc), tokens.lemma_lowers(doc)
            for wanted in sets:
                assert tokens.where_lower(doc, wanted) == _scan(words, wanted)
                assert tokens.where_lemma(doc, wanted) == _scan(lemmas, wanted)
    memo = tokens._IN_UNION[LOWER]
    assert memo[2][0] <= 4 and memo[2][0] == sum(map(len, memo[1]))  # started afresh


def test_sentence_at_is_each_tokens_sentence(seed_corpus):
    """Every token's sentence, asked in any order and of two docs in turn, is its own
    ``token.sent``."""
    from narrlint.nlp.tokens import sentence_at, sentence_bounds

    docs = [seed_corpus.nlp(TEXT), seed_corpus.nlp(OTHER)]
    for _ in range(2):
        for doc in docs:
            assert len(list(doc.sents)) >= 3
            for i in reversed(range(len(doc))):
                own = doc[i].sent
                found = sentence_at(doc, i)
                assert (found.start, found.end) == (own.start, own.end)
                assert sentence_bounds(doc, i) == (own.start, own.end)


def test_word_lists_are_each_tokens_own_as_the_shared_tables_grow(seed_corpus):
    """lowers/texts/lemma_lowers read through tables by word id shared by all docs: a doc of
    words seen before, one of words never seen (the tables grow in the middle of the ids
    known) and the first again give each token's own ``lower_``, ``text`` and lower-cased
    ``lemma_``."""
    from narrlint.nlp.tokens import lemma_lowers, lowers, texts

    first = seed_corpus.nlp(TEXT)
    fresh = seed_corpus.nlp("Qzzyalpha ZORBLEX Übergrößen İstanbulqx were Mmmfresh; 12,345 left.")
    for doc in (first, fresh, first, seed_corpus.nlp(OTHER), fresh):
        assert lowers(doc) == [t.lower_ for t in doc]
        assert texts(doc) == [t.text for t in doc]
        assert lemma_lowers(doc) == [t.lemma_.lower() for t in doc]
        assert all(type(w) is str for w in (*lowers(doc), *texts(doc), *lemma_lowers(doc)))
