"""The spaCy pipeline: a blank English model plus rule-based components built from the ledger.

No trained model is downloaded or required. The pipeline is::

    tokenizer → narrlint_blocks → sentencizer → lemmatizer (lookup) → narrlint_lemma_case
              → entity_ruler (people, titles, categories, governments from the ledger)
              → narrlint_quantities (dates, numbers, durations)

A configured, installed trained pipeline (``nlp.model`` in config) may replace the blank one;
narrlint's components are then added on top of it.
"""

from __future__ import annotations

import threading

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from narrlint import quantities  # noqa: F401  (registers narrlint_quantities)
from narrlint.errors import ConfigError
from narrlint.ledger import Ledger

PERSON = "PERSON"
TITLE = "TITLE"
CATEGORY = "CATEGORY"
GOVERNMENT = "GOVERNMENT"

_LOCK = threading.Lock()
_CACHE: dict[tuple, Language] = {}


@Language.component("narrlint_blocks")
def blocks_component(doc: Doc) -> Doc:
    """Start a sentence at every block (headline, paragraph, bullet): prose joins blocks with
    a blank line, and a headline without a full stop must not run into the next sentence."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("narrlint_lemma_case")
def lemma_case_component(doc: Doc) -> Doc:
    """The lookup lemmatizer is case-sensitive; lemmatize "Bodies" and "KILLED" like "bodies"."""
    lookup = (
        doc.vocab.lookups.get_table("lemma_lookup", {})
        if doc.vocab.lookups.has_table("lemma_lookup")
        else {}
    )
    for token in doc:
        if token.lemma_ == token.text and token.text != token.lower_:
            lower = token.lower_
            token.lemma_ = lookup.get(lower, lower)
    return doc


def entity_patterns(ledger: Ledger) -> list[dict]:
    """EntityRuler patterns for everything the ledger can name."""
    patterns: list[dict] = []
    seen: set[tuple[str, str, str]] = set()

    def add(label: str, phrase: str, ident: str) -> None:
        words = phrase.strip()
        if not words or (label, words.lower(), ident) in seen:
            return
        seen.add((label, words.lower(), ident))
        tokens = [{"LOWER": w} for w in _split(words.lower())]
        patterns.append({"label": label, "pattern": tokens, "id": ident})

    for person in ledger.people.values():
        for phrase in (person.name.split(" (")[0], *person.aliases):
            add(PERSON, phrase, person.id)
    for office in ledger.offices.values():
        for title in office.titles:
            add(TITLE, title, title)
    for category in ledger.categories.values():
        for term in category.terms:
            add(CATEGORY, term, category.id)
    for government in ledger.governments:
        for term in government.terms:
            add(GOVERNMENT, term, term)
    return patterns


_TOKENIZER = spacy.blank("en").tokenizer


def _split(phrase: str) -> list[str]:
    """Tokenize a ledger phrase exactly as drafts are tokenized."""
    return [t.text for t in _TOKENIZER(phrase) if not t.is_space]


def build_pipeline(ledger: Ledger, model: str | None = None) -> Language:
    """Build (once per process and ledger) the pipeline that parses drafts and corpus."""
    key = (id(ledger), model)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            return cached
        nlp = _load_trained(model) if model else spacy.blank("en")
        nlp.add_pipe("narrlint_blocks", first=True)
        if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer")
        if "lemmatizer" not in nlp.pipe_names:
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.initialize()
        nlp.add_pipe("narrlint_lemma_case")
        ruler = nlp.add_pipe(
            "entity_ruler",
            name="narrlint_entities",
            config={"phrase_matcher_attr": None, "overwrite_ents": True},
        )
        ruler.add_patterns(entity_patterns(ledger))
        nlp.add_pipe("narrlint_quantities")
        _CACHE[key] = nlp
        return nlp


def _load_trained(model: str) -> Language:
    """A configured trained pipeline; its own NER is dropped (the ledger decides entities)."""
    try:
        return spacy.load(model, exclude=["ner", "entity_ruler"])
    except OSError:
        raise ConfigError(
            f"model: spaCy pipeline {model!r} is not installed "
            f"(install it, or remove 'model' to use the built-in blank pipeline)"
        ) from None
