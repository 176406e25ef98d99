"""The groups reader's faster word look-ups give what the plain readings they replaced gave
(round 18 perf): the dividing verbs' and "among"'s tokens by the doc's lemma index, the group
heads by the doc's word index, and the sentences naming the ledger's own country (or another)
read per sentence when asked instead of by passes over every word of the doc. Each is
checked against the plain reading on every labelled and held-out item."""

from __future__ import annotations

from bisect import bisect_right

import pytest

from narrlint.claims import groups_divisions, groups_places
from narrlint.claims.groups_lexicon import lexicon
from narrlint.claims.groups_phrases import head_words
from narrlint.engine import Linter
from narrlint.nlp.tokens import lemma_lowers, lowers, sentences, where_lemma, where_lower
from narrlint.source import SourceText
from tests.evaluate import DATA, HELDOUT, load_items


@pytest.fixture(scope="module")
def docs(seed_corpus):
    linter = Linter([], seed_corpus)
    items = [*load_items(DATA), *load_items(HELDOUT)]
    return [linter.parse(SourceText(item["text"]), "draft.md").doc for item in items]


def test_lemma_tokens_are_the_plain_reading(docs):
    for doc in docs:
        lemmas = lemma_lowers(doc)
        for words in (groups_divisions.VERBS, groups_divisions.AMONG):
            plain = [k for k, lemma in enumerate(lemmas) if lemma in words]
            assert where_lemma(doc, words) == plain


def test_head_tokens_are_the_plain_reading(docs, seed_corpus):
    lex = lexicon(seed_corpus)
    found = 0
    for doc in docs:
        plain = [k for k, word in enumerate(lowers(doc)) if word in lex.heads]
        assert where_lower(doc, head_words(lex)) == plain
        found += len(plain)
    assert found  # the items name group heads: the comparison is not of empty lists


def test_sentence_settings_are_the_plain_reading(docs, seed_corpus):
    """Home and foreign per sentence, and whether no sentence names home, as the doc-wide
    reading gave them (every word of either set by word or lemma, put in its sentence)."""
    lex = lexicon(seed_corpus)
    homes = abroad = 0
    for doc in docs:
        words, lemmas = lowers(doc), lemma_lowers(doc)
        starts = sorted(s.start for s in sentences(doc))
        home = [False] * len(starts)
        for k in range(len(doc)):
            if (words[k] in lex.placing or lemmas[k] in lex.placing) and (
                words[k] in lex.home or lemmas[k] in lex.home
            ):
                home[max(bisect_right(starts, k) - 1, 0)] = True
        settings = groups_places._settings(doc, lex)
        assert settings.starts == starts
        assert [settings.home(at) for at in range(len(starts))] == home
        assert settings.no_home() == (not any(home))
        for at in range(len(starts)):
            first = starts[at] if at > 0 else 0
            last = starts[at + 1] if at + 1 < len(starts) else len(doc)
            plain = [
                k for k in range(first, last) if words[k] in lex.placing or lemmas[k] in lex.placing
            ]
            assert settings.candidates(at) == plain
            abroad += settings.foreign(at)
        homes += sum(home)
    assert homes and abroad  # both kinds of sentence occur in the items


def test_title_words_of_a_sentence_are_the_doc_readings(docs):
    """A sentence's capitalised words (the places' marks) read from its own words are the
    doc-wide reading's words in it."""
    found = 0
    for doc in docs:
        whole = groups_places._TITLE_WORD.where(doc)
        starts = sorted(s.start for s in sentences(doc))
        for at, first in enumerate(starts):
            last = starts[at + 1] if at + 1 < len(starts) else len(doc)
            own = groups_places._TITLE_WORD.within(doc, first, last)
            assert own == [k for k in whole if first <= k < last]
            found += len(own)
    assert found
