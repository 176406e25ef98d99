"""Running the pipeline over prose of any length.

spaCy refuses texts longer than ``nlp.max_length`` (1,000,000 characters by default), and a
20 MB draft or a megabyte on one line must still be linted. Raising the limit would work for
the blank pipeline but not for a configured trained one (whose parser needs ~1 GB per 100,000
characters), so long prose is cut into chunks, each run through the pipeline with
``nlp.pipe``, and joined with ``Doc.from_docs``.

Cuts fall where the joined doc cannot tell the difference: after a block separator (every
block already starts a sentence), else after a sentence end (a lower-case word, a full stop,
a space and a capital: not "Dec. 5"), else after a space,
and only as a last resort inside a run of text with no space at all. The chunks are slices of
the compact prose text and are joined without inserted whitespace, so the doc's text, and
with it every offset rules and the piece table use, is exactly ``prose.text``.

Joining: ``Doc.from_docs`` holds every chunk doc, their attribute arrays, a list of every
token's text and the joined doc at once (2.5 GB for a 20 MB draft). Since spaCy's tokenizer
splits at whitespace whatever the context, the whole text is tokenized once instead (no
``max_length`` there: it guards the parser and NER, not the tokenizer), each chunk runs
through the pipeline, and its annotations are copied into that doc at the chunk's token
offset, chunk by chunk. Should a chunk's tokens ever not line up (a cut inside a word), the
chunks are joined with ``Doc.from_docs`` after all.

Tokenizer cache: spaCy's tokenizer stops filling its cache for the rest of a call once that
call has met a special case ("don't", "Dr."; spaCy issue #1250), so one long call analyses
nearly every word afresh (0.20 s for a 700,000-character draft, against 0.04 s once the cache
holds its words). For texts past ``WARM_CHARS``, each distinct word is first tokenized alone,
which fills the cache, and then the text whole: the tokens are those of the whole call (the
cache holds a word's analysis under the word's text, whatever surrounds it), only cheaper.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy
from spacy.attrs import (
    DEP,
    ENT_ID,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    LEMMA,
    MORPH,
    NORM,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc, Span

CHUNK_CHARS = 200_000
"""Largest chunk handed to the pipeline. Texts up to this size are parsed in one call, exactly
as before chunking existed; larger ones in pieces of at most this size (well under spaCy's
``max_length``, and small enough that one chunk's temporary arrays stay a few megabytes)."""

ANNOTATIONS = (
    NORM,
    LEMMA,
    TAG,
    POS,
    MORPH,
    DEP,
    HEAD,
    SENT_START,
    ENT_IOB,
    ENT_TYPE,
    ENT_KB_ID,
    ENT_ID,
)
"""Token attributes a pipeline may set, copied from each chunk into the joined doc."""
_ENTITY = (ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID)
_IOB = ANNOTATIONS.index(ENT_IOB)

_CUTS = (
    re.compile(r"\n\n"),  # a block separator: the next block starts a sentence anyway
    re.compile(r"(?<=[a-z]{3}[.!?]) (?=[A-Z])"),  # "border. The", not "Dec. 5" or "U.S. The"
    re.compile(r" "),
)
"""Where to cut, best first; a chunk ends where the match ends."""


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """``[start, end)`` ranges covering ``text`` in order, each at most ``limit`` long."""
    start, size = 0, len(text)
    while size - start > limit:
        end = start + limit
        cut = end
        for pattern in _CUTS:
            matches = list(pattern.finditer(text, start + 1, end))
            if matches:
                cut = matches[-1].end()
                break
        yield start, cut
        start = cut
    if start < size or size == 0:
        yield start, size


WARM_CHARS = 20_000
WARM_PIECE = 5_000
WARM_WORD = 100
"""Longest word warmed alone: a longer run without a space is rare, and analysing it twice (a
megabyte on one line) would double the whole call's cost for nothing."""


def warm_tokenizer(nlp: Language, text: str) -> None:
    """Fill the tokenizer's cache with the words of a long ``text`` (see the module notes).

    Each distinct word (a run without whitespace: what the tokenizer caches under its text) is
    tokenized alone, so its analysis is cached unless the word itself holds a special case.
    Pieces of text (round 18) left out of the cache every word after a piece's first special
    case, and the whole call analysed those again: the 20,000-word draft's warm-up and whole
    call took 0.099 s in a fresh process and 0.033 s once the process had seen it, and take
    0.088 s and 0.021 s so. The text is read in pieces, so no list of all its words is built
    (a 20 MB draft has 3.5 million)."""
    if len(text) <= WARM_CHARS:
        return
    tokenizer = nlp.tokenizer
    seen: set[str] = set()
    for start, end in chunk_bounds(text, WARM_PIECE):
        for word in text[start:end].split():
            if word not in seen and len(word) <= WARM_WORD:
                seen.add(word)
                tokenizer(word)


def run_pipeline(nlp: Language, text: str, limit: int = CHUNK_CHARS) -> Doc:
    """``nlp(text)`` for any length of ``text``; the doc's text is always ``text`` itself."""
    warm_tokenizer(nlp, text)
    limit = max(1, min(limit, nlp.max_length))
    if len(text) <= limit:
        return nlp(text)
    bounds = list(chunk_bounds(text, limit))
    doc = _annotate_in_place(nlp, text, bounds)
    if doc is None:
        chunks = nlp.pipe((text[a:b] for a, b in bounds), batch_size=1)
        doc = Doc.from_docs(list(chunks), ensure_whitespace=False)
    # Guards the offset contract of every finding (without building a copy of the text).
    if _text_length(doc) != len(text) or (len(text) < limit * 4 and doc.text != text):
        raise AssertionError("chunked pipeline changed the prose text")  # pragma: no cover
    return doc


def _text_length(doc: Doc) -> int:
    """``len(doc.text)``, from the last token (tokens are contiguous by construction)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def _annotate_in_place(nlp: Language, text: str, bounds: list[tuple[int, int]]) -> Doc | None:
    """Tokenize ``text`` whole and copy each chunk's annotations in; ``None`` if the chunks'
    tokens do not line up with the whole text's."""
    # Per chunk, only the annotation columns the pipeline set (a blank pipeline sets 4 of 12):
    # a (tokens x 12) array for the whole text cost 96 bytes a token, ~300 MB for 20 MB.
    columns: dict[int, list[tuple[int, _Column]]] = {}
    entities: list[tuple[int, int, int, int, int]] = []
    spans: dict[str, list[tuple[int, int, int, int, int]]] = {}
    token = 0
    chunks = nlp.pipe((text[a:b] for a, b in bounds), batch_size=1)
    words: list[numpy.ndarray] = []
    spaces: list[numpy.ndarray] = []
    user_data: dict = {}
    for (start, _end), part in zip(bounds, chunks, strict=True):
        size = len(part)
        if size and part[0].idx != 0:  # pragma: no cover - a chunk never starts with a space
            return None
        tokens = part.to_array([ORTH, SPACY])
        words.append(tokens[:, 0].copy())
        spaces.append(tokens[:, 1].astype(bool))
        del tokens
        values = part.to_array(list(ANNOTATIONS))
        # narrlint's entity ruler tags every token (in an entity or outside): the entities
        # alone then say it all. Otherwise, the chunks are joined with Doc.from_docs.
        if size and not values[:, _IOB].all():  # pragma: no cover - the ruler always runs
            return None
        entities.extend((e.start + token, e.end + token, e.label, e.kb_id, e.id) for e in part.ents)
        for i, attr in enumerate(ANNOTATIONS):
            if attr in _ENTITY:
                continue
            if attr == SENT_START or values[:, i].any():
                columns.setdefault(attr, []).append((token, _Column.of(values[:, i])))
        del values
        for key, group in part.spans.items():
            spans.setdefault(key, []).extend(
                (s.start + token, s.end + token, s.label, s.kb_id, s.id) for s in group
            )
        for key, value in part.user_data.items():
            # Extension values (span._.date…) are keyed by character offsets in the chunk.
            if isinstance(key, tuple) and len(key) == 4 and key[0] == "._." and key[2] is not None:
                kind, name, first, last = key
                shifted = (kind, name, first + start, None if last is None else last + start)
                user_data[shifted] = value
        token += size
    # The whole doc from the chunks' tokens, allocated once at its exact size: spaCy's
    # tokenizer grows a doc by doubling, so the whole text tokenized at once held up to twice
    # its tokens' memory while copying (~900 MB for a 20 MB draft, against ~400 MB).
    doc = Doc(nlp.vocab, words=numpy.concatenate(words), spaces=numpy.concatenate(spaces))
    del words, spaces
    if len(doc) != token or _text_length(doc) != len(text):
        return None
    doc.user_data.update(user_data)
    # One attribute at a time, so that only one whole-text column exists at once.
    for group in [[attr] for attr in ANNOTATIONS if attr in columns]:
        array = numpy.zeros((len(doc), len(group)), dtype=numpy.uint64)
        for j, attr in enumerate(group):
            for first, column in columns.pop(attr):
                column.write(array[:, j], first)
        doc.from_array(group, array)
        del array
    if token:
        # What copying the entity columns set, without a (tokens x 4) array of the whole text.
        doc.set_ents(
            [
                Span(doc, first, last, label=label, kb_id=kb_id, span_id=span_id)
                for first, last, label, kb_id, span_id in entities
            ],
            default="outside",
        )
    for key, group in spans.items():
        doc.spans[key] = [
            Span(doc, first, last, label=label, kb_id=kb_id, span_id=span_id)
            for first, last, label, kb_id, span_id in group
        ]
    return doc


class _Column:
    """One annotation column of one chunk, kept small until it is copied into the whole doc.

    Entity types and ids are set on a few tokens in twenty: kept as (index, value) pairs.
    Sentence starts and entity IOB tags are small numbers (``-1``/``0``/``1``; 0-3): kept as
    one byte. Lemmas and norms are string hashes: kept as they are. Together about 27 bytes
    a token instead of 57, which is most of what chunks held beside the joined doc.
    """

    __slots__ = ("dense", "indices", "length", "small", "values")

    def __init__(self, length: int) -> None:
        self.length = length
        self.dense: numpy.ndarray | None = None
        self.small: numpy.ndarray | None = None
        self.indices: numpy.ndarray | None = None
        self.values: numpy.ndarray | None = None

    @classmethod
    def of(cls, column: numpy.ndarray) -> _Column:
        """A compact copy of a ``uint64`` column from ``Doc.to_array``."""
        kept = cls(len(column))
        nonzero = numpy.flatnonzero(column)
        signed = column.view(numpy.int64)
        if len(nonzero) * 4 < len(column):
            kept.indices, kept.values = nonzero.astype(numpy.int64), column[nonzero]
        elif len(column) and signed.min() >= -128 and signed.max() <= 127:
            kept.small = signed.astype(numpy.int8)
        else:
            kept.dense = column.copy()
        return kept

    def write(self, target: numpy.ndarray, first: int) -> None:
        """Copy the values into ``target`` (a ``uint64`` column of the whole doc) at ``first``."""
        if self.dense is not None:
            target[first : first + self.length] = self.dense
        elif self.small is not None:
            target[first : first + self.length] = self.small.astype(numpy.int64).view(numpy.uint64)
        elif self.indices is not None:
            target[first + self.indices] = self.values
