"""The spaCy pipeline: a blank English model plus rule-based components built from the ledger.

No trained model is downloaded or required. The pipeline is::

    tokenizer → narrlint_blocks → sentencizer → narrlint_sentence_cap → lemmatizer (lookup,
              with narrlint_lemma_case's rule; a trained pipeline's: then narrlint_lemma_case)
              → entity_ruler (people, titles, categories, governments from the ledger)
              → narrlint_quantities (dates, numbers, durations)

A configured, installed trained pipeline (``nlp.model`` in config) may replace the blank one;
narrlint's components are then added on top of it.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path

import numpy
import spacy
from spacy.attrs import ENT_IOB, ENT_TYPE, LEMMA, LOWER, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import EntityRuler as SpacyEntityRuler
from spacy.pipeline import Lemmatizer, Sentencizer
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Span

from narrlint.config import is_pipeline_package
from narrlint.errors import ConfigError
from narrlint.knowledge import ledgercache
from narrlint.knowledge.ledger import Ledger
from narrlint.nlp import quantities
from narrlint.nlp.pipeline_data import (  # noqa: F401  (their home is spaCy-free; named here too)
    CATEGORY,
    GOVERNMENT,
    PERSON,
    TITLE,
    derived_values,
    lemma_table,
    lemma_words,
)
from narrlint.nlp.quantities import orth_ids
from narrlint.nlp.tokens import IdValues, WordTest, lowers, texts
from narrlint.nlp.vocabulary import (
    CURRENCY_ABBREVIATIONS,
    HYPHENS,
    LABEL_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
)

quantities.register()  # narrlint_quantities and its span extensions, with this module's own


_LOCK = threading.Lock()
_CACHE: dict[tuple, tuple[Ledger, Language]] = {}
"""(id(ledger), model) → (the ledger, its pipeline). The ledger is kept so that its id cannot
be reused by another ledger while the entry lives; a few entries at most (a language server
may reload its ledger)."""
_CACHE_SIZE = 4


@Language.component("narrlint_blocks")
def blocks_component(doc: Doc) -> Doc:
    """Start a sentence at every block (headline, paragraph, bullet): prose joins blocks with
    a blank line, and a headline without a full stop must not run into the next sentence."""
    if len(doc) < 2:
        return doc
    # Setting ``token.is_sent_start`` checks the whole doc for a parse each time, which made
    # this component quadratic in the number of blocks; set all starts in one array write.
    # The words that break lines come from the doc's shared word list (readers use it too).
    last = len(doc) - 1
    starts = [i + 1 for i in _LINE_BREAK.where(doc) if i < last]
    if starts:
        if doc.has_annotation("DEP"):
            raise ValueError(Errors.E043)
        values = doc.to_array([SENT_START])
        values[starts] = 1
        doc.from_array([SENT_START], values)
    return doc


_GLUED_DASH = re.compile(rf"^[^\W\d_]{{2,}}[{re.escape(''.join(sorted(HYPHENS)))}]$")
"""A word with a hyphen glued to its end ("persons-"): spaCy keeps it one token."""

_DASH_END = WordTest(lambda word, vocab: bool(_GLUED_DASH.match(word)), texts)

_SUSPENDED = frozenset({"and", "or", "&", "to"})
"""Words after which a word's end hyphen is a suspended compound ("pre- and post-war")."""


@Language.component("narrlint_glued_dashes")
def glued_dashes_component(doc: Doc) -> Doc:
    """Split a hyphen glued to the end of a word when a space follows it: a dash that opens
    or closes an aside written without its first space ("leaving 6 persons- including two
    children- injured"). Not before "and"/"or" (a suspended compound: "pre- and post-war"),
    nor before a line break (a word hyphenated at the end of a line)."""
    found = _DASH_END.where(doc)
    if not found:
        return doc
    words = lowers(doc)
    last = len(doc) - 1
    split = [
        doc[i]
        for i in found
        if i < last and doc[i].whitespace_ == " " and words[i + 1] not in _SUSPENDED
    ]
    if split:
        with doc.retokenize() as retokenizer:
            for token in split:
                text = token.text
                retokenizer.split(token, [text[:-1], text[-1]], heads=[(token, 0), (token, 0)])
    return doc


def _breaks_line(word: str, vocab) -> bool:
    return "\n" in word and vocab[word].is_space


_LINE_BREAK = WordTest(_breaks_line, texts)
"""Whitespace (its lexeme's ``is_space``) holding a line break: the end of a block. Tested once
per distinct word, instead of reading the doc's ``IS_SPACE`` column and a Token per space."""


_UNSET, _START, _INSIDE = numpy.uint64(0), numpy.uint64(1), numpy.uint64(2**64 - 1)
"""``SENT_START`` values as ``Doc.to_array`` gives them: 0, 1 and -1 (as an unsigned int)."""


_FULL_STOP = get_string_id(".")

_PUNCT, _FINAL = 1, 2
_SENTENCE_FLAGS: dict[int, tuple[object, IdValues]] = {}
"""id(vocab) → (the vocab, per word id: its lexeme's ``is_punct`` and whether it is one of
spaCy's sentence-final characters), for :func:`sentencizer_component`: one lookup per doc
instead of an IS_PUNCT column and a search of every word among the final characters."""


def _sentence_flags(vocab) -> IdValues:
    found = _SENTENCE_FLAGS.get(id(vocab))
    if found is None or found[0] is not vocab:
        ends = frozenset(Sentencizer.default_punct_chars)

        def compute(orths: list[int], strings: StringStore) -> list[int]:
            return [
                (_PUNCT if vocab[orth].is_punct else 0) | (_FINAL if strings[orth] in ends else 0)
                for orth in orths
            ]

        if len(_SENTENCE_FLAGS) >= 4:
            _SENTENCE_FLAGS.clear()
        found = _SENTENCE_FLAGS[id(vocab)] = (vocab, IdValues(compute, numpy.uint8))
    return found[1]


def _abbreviation_stops(doc: Doc, orths: numpy.ndarray) -> list[int]:
    """Indices of the full stops that close a short form joined to them, not a sentence: a
    title abbreviation written in capitals ("Lt." in "Lt. Gen."), a currency's short form
    before a number ("Rs. 2 million"), or a label's short form in capitals before a figure or
    a code with one ("Report No. 74", "flight No. PK-8303")."""
    stops = numpy.flatnonzero(orths[1:] == _FULL_STOP) + 1
    kept = []
    words = lowers(doc)  # the word before a stop is tested as a Token only when it may be one
    for i in stops.tolist():
        word = words[i - 1]
        if word in TITLE_ABBREVIATIONS:
            before = doc[i - 1]
            if not before.whitespace_ and before.is_title:
                kept.append(i)
        elif word in CURRENCY_ABBREVIATIONS and i + 1 < len(doc):
            after = doc[i + 1]  # a figure, or a number word in lower case ("Twelve" opens one)
            if not doc[i - 1].whitespace_ and after.like_num and not after.is_title:
                kept.append(i)
        elif word in LABEL_ABBREVIATIONS and i + 1 < len(doc):
            before = doc[i - 1]
            if not before.whitespace_ and before.is_title and _is_serial(doc[i + 1].text):
                kept.append(i)
    return kept


def _is_serial(word: str) -> bool:
    """A figure or a code with one ("74", "123/2024", "PK-8303"): what a label's short form
    numbers. A word in capitals without a figure ("No. THE …") is none."""
    return word[:1].isdigit() or (
        any(c.isdigit() for c in word) and not any(c.islower() for c in word)
    )


@Language.component("narrlint_sentencizer")
def sentencizer_component(doc: Doc) -> Doc:
    """spaCy's rule-based ``sentencizer`` (default punctuation), on arrays instead of tokens.

    The rule: after a token that is one of the sentence-final characters, the next token that
    is not punctuation starts a sentence. spaCy's component walks the doc token by token and
    was the costliest step of the pipeline after the quantities; this sets the very same
    starts (where no earlier component set one) from three columns, except after the full
    stop of a title abbreviation (:data:`TITLE_ABBREVIATIONS`: "Lt. Gen. Asim Malik" is one
    sentence), of a currency's short form before a number ("Rs. 2 million"), or of a label's
    short form before a figure ("Situation Report No. 74").
    """
    if not len(doc):
        return doc
    orths = orth_ids(doc)
    flags = _sentence_flags(doc.vocab)(orths, doc.vocab.strings)
    final = (flags & _FINAL).astype(bool)
    final[_abbreviation_stops(doc, orths)] = False
    words = numpy.flatnonzero(~(final | (flags & _PUNCT).astype(bool)))
    values = doc.to_array([SENT_START]).reshape(-1, 1)
    finals_before = numpy.concatenate(([0], numpy.cumsum(final)))  # [j]: finals in [0, j)
    previous = numpy.concatenate(([-1], words[:-1]))
    guesses = numpy.zeros(len(doc), dtype=bool)
    guesses[0] = True
    guesses[words[finals_before[words] > finals_before[previous + 1]]] = True
    starts = values[:, 0]
    unset = starts == _UNSET
    starts[unset & guesses] = _START
    starts[unset & ~guesses] = _INSIDE
    doc.from_array([SENT_START], starts.reshape(-1, 1))
    return doc


MAX_SENTENCE_TOKENS = 1000
"""Longest sentence rules see. News sentences run to 100 tokens; a longer "sentence" is a
paragraph without full stops (a pasted transcript, a list, hard-wrapped lines), and rules that
look at a mention's whole sentence would grow with the square of its length (a 3 MB paragraph
without a full stop took two minutes)."""


@Language.component("narrlint_sentence_cap")
def sentence_cap_component(doc: Doc) -> Doc:
    """Split sentences longer than ``MAX_SENTENCE_TOKENS`` into pieces of at most that many."""
    if len(doc) <= MAX_SENTENCE_TOKENS or doc.has_annotation("DEP"):
        return doc
    values = doc.to_array([SENT_START])
    starts = [0, *numpy.flatnonzero(values == 1).tolist(), len(doc)]
    extra = [
        i
        for first, last in itertools.pairwise(starts)
        for i in range(first + MAX_SENTENCE_TOKENS, last, MAX_SENTENCE_TOKENS)
    ]
    if extra:
        values[extra] = 1
        doc.from_array([SENT_START], values)
    return doc


class LemmaCase:
    """The lookup lemmatizer is case-sensitive; lemmatize "Bodies" and "KILLED" like "bodies".

    The table is the pipeline's own lemmatizer's (the doc's vocab holds none), found on the
    first doc: a word spelt with capitals that the lemmatizer left as it is gets the lemma of
    its lower-case form."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._lemma_ids: IdValues | None = None

    def _lemmas(self) -> IdValues:
        if self._lemma_ids is None:
            table = lemma_table(self.nlp)
            self._lemma_ids = IdValues(_lemma_ids(table or {}), numpy.uint64)
        return self._lemma_ids

    def __call__(self, doc: Doc) -> Doc:
        fold_lemma_case(doc, self._lemmas())
        return doc


def fold_lemma_case(doc: Doc, lemma_ids: IdValues) -> None:
    """:class:`LemmaCase`'s rule on ``doc`` (``lemma_ids``: word id → lemma id by the table)."""
    if not len(doc):
        return
    # On arrays of string ids, once per distinct word: this runs on every token of every draft.
    orths = orth_ids(doc)
    values = doc.to_array([LOWER, LEMMA])
    mask = (values[:, 1] == orths) & (orths != values[:, 0])
    if not mask.any():
        return
    values[mask, 1] = lemma_ids(values[mask, 0], doc.vocab.strings)
    doc.from_array([LEMMA], values[:, 1:2])


@Language.factory("narrlint_lemma_case")
def make_lemma_case(nlp: Language, name: str) -> LemmaCase:
    return LemmaCase(nlp)


_OUTSIDE = 2
"""``ENT_IOB`` of a token outside every entity (``Token.iob_strings()``: "", I, O, B)."""


class EntityRuler(SpacyEntityRuler):
    """spaCy's entity ruler, without its per-match token walk when it overwrites entities.

    spaCy's ``set_annotations`` asks every match whether a token in it already has an entity
    type and only then looks at ``overwrite_ents``: a Token object per matched word, a tenth
    of the pipeline, for an answer narrlint's ruler (which overwrites) never uses. Matches are
    the same, and so are the entities set (longest first, earlier first, never overlapping).
    """

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        if len(self.matcher):
            return super().match(doc)
        if not len(self.phrase_matcher):
            # A ledger that names nobody (an empty or unread one) builds an empty ruler: no
            # match, and not spaCy's W036 "does not have any patterns" UserWarning on stderr
            # or in the editor's log, jargon a newsroom cannot act on (the corpus warnings
            # say what is wrong with the ledger).
            return []
        found = {
            (m_id, start, end) for m_id, start, end in self.phrase_matcher(doc) if start != end
        }
        return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int]]) -> None:
        if not self.overwrite:
            super().set_annotations(doc, matches)
            return
        entities = list(doc.ents)
        new_entities = []
        seen: set[int] = set()
        for match_id, start, end in matches:
            # Longest first: a match overlaps a kept one only if one of its ends lies in it.
            if start in seen or end - 1 in seen:
                continue
            if match_id in self._ent_ids:
                label, ent_id = self._ent_ids[match_id]
                new_entities.append(Span(doc, start, end, label=label, span_id=ent_id))
            else:
                new_entities.append(Span(doc, start, end, label=match_id))
            if entities:
                entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        # What ``doc.ents = …`` does, less its copy of every span, and with every token made
        # "outside" in one array write first: ``set_ents(default="outside")`` does that token by
        # token with a set lookup and an enum comparison each (three quarters of its time).
        if len(doc):
            outside = numpy.zeros((len(doc), 2), dtype=numpy.uint64)
            outside[:, 0] = _OUTSIDE
            doc.from_array([ENT_IOB, ENT_TYPE], outside)
        doc.set_ents(entities + new_entities, default="unmodified")


@Language.factory(
    "narrlint_entity_ruler",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={"phrase_matcher_attr": None, "overwrite_ents": False},
)
def make_entity_ruler(nlp, name, phrase_matcher_attr, overwrite_ents) -> EntityRuler:
    return EntityRuler(
        nlp, name, phrase_matcher_attr=phrase_matcher_attr, overwrite_ents=overwrite_ents
    )


class LookupLemmatizer(Lemmatizer):
    """spaCy's lookup lemmatizer, giving the same lemmas, looked up once per distinct word of a
    doc on arrays of string ids instead of token by token (it was a tenth of linting time)."""

    fold_case: bool = False
    """Also do :class:`LemmaCase`'s work (set by :func:`build_pipeline` for its own lookup
    lemmatizer, which then needs no ``narrlint_lemma_case``): on a doc whose lemmas are all
    unset, each word's final lemma is then one lookup per distinct word, and the doc's LEMMA
    column is written once instead of read and written again by a second component."""

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "lookup" or self.overwrite or not len(doc):
            return super().__call__(doc)
        table = self._lookup_table()
        lemmas = doc.to_array(LEMMA)
        unset = lemmas == 0
        if getattr(self, "_table", None) is not table:
            self._table, self._lemma_ids = table, IdValues(_lemma_ids(table), numpy.uint64)
            self._folded_ids = IdValues(_folded_lemma_ids(table, self.vocab), numpy.uint64)
        if self.fold_case and unset.all():
            folded = self._folded_ids(orth_ids(doc), doc.vocab.strings)
            doc.from_array([LEMMA], folded.reshape(-1, 1))
            return doc
        if unset.any():
            lemmas[unset] = self._lemma_ids(orth_ids(doc)[unset], doc.vocab.strings)
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        if self.fold_case:
            fold_lemma_case(doc, self._lemma_ids)
        return doc

    def initialize(self, get_examples=None, *, nlp=None, lookups=None) -> None:
        """spaCy-lookups-data's lemma table as a plain dict: spaCy's ``Table`` hashes each of
        its 41,582 keys as it loads (0.1 s of every start) for lookups a dict answers alike."""
        if self.mode != "lookup" or self.overwrite or lookups is not None:
            self._plain = None
            super().initialize(get_examples, nlp=nlp, lookups=lookups)
            return
        self._plain = _lemma_lookup(self.vocab.lang)
        self._validated = True

    def _lookup_table(self):
        plain = getattr(self, "_plain", None)
        if plain is not None:
            return plain
        if not self._validated:
            self._validate_tables(Errors.E1004)
        return self.lookups.get_table("lemma_lookup", {})


def _lemma_ids(table) -> Callable[[list[int], StringStore], list[int]]:
    """The lemma id of each word id, from a lookup table (a word it lacks is its own lemma).
    The lemma strings are added to the doc's string store, as spaCy's lemmatizer does."""

    def compute(orths: list[int], strings: StringStore) -> list[int]:
        lemmas = []
        for orth in orths:
            text = strings[orth]
            found = table.get(text, text)
            lemmas.append(strings.add(found if isinstance(found, str) else found[0]))
        return lemmas

    return compute


def _folded_lemma_ids(table, vocab) -> Callable[[list[int], StringStore], list[int]]:
    """The lemma id of each word id as the lookup lemmatizer and then :class:`LemmaCase` set
    it: a word the table leaves as it is, spelt otherwise than its lexeme's lower form, gets
    that lower form's lemma."""
    plain = _lemma_ids(table)

    def compute(orths: list[int], strings: StringStore) -> list[int]:
        lemmas = plain(orths, strings)
        lowers = [vocab[orth].lower for orth in orths]
        redo = [k for k, orth in enumerate(orths) if lemmas[k] == orth and lowers[k] != orth]
        if redo:
            for k, lemma in zip(redo, plain([lowers[k] for k in redo], strings), strict=True):
                lemmas[k] = lemma
        return lemmas

    return compute


def _lemma_lookup(lang: str) -> dict[str, str]:
    tables = spacy.util.registry.lookups.get(lang)
    if "lemma_lookup" not in tables:
        raise ValueError(Errors.E1004.format(mode="lookup", tables=["lemma_lookup"], found=[]))
    return spacy.util.load_language_data(tables["lemma_lookup"])


@Language.factory(
    "narrlint_lookup_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "lookup",
        "overwrite": False,
        "fold_case": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
)
def make_lookup_lemmatizer(
    nlp, model, name, mode, overwrite, fold_case, scorer
) -> LookupLemmatizer:
    pipe = LookupLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
    pipe.fold_case = fold_case
    return pipe


def ledger_phrases(ledger: Ledger) -> list[tuple[str, str, str]]:
    """``(label, phrase, id)`` for everything the ledger can name, in the ruler's order."""
    found: list[tuple[str, str, str]] = []
    for person in ledger.people.values():
        for phrase in (person.name.split(" (")[0], *person.aliases):
            found.append((PERSON, phrase, person.id))
    for office in ledger.offices.values():
        found += [(TITLE, title, title) for title in office.titles]
    for category in ledger.categories.values():
        found += [(CATEGORY, term, category.id) for term in category.terms]
    for government in ledger.governments:
        found += [(GOVERNMENT, term, term) for term in government.terms]
    return found


def entity_patterns(
    ledger: Ledger, tokenizer=None, words: dict[str, tuple[str, ...]] | None = None
) -> list[dict]:
    """EntityRuler patterns for everything the ledger can name (``tokenizer``: the pipeline's,
    so that phrases split exactly as drafts do; default the blank English one). ``words``:
    each lower-cased phrase's words as that tokenizer splits it, when already known (the
    derived-values store keeps them: :func:`_ruler_patterns`)."""
    patterns: list[dict] = []
    seen: set[tuple[str, str, str]] = set()
    for label, phrase, ident in ledger_phrases(ledger):
        for lowered in spellings(phrase.strip().lower()):
            if not lowered or (label, lowered, ident) in seen:
                continue
            seen.add((label, lowered, ident))
            split = words[lowered] if words is not None else _split(lowered, tokenizer)
            tokens = [{"LOWER": w} for w in split]
            patterns.append({"label": label, "pattern": tokens, "id": ident})
    return patterns


def spellings(lowered: str) -> tuple[str, ...]:
    """A lowered ledger phrase as written, composed (NFC) and decomposed (NFD): a draft exported
    on macOS or copied out of some CMSs writes "ö" as "o" and a combining diaeresis, and the
    ruler compares code points. Matching both forms finds the name without normalising the
    draft, which would move every offset after it."""
    if lowered.isascii():
        return (lowered,)
    forms = (lowered, unicodedata.normalize("NFC", lowered), unicodedata.normalize("NFD", lowered))
    return tuple(dict.fromkeys(forms))


GLUED_COLON = r"[\)\]]:(?=[^\W_])"
"""A colon glued between a closing bracket and a word: wire copy writes its credit that way
("ISLAMABAD, Jan 21 (APP):State Minister for Interior ..."), and spaCy's own infixes split a
colon only between letters or digits, so ``APP):State`` stayed one token and hid the title
or date after it."""


GLUED_POSSESSIVE = r"(?<=[A-Za-z])['’]s(?=[a-z]{2,})"
"""A possessive glued to the next word: a page's markup that drops the space after it leaves
"Interior Minister’sremarks" or "Trump’sstrategic" as one token, where the entity ruler finds no
title or name. Split into word, "’s" and word, as with the space; only before two or more
lower-case letters, so a contraction ("it's", "don't") or an initial is untouched."""


NUMBER_TOKEN = re.compile(r"^\d+(?:[.,]\d+)+$")
"""A number with decimal or thousands separators in digits of any script: spaCy counts the
Extended Arabic-Indic digits Urdu and Persian newsrooms type (U+06F0-U+06F9) as letters of the
Arabic block and split ``۱.۴`` at the point (a new sentence after "۱", read as "۴ million")."""


def blank_english() -> Language:
    """A blank English pipeline whose tokenizer also splits at :data:`GLUED_COLON` and
    :data:`GLUED_POSSESSIVE` and keeps a
    :data:`NUMBER_TOKEN` whole, built with them (setting either on a built tokenizer reloads
    all its special cases: 0.1-0.2 s of start-up each). Every pipeline narrlint tokenizes with
    is built here or by :func:`with_narrlint_tokenizer`, so ledger phrases and drafts split
    alike."""
    return _narrlint_english()()


@functools.lru_cache(maxsize=1)
def _narrlint_english() -> type[Language]:
    """English with narrlint's tokenizer rules in its defaults: one class per process."""
    from spacy.lang.en import English

    class Defaults(English.Defaults):
        infixes = (*(English.Defaults.infixes or ()), GLUED_COLON, GLUED_POSSESSIVE)
        token_match = NUMBER_TOKEN.match

    class NarrlintEnglish(English):
        pass

    NarrlintEnglish.Defaults = Defaults
    return NarrlintEnglish


def with_narrlint_tokenizer(nlp: Language) -> Language:
    """A trained pipeline's tokenizer given the same rules as :func:`blank_english`."""
    from spacy.util import compile_infix_regex

    infixes = [*(nlp.Defaults.infixes or ()), GLUED_COLON, GLUED_POSSESSIVE]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if nlp.tokenizer.token_match is None:
        nlp.tokenizer.token_match = NUMBER_TOKEN.match
    return nlp


@functools.lru_cache(maxsize=1)
def _tokenizer():
    """The blank English tokenizer, built on first use: building it costs ~0.1 s of start-up."""
    return blank_english().tokenizer


def _split(phrase: str, tokenizer=None) -> list[str]:
    """Tokenize a ledger phrase exactly as drafts are tokenized."""
    return [t.text for t in (tokenizer or _tokenizer())(phrase) if not t.is_space]


def phrase_patterns(
    patterns: list[dict], tokenizer, read: dict[str, tuple[str, ...]] | None = None
) -> list[dict]:
    """Turn token patterns (``[{"LOWER": w}, ...]``) into phrase patterns where that is exact.

    A ``Matcher`` checks every pattern at every token (60 times slower than the tokenizer with
    the seed ledger's 219 patterns); a ``PhraseMatcher`` on ``LOWER`` is a trie lookup and
    matches the same spans, provided the phrase tokenizes back into the very same words. A
    pattern whose words would tokenize differently stays a token pattern. ``read``: each
    phrase's (the words joined by spaces) token texts, when already known.
    """
    converted = []
    for entry in patterns:
        pattern = entry["pattern"]
        simple = isinstance(pattern, list) and all(
            isinstance(t, dict) and len(t) == 1 and isinstance(t.get("LOWER"), str) for t in pattern
        )
        words = [t["LOWER"] for t in pattern] if simple else None
        if words:
            phrase = " ".join(words)
            found = read.get(phrase) if read is not None else None
            if found is None:
                found = _token_texts(phrase, tokenizer)
            if list(found) == words:
                converted.append({**entry, "pattern": phrase})
                continue
        converted.append(entry)
    return converted


def _token_texts(phrase: str, tokenizer) -> tuple[str, ...]:
    """The texts of the tokens of ``phrase``, spaces included."""
    return tuple(t.text for t in tokenizer(phrase))


def _ruler_patterns(nlp: Language, ledger: Ledger, model: str | None) -> list[dict]:
    """The entity ruler's patterns for ``ledger`` (:func:`entity_patterns` turned into
    :func:`phrase_patterns`), the tokenizer's reading of each phrase kept between runs in the
    derived-values store: tokenizing the ledger's 3,000 phrases twice was a tenth of a second
    of every start. Keyed by the ledger's fingerprint, the model, spaCy's version and the code
    of this package; any other ledger (not read through the cache) tokenizes every phrase."""
    store = ledgercache.derived_store(
        ledger,
        model or "",
        f"spacy {spacy.__version__}",
        ledgercache.code_digest(*sorted(Path(__file__).parent.glob("*.py"))),
    )
    tokenizer = nlp.tokenizer
    lowered = [
        form
        for _, phrase, _ in ledger_phrases(ledger)
        for form in spellings(phrase.strip().lower())
    ]
    words = ledgercache.derived_values(
        store,
        "entity_words",
        [p for p in lowered if p],
        lambda phrase: tuple(_split(phrase, tokenizer)),
        _is_words,
    )
    patterns = entity_patterns(ledger, tokenizer, words)
    joined = [" ".join(split) for split in words.values() if split]
    read = ledgercache.derived_values(
        store, "entity_phrase_tokens", joined, lambda p: _token_texts(p, tokenizer), _is_words
    )
    return phrase_patterns(patterns, tokenizer, read)


def _is_words(value: object) -> bool:
    """A stored phrase's words or tokens: a tuple of strings."""
    return isinstance(value, tuple) and all(isinstance(w, str) for w in value)


def build_pipeline(ledger: Ledger, model: str | None = None) -> Language:
    """Build (once per process and ledger) the pipeline that parses drafts and corpus."""
    key = (id(ledger), model)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None and cached[0] is ledger:
            return cached[1]
        nlp = with_narrlint_tokenizer(_load_trained(model)) if model else blank_english()
        own_lemmatizer = "lemmatizer" not in nlp.pipe_names
        if own_lemmatizer:
            nlp.add_pipe(
                "narrlint_lookup_lemmatizer",
                name="lemmatizer",
                config={"mode": "lookup", "fold_case": True},
            )
            nlp.initialize()  # before the ruler: initializing an entity ruler clears it
        # The ruler's phrase patterns are parsed by every component before it, though matching
        # on LOWER needs only the tokenizer: add them while the ruler comes first of narrlint's
        # components (3,000 ledger phrases through the whole pipeline were a fifth of start-up).
        ruler = nlp.add_pipe(
            "narrlint_entity_ruler",
            name="narrlint_entities",
            config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
        )
        patterns = _ruler_patterns(nlp, ledger, model)
        # spaCy runs each phrase through the components before the ruler (the lemmatizer:
        # a quarter of building the pipeline); LOWER needs the tokenizer alone.
        with nlp.select_pipes(enable=["narrlint_entities"]):
            ruler.add_patterns(patterns)
        nlp.add_pipe("narrlint_blocks", first=True)
        nlp.add_pipe("narrlint_glued_dashes", first=True)
        if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
            anchor = "lemmatizer" if own_lemmatizer else "narrlint_entities"
            nlp.add_pipe("narrlint_sentencizer", name="sentencizer", before=anchor)
            nlp.add_pipe("narrlint_sentence_cap", before=anchor)
        if not own_lemmatizer:  # narrlint's own lemmatizer folds case itself
            nlp.add_pipe("narrlint_lemma_case", before="narrlint_entities")
        nlp.add_pipe("narrlint_quantities")
        while len(_CACHE) >= _CACHE_SIZE:
            del _CACHE[next(iter(_CACHE))]
        _CACHE[key] = (ledger, nlp)
        return nlp


def _load_trained(model: str) -> Language:
    """A configured trained pipeline; its own NER is dropped (the ledger decides entities)."""
    if not is_pipeline_package(model):
        raise ConfigError(
            f"model: spaCy pipeline {model!r} is not installed: 'model' names an installed "
            "pipeline package such as en_core_web_sm (install it, or remove 'model' to use "
            "the built-in blank pipeline)"
        )
    try:
        return spacy.load(model, exclude=["ner", "entity_ruler"])
    except OSError:
        raise ConfigError(
            f"model: spaCy pipeline {model!r} is not installed "
            f"(install it, or remove 'model' to use the built-in blank pipeline)"
        ) from None
