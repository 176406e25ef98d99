"""Indexing an article reads its tokens' columns, not a Token object per token (perf r20).

``article_sentences`` (shared by the persistent index and the in-memory corpus) walked every
sentence's tokens three times as Python objects: the blank-sentence test, the lemma keys and the
sentence's text. The sentence and its keys must be exactly what that walk gave, and the number
of token look-ups must no longer grow with the tokens.
"""

from __future__ import annotations

import cProfile
import pstats

import pytest

from narrlint.knowledge.corpus import article_sentences, read_article, seeds_root, sentence_keys
from narrlint.text.prose import draft_prose

EDGES = (
    "The council met on 3 March 2021 and voted 12 to 4. It said the 1.5 million budget stands.\n"
    "\n\n   \n\n"
    "   Officials, who spoke on Monday, were not there!  And they were not.\n"
    "Mr. Halvard Pike -- the clerk -- read 200 names: Anne, Bo and 7 others...\n"
    "???  ...  \n"
    "Running ran runs; the RUNNERS were running at 10:30 a.m. on Jan. 5."
)
"""Made-up prose with stop words, capitals, figures, dates, punctuation-only and blank lines."""


def _walk(doc) -> list[tuple[str, list[tuple[str, str]]]]:
    """What ``article_sentences`` gave before: each sentence's text and keys, token by token."""
    return [
        (sent.text.strip(), list(sentence_keys(sent)))
        for sent in doc.sents
        if not all(token.is_space for token in sent)
    ]


def _articles():
    paths = sorted(seeds_root().glob("*.txt"))[:4]
    assert paths, "the seed corpus has articles"
    for path in paths:
        yield read_article(str(path), path.name)
    yield EDGES, draft_prose(EDGES, "edges.txt", 0), None
    yield "", draft_prose("", "empty.txt", 0), None


@pytest.mark.parametrize("number", range(6))
def test_sentences_and_keys_are_the_token_walks(seed_corpus, number):
    text, prose, _ = list(_articles())[number]
    doc = seed_corpus.nlp(prose.text)
    found = [(sentence, list(keys)) for _, sentence, keys in article_sentences(text, prose, doc)]
    assert found == _walk(doc)
    if text:
        assert any(kind == "lemma" for _, keys in found for kind, _ in keys)


def _token_lookups(call) -> int:
    """``Doc.__getitem__`` calls (one per Token or Span made from a doc) seen while ``call``
    runs; spaCy's compiled modules report them to the profiler."""
    profile = cProfile.Profile()
    profile.enable()
    call()
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(
        value[1]
        for (path, _, name), value in stats.items()
        if name == "__getitem__" and path.endswith("doc.pyx")
    )


def _read(text, prose, doc, rows: list) -> None:
    rows.extend(
        (line, sentence, list(keys)) for line, sentence, keys in article_sentences(text, prose, doc)
    )


def test_token_lookups_do_not_grow_with_the_tokens(seed_corpus):
    for text, prose, _ in list(_articles())[:4]:
        doc = seed_corpus.nlp(prose.text)
        tokens = len(doc)
        if _token_lookups(lambda d=doc: [d[i] for i in range(len(d))]) < tokens:
            pytest.skip("this spaCy build does not report Doc.__getitem__ to the profiler")
        rows: list = []
        lookups = _token_lookups(lambda t=text, p=prose, d=doc, r=rows: _read(t, p, d, r))
        assert rows
        # Spans of sentences and entities remain (a few per sentence); the token walk made
        # about three look-ups per token.
        assert lookups < tokens / 2, (lookups, tokens)
