"""The cheap reading of :func:`narrlint.claims.titles_variants.variant_titles`: the words of a
draft are found through the doc's word index (``firsts``), and a variant whose second word
differs is dropped before its words are sliced. Both must find exactly what the plain reading
finds: every word in a window around a name, every variant of its first word compared whole."""

from __future__ import annotations

from narrlint.claims.titles_variants import AFTER_NAME, BEFORE_NAME, _blocks, variant_titles
from narrlint.knowledge.title_lexicon import title_lexicon
from narrlint.nlp.pipeline_data import PERSON, TITLE
from narrlint.nlp.tokens import entities, lowers

from .titles_support import display_name, title_cased


def _plain(doc, variants, taken, people) -> list[tuple[int, int, str]]:
    """The reading before the index: each word near a name, each variant sliced whole."""
    words, found, after = lowers(doc), [], 0
    near = sorted(
        {
            i
            for p in people
            for i in range(max(p.start - BEFORE_NAME, 0), min(p.end + AFTER_NAME, len(words)))
        }
    )
    for i in near:
        if i < after or words[i] not in variants:
            continue
        for variant, title in variants[words[i]]:
            end = i + len(variant)
            if tuple(words[i:end]) == variant:
                found.append((i, end, title))
                after = end
                break
    return [f for f in found if not any(_blocks(e, f[0], f[1]) for e in taken)]


def _read(seed_corpus, text: str):
    lexicon = title_lexicon(seed_corpus)
    doc = seed_corpus.nlp(text)
    ents = list(entities(doc))
    people = [e for e in ents if e.label_ == PERSON]
    got = variant_titles(doc, lexicon.variants, ents, people, lexicon.variant_firsts)
    spans = [(s.start, s.end, s.id_) for s in got]
    assert all(s.label_ == TITLE for s in got)
    return spans, _plain(doc, lexicon.variants, ents, people), people


def _sentences(seed_corpus, limit: int = 12) -> list[str]:
    """Sentences writing a variant of the ledger (of the same first word as many others:
    "minister …") after a person the ledger names."""
    lexicon = title_lexicon(seed_corpus)
    person = display_name(next(iter(seed_corpus.ledger.people.values())))
    first = max(lexicon.variants, key=lambda w: len(lexicon.variants[w]))
    chosen = [v for v, _ in lexicon.variants[first][:limit]]
    return [f"{person} met the {title_cased(' '.join(v))} on Monday." for v in chosen]


def test_variants_found_as_by_the_plain_reading(seed_corpus):
    found_any = False
    for text in _sentences(seed_corpus):
        spans, plain, people = _read(seed_corpus, text)
        assert people, text
        assert spans == plain, text
        found_any = found_any or bool(spans)
    assert found_any  # the sentences do write variants: the comparison is not of two empties


def test_no_variant_word_no_variant(seed_corpus):
    lexicon = title_lexicon(seed_corpus)
    person = display_name(next(iter(seed_corpus.ledger.people.values())))
    text = f"{person} met reporters on Monday and spoke about the weather."
    words = set(lowers(seed_corpus.nlp(text)))
    assert not words & lexicon.variant_firsts
    spans, plain, people = _read(seed_corpus, text)
    assert people and spans == plain == []


def test_firsts_are_the_variants_first_words(seed_corpus):
    lexicon = title_lexicon(seed_corpus)
    assert lexicon.variant_firsts == frozenset(lexicon.variants)
