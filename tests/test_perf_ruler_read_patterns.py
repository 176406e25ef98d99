"""The entity ruler's phrase docs built from their words are the tokenizer's (round 19).

``EntityRuler.add_read_patterns`` builds each ledger phrase's doc from the words it is written
with instead of letting spaCy tokenize it again (the phrases were made phrases only where they
tokenize into exactly those words). The ruler must come out the same as with
``add_patterns``: same patterns in the same order, same entity ids, same docs token for token,
and the same matches on every labelled, held-out and news dev passage.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from narrlint.nlp import pipeline

DATA = Path(__file__).resolve().parent / "data"


def _ruler(patterns, read: bool):
    nlp = pipeline.blank_english()
    ruler = nlp.add_pipe(
        "narrlint_entity_ruler",
        name="narrlint_entities",
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
    )
    with nlp.select_pipes(enable=["narrlint_entities"]):
        (ruler.add_read_patterns if read else ruler.add_patterns)(patterns)
    return nlp, ruler


def _docs(ruler) -> dict:
    return {
        label: [[(t.text, t.whitespace_, t.lower_) for t in doc] for doc in docs]
        for label, docs in ruler.phrase_patterns.items()
    }


def _passages() -> str:
    files = [DATA / "labelled.yaml", DATA / "heldout.yaml"]
    files += sorted((DATA / "news" / "dev").glob("*.yaml"))
    return "\n\n".join(
        item["text"] for path in files for item in yaml.safe_load(path.read_text("utf-8"))
    )


def test_read_patterns_build_the_ruler_add_patterns_builds(seed_corpus):
    nlp = pipeline.blank_english()
    patterns = pipeline._ruler_patterns(nlp, seed_corpus.ledger, None)
    assert sum(isinstance(p["pattern"], str) for p in patterns) > 1000
    plain_nlp, plain = _ruler(patterns, read=False)
    read_nlp, read = _ruler(patterns, read=True)
    assert read.patterns == plain.patterns
    assert dict(read._ent_ids) == dict(plain._ent_ids)
    assert _docs(read) == _docs(plain)
    assert len(read.phrase_matcher) == len(plain.phrase_matcher)
    assert len(read.matcher) == len(plain.matcher)
    text = _passages()
    plain_doc, read_doc = plain_nlp.tokenizer(text), read_nlp.tokenizer(text)
    found = sorted(plain.match(plain_doc))
    assert found and sorted(read.match(read_doc)) == found
    plain.set_annotations(plain_doc, plain.match(plain_doc))
    read.set_annotations(read_doc, read.match(read_doc))
    assert [(e.start, e.end, e.label_, e.id_) for e in read_doc.ents] == [
        (e.start, e.end, e.label_, e.id_) for e in plain_doc.ents
    ]


def test_a_phrase_with_an_empty_word_goes_through_add_patterns(monkeypatch):
    patterns = [
        {"label": "PERSON", "pattern": "asim  munir", "id": "p1"},  # two spaces: an empty word
        {"label": "TITLE", "pattern": [{"LOWER": "army"}, {"LOWER": "chief"}], "id": "t1"},
    ]
    calls: list[list] = []
    add = pipeline.EntityRuler.add_patterns

    def counted(self, given):
        calls.append(list(given))
        return add(self, given)

    monkeypatch.setattr(pipeline.EntityRuler, "add_patterns", counted)
    _ruler(patterns, read=True)
    assert calls == [patterns]
