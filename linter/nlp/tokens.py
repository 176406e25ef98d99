"""Token attributes as plain Python lists, computed once per doc.

Rules walk tokens by index many times per sentence; every ``doc[i]`` builds a new spaCy
``Token`` object, which is most of what such loops cost. ``lowers(doc)[i]`` is
``doc[i].lower_`` without that cost: read as one array of string hashes, mapped to strings
through a table shared by all docs. The lists live in ``doc.user_data`` so every rule shares
them, and they are dropped with the doc.
"""

from __future__ import annotations

import itertools
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy and numpy are imported where a doc is read: a reader's module that
    # imports these helpers (every claims module) loads neither (``narrlint rules``)
    import numpy
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

_LOWERS = "narrlint.nlp.tokens.lowers"


def lowers(doc: Doc) -> list[str]:
    """``[token.lower_ for token in doc]``, computed once per doc: each word's lower form (its
    lexeme's, as a token's is) through a table by word id (:data:`_ID_STRINGS`), from the
    ORTH column the pipeline has already read (:func:`orth_ids`) instead of a column of its
    own (``Doc.to_array`` costs 0.1-0.2 µs a token and a column)."""
    cached = doc.user_data.get(_LOWERS)
    if cached is None or len(cached) != len(doc):
        table = _id_strings("lower", lambda ids, vocab: [vocab[key].lower_ for key in ids])
        cached = doc.user_data[_LOWERS] = table(orth_ids(doc), doc.vocab).tolist()
    return cached


_ID_STRINGS: dict[str, IdValues] = {}
"""The string of each word id (a lexeme's lower form, a word as written, a lower-cased lemma)
for every id seen so far, shared by all docs (spaCy's hashes are the same in every vocab, so
one table serves all docs and grows with the vocabulary): an :class:`IdValues` of
strings maps a doc's whole column with one ``searchsorted`` and two takes (about 25 µs an
800-word draft), where a dict mapped each id as a Python int (``tolist``, then a lookup whose
key compares unequal by identity: 90 µs)."""


def _id_strings(name: str, compute: Callable[[list[int], Vocab], list[str]]) -> IdValues:
    """The shared :data:`_ID_STRINGS` table ``name``, made on first use (it imports numpy,
    which a module that only imports these helpers must not)."""
    table = _ID_STRINGS.get(name)
    if table is None:
        table = _ID_STRINGS.setdefault(name, IdValues(compute, object))  # type: ignore[arg-type]
    return table


def _texts_of(ids: list[int], vocab: Vocab) -> list[str]:
    """The strings of hashes: a word as written (table ``"text"``, keyed by the words' ids as
    the other tables of words are, so that they share a doc's positions: :data:`_LAST_FOUND`)
    or an entity label (table ``"label"``)."""
    return [vocab.strings[key] for key in ids]


_ORTHS = "narrlint.nlp.quantities.orth_ids"


def orth_ids(doc: Doc) -> numpy.ndarray:
    """``doc.to_array(ORTH)``, read once per doc and shared by the pipeline's components (the
    sentencizer, the lemmatizer, lemma_case and the quantities each read it) and the word
    lists here: a column costs 0.1-0.2 µs a token. A token's ORTH never changes after
    tokenization; the length check drops a column left from another doc's chunk. Never write
    into it."""
    cached = doc.user_data.get(_ORTHS)
    if cached is None or len(cached) != len(doc):
        from spacy.attrs import ORTH

        cached = doc.user_data[_ORTHS] = doc.to_array(ORTH)
    return cached


_TEXTS = "narrlint.nlp.tokens.texts"


def texts(doc: Doc) -> list[str]:
    """``[token.text for token in doc]``, computed once per doc (like :func:`lowers`): for
    tests on the words as written (case, digits, punctuation) without a Token per index."""
    cached = doc.user_data.get(_TEXTS)
    if cached is None or len(cached) != len(doc):
        table = _id_strings("text", _texts_of)
        cached = doc.user_data[_TEXTS] = table(orth_ids(doc), doc.vocab).tolist()
    return cached


_LEMMAS = "narrlint.nlp.tokens.lemma_lowers"


def lemma_lowers(doc: Doc) -> list[str]:
    """``[token.lemma_.lower() for token in doc]``, computed once per doc: readers test every
    token's lemma, and ``doc[i]`` builds a new Token object each time."""
    cached = doc.user_data.get(_LEMMAS)
    if cached is None or len(cached) != len(doc):
        from spacy.attrs import LEMMA

        table = _id_strings(
            "lemma lower", lambda ids, vocab: [vocab.strings[key].lower() for key in ids]
        )
        cached = doc.user_data[_LEMMAS] = table(doc.to_array(LEMMA), doc.vocab).tolist()
    return cached


class IdValues:
    """A value for every string id seen so far, looked up for a whole doc column at once.

    Pipeline components decide something per distinct word (its lemma, whether it may be a
    number…) but meet each word in doc after doc: the ids are kept sorted beside their
    values, a doc's ids are found with one ``searchsorted``, and only ids never seen before
    reach ``compute`` (which gets them as Python ints, and the doc's string store to read
    them, and returns one value each). String ids are the same in every vocab, so one table
    serves every doc.
    """

    def __init__(
        self, compute: Callable[[list[int], StringStore], list[int]], dtype, limit: int = 1_000_000
    ):
        import numpy

        self.compute = compute
        self.dtype = dtype
        self.limit = limit
        self._table = (numpy.zeros(0, dtype=numpy.uint64), numpy.zeros(0, dtype=dtype))
        """(sorted ids, their values), replaced whole: a thread reads one consistent pair."""

    @property
    def ids(self) -> numpy.ndarray:
        return self._table[0]

    def __call__(self, ids: numpy.ndarray, strings: StringStore) -> numpy.ndarray:
        """The value of each id in ``ids`` (a uint64 array), in order."""
        import numpy

        known, values = self._table
        last = _LAST_FOUND[0]
        if last[0] is ids and last[1] is known:
            # the same doc column against the same ids as the previous table asked: every
            # table keyed by word ids has the doc's positions already (:data:`_LAST_FOUND`)
            return values.take(last[2], mode="clip")
        where = numpy.searchsorted(known, ids)
        if len(known) and (known.take(where, mode="clip") == ids).all():
            # every id known (the usual case): two takes instead of the masks below
            _LAST_FOUND[0] = (ids, known, where)
            return values.take(where, mode="clip")
        hit = where < len(known)
        hit[hit] = known[where[hit]] == ids[hit]
        if not hit.all():
            if len(known) > self.limit:  # a long-lived process: start afresh
                known, values = known[:0], values[:0]
                hit[:] = False
            # sorted(set()) rather than numpy.unique, whose first call imports numpy.ma
            # (20-30 ms of every cold start) for the same sorted distinct ids
            new = numpy.array(sorted(set(ids[~hit].tolist())), dtype=ids.dtype)
            computed = numpy.array(self.compute(new.tolist(), strings), dtype=self.dtype)
            at = numpy.searchsorted(known, new)
            known = _shared(numpy.insert(known, at, new))
            values = numpy.insert(values, at, computed)
            self._table = (known, values)
            last = _LAST_FOUND[0]
            if last[0] is ids and last[1] is known:  # another table grew the same way before
                return values.take(last[2], mode="clip")
            where = numpy.searchsorted(known, ids)
            _LAST_FOUND[0] = (ids, known, where)
        return values[where]


_LAST_FOUND: list[tuple] = [(None, None, None)]
"""(ids, known ids, the positions of ``ids`` in them) of the last lookup that found every id:
the tables keyed by word ids (the lower forms, the texts, the pipeline's sentence flags, lemmas
and number flags) are asked of the same doc column (:func:`orth_ids`) one after another, and
once they have seen the same words they share one array of known ids (:func:`_shared`), so
the doc's positions are searched once, not once a table (a search and a check of every token,
60-100 µs an 800-word draft each). Matched by identity: a new column or a grown table
searches again. One tuple, replaced whole: a thread reads one consistent answer."""

_KNOWN: list[numpy.ndarray] = []
"""The latest arrays of known ids the tables have grown to, newest first (a few)."""
_KNOWN_KEPT = 8


def _shared(known: numpy.ndarray) -> numpy.ndarray:
    """``known``, or an equal array of known ids another table grew to before (the same object
    for every table that has seen the same ids: :data:`_LAST_FOUND`)."""
    import numpy

    for other in _KNOWN:
        if len(other) == len(known) and numpy.array_equal(other, known):
            return other
    _KNOWN.insert(0, known)
    del _KNOWN[_KNOWN_KEPT:]
    return known


_SENTENCES = "narrlint.nlp.tokens.sentences"


def sentences(doc: Doc) -> tuple[Span, ...]:
    """``tuple(doc.sents)``, built once per doc from the ``SENT_START`` column and shared by
    every reader (each ``doc.sents`` loop checks the whole doc's annotation, then builds a new
    Span per sentence). The spans are shared: read them, never change them."""
    cached = doc.user_data.get(_SENTENCES)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    import numpy
    from spacy.attrs import SENT_START
    from spacy.tokens import Span

    if "sents" in doc.user_hooks or not len(doc) or not doc.has_annotation("SENT_START"):
        found = tuple(doc.sents)  # a hook's own sentences, or spaCy's error when there are none
    else:
        starts = numpy.flatnonzero(doc.to_array(SENT_START)[1:] == 1) + 1
        bounds = [0, *starts.tolist(), len(doc)]
        found = tuple(Span(doc, a, b) for a, b in itertools.pairwise(bounds))
    doc.user_data[_SENTENCES] = (len(doc), found)
    return found


def sentence_at(doc: Doc, i: int) -> Span:
    """``doc[i].sent`` without building a Token and walking to the sentence's bounds: the
    sentence is found by bisection over the starts of the shared :func:`sentences` (readers ask
    for the sentence of many tokens). A pipeline with its own ``sent`` hooks is asked itself."""
    if "sent" in doc.user_span_hooks or "sent" in doc.user_token_hooks:
        return doc[i : i + 1].sent
    cached = doc.user_data.get(_SENTENCE_STARTS)
    if cached is None or cached[2] != len(doc):  # :func:`sentences` is kept by length too
        spans = sentences(doc)
        cached = doc.user_data[_SENTENCE_STARTS] = (spans, [s.start for s in spans], len(doc))
    return cached[0][bisect_right(cached[1], i) - 1]


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence holding token ``i`` (see :func:`sentence_at`)."""
    sentence = sentence_at(doc, i)
    return sentence.start, sentence.end


_SENTENCE_STARTS = "narrlint.nlp.tokens.sentence_starts"


def _sorted_spans(doc: Doc, key: str) -> tuple[list[int], list[Span], int]:
    """``doc.spans[key]`` sorted by start once per doc: (starts, spans, longest span)."""
    cache_key = ("narrlint.nlp.tokens.spans", key)
    shared = spans_of(doc, key)  # the group's Spans, built once per doc for every reader
    cached = doc.user_data.get(cache_key)
    if cached is None or cached[3] is not shared:
        spans = sorted(shared, key=lambda s: (s.start, s.end))
        longest = max((s.end - s.start for s in spans), default=0)
        cached = doc.user_data[cache_key] = ([s.start for s in spans], spans, longest, shared)
    return cached[0], cached[1], cached[2]


def spans_overlapping(doc: Doc, key: str, start: int, end: int) -> list[Span]:
    """The spans of ``doc.spans[key]`` that share a token with ``start:end`` (a date that runs
    over a sentence's edge included), by bisection: asking once per sentence stays linear."""
    starts, spans, longest = _sorted_spans(doc, key)
    found = []
    for index in range(bisect_left(starts, start - longest), len(spans)):
        span = spans[index]
        if span.start >= end:
            break
        if span.end > start:
            found.append(span)
    return found


def spans_within(doc: Doc, key: str, start: int, end: int) -> list[Span]:
    """The spans of ``doc.spans[key]`` that lie inside tokens ``start:end``, by bisection over
    a start-sorted copy made once per doc: asking once per sentence stays linear."""
    starts, spans, _ = _sorted_spans(doc, key)
    found = []
    for index in range(bisect_left(starts, start), len(spans)):
        span = spans[index]
        if span.start >= end:
            break
        if span.end <= end:
            found.append(span)
    return found


# ---------------------------------------------------------------------------------------------
# Where words of a set stand
#
# Readers ask about six word sets a doc, the same module-level sets for every doc. Testing every
# token for each (``compress(count(), map(words.__contains__, column))``, 30-50 µs a set on 800
# words) walked the doc six times. Instead one pass a doc and column finds the tokens whose word
# is in any set asked of that column so far (a process-wide union per column), and files their
# indices by word; each set is then its words present in that small index (under a µs when none
# is). A set with a word not asked before joins its column's union, and a doc's index of that
# column is rebuilt for it. One union per column: the lemma index need not file the hundreds of
# lower-case words the readers ask of :func:`lowers`.

_ASKED: dict[str, set[str]] = {}
"""Per shared column (the key of its index: ``narrlint.nlp.tokens.lower_index`` for
:func:`where_lower`, ``…lemma_index`` for :func:`where_lemma`), every word of every set asked
of it."""
_ASKED_LIMIT = 20_000
"""Past this many words in a column's union (sets built per call rather than once), sets are
tested directly."""
_ASKED_LOCK = threading.Lock()


_IN_UNION: dict[str, tuple[set[str], set[frozenset[str]], list[int]]] = {}
"""Per shared column, its union in :data:`_ASKED`, the word sets already found whole in it and
the count of their words: the readers ask the same module-level sets of every doc (42 set
objects over every data set and 200 drafts), and a set met before needs no subset test (one
per set and doc, a hash lookup per word, ~90 µs an 800-word draft)."""
_IN_UNION_LIMIT = 50_000
"""Past this many words in the sets remembered for a column (sets built per call, which the
memo would keep alive), the memo starts afresh."""


def _word_index(doc: Doc, key: str, column: list[str], words: frozenset[str]):
    """Word → its indices in ``column`` (one of the doc's shared lists), for every word of
    the column's union in :data:`_ASKED`, once per list and union; None once the union is
    full."""
    union = _ASKED.get(key)
    if union is None:
        with _ASKED_LOCK:
            union = _ASKED.setdefault(key, set())
    memo = _IN_UNION.get(key)
    if memo is None or memo[0] is not union:  # a new union (a test's) drops the old memo
        memo = _IN_UNION[key] = (union, set(), [0])
    if words not in memo[1]:
        if not words <= union:
            with _ASKED_LOCK:
                if len(union) + len(words) > _ASKED_LIMIT:
                    return None
                union.update(words)
        if memo[2][0] + len(words) > _IN_UNION_LIMIT:
            memo[1].clear()
            memo[2][0] = 0
        memo[1].add(words)
        memo[2][0] += len(words)
    cached = doc.user_data.get(key)
    asked = len(union)  # the union only grows: its size names its version
    if cached is None or cached[0] is not column or cached[1] != asked:
        index: dict[str, list[int]] = {}
        flags = list(map(union.__contains__, column))
        hits = itertools.compress(range(len(column)), flags)
        for i, word in zip(hits, itertools.compress(column, flags), strict=True):
            found = index.get(word)
            if found is None:
                index[word] = [i]
            else:
                found.append(i)
        cached = doc.user_data[key] = (column, asked, index)
    return cached[2]


def _where(
    doc: Doc, key: object, words: frozenset[str], read: Callable[[Doc], list[str]], kind: str
) -> list[int]:
    """Indices whose word in the column ``read(doc)`` is in ``words``, in order, cached in
    ``doc.user_data[key]`` (with the doc's length): the column is fetched only when the
    answer is not (most asks of a set are its second and later in a doc)."""
    cached = doc.user_data.get(key)
    if cached is None or cached[0] != len(doc):
        column = read(doc)
        index = _word_index(doc, kind, column, words)
        if index is None:
            found = list(itertools.compress(itertools.count(), map(words.__contains__, column)))
        else:
            present = words & index.keys()
            if not present:
                found = []
            elif len(present) == 1:
                found = list(index[next(iter(present))])
            else:
                found = sorted(itertools.chain.from_iterable(index[w] for w in present))
        cached = doc.user_data[key] = (len(doc), found)
    return cached[1]


def where_lower(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-case text is in ``words``, in order (``[i for i, w
    in enumerate(lowers(doc)) if w in words]``), once per doc and word set. Pass a
    module-level frozenset: the set is the cache key."""
    key = ("narrlint.nlp.tokens.where_lower", words)
    return _where(doc, key, words, lowers, "narrlint.nlp.tokens.lower_index")


def where_lemma(doc: Doc, lemmas: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-cased lemma is in ``lemmas``, in order (like
    :func:`where_lower` on :func:`lemma_lowers`)."""
    key = ("narrlint.nlp.tokens.where_lemma", lemmas)
    return _where(doc, key, lemmas, lemma_lowers, "narrlint.nlp.tokens.lemma_index")


class WordTest:
    """A yes/no test of a word that no set can hold ("has a line break", "alphabetic, not a
    stop word, longer than two letters"), computed once per distinct word for every doc, and
    :meth:`where` it holds in a doc (a C-level map over the doc's words through the table).

    ``test(word, vocab)`` gets the word as :func:`lowers` (or ``words``, e.g. :func:`texts`)
    gives it and the doc's vocab, for lexeme flags: a token's ``is_alpha``/``is_stop`` are its
    lexeme's. The table grows with the vocabulary, like the string tables above."""

    def __init__(
        self,
        test: Callable[[str, Vocab], bool],
        words: Callable[[Doc], list[str]] = lowers,
        limit: int = 1_000_000,
    ):
        self.test = test
        self.words = words
        self.limit = limit
        self._table: dict[str, bool] = {}
        self._by_id: IdValues | None = None
        """The test's answer per word id, for a test of :func:`lowers` or :func:`texts` (the
        words of the doc's ORTH column): :meth:`where` then takes the doc's answers at the
        positions the word lists found (:data:`_LAST_FOUND`) instead of mapping its words
        (a word written in two ways is tested once each way)."""

    def where(self, doc: Doc) -> list[int]:
        """Indices of the doc's tokens whose word passes the test, in order, once per doc."""
        key = ("narrlint.nlp.tokens.WordTest", self)
        cached = doc.user_data.get(key)
        if cached is None or cached[0] != len(doc):
            if self.words is lowers or self.words is texts:
                import numpy

                flags = self._ids()(orth_ids(doc), doc.vocab)
                found = numpy.flatnonzero(flags).tolist()
            else:
                found = self._passing(self.words(doc), doc.vocab, itertools.count())
            cached = doc.user_data[key] = (len(doc), found)
        return cached[1]

    def _ids(self) -> IdValues:
        """:attr:`_by_id`, made on first use; the word of an id is the one :func:`lowers`
        (its lexeme's lower form) or :func:`texts` (its string) gives."""
        table = self._by_id
        if table is None:
            test, lower = self.test, self.words is lowers

            def compute(ids: list[int], vocab: Vocab) -> list[bool]:
                if lower:
                    return [bool(test(vocab[key].lower_, vocab)) for key in ids]
                return [bool(test(vocab.strings[key], vocab)) for key in ids]

            table = self._by_id = IdValues(compute, bool, self.limit)  # type: ignore[arg-type]
        return table

    def within(self, doc: Doc, start: int, end: int) -> list[int]:
        """Indices in ``start:end`` whose word passes the test (not cached: for a reader that
        asks about a few spans of a doc, where testing the whole doc would cost more)."""
        return self._passing(self.words(doc)[start:end], doc.vocab, range(start, end))

    def _passing(self, words: list[str], vocab: Vocab, indices: Iterable[int]) -> list[int]:
        """The items of ``indices`` whose word in ``words`` passes (one C-level pass through
        the table once every word is in it)."""
        table = self._table
        try:
            return list(itertools.compress(indices, map(table.__getitem__, words)))
        except KeyError:
            if len(table) > self.limit:  # a long-lived process: start afresh
                table.clear()
            for word in set(words).difference(table):
                table[word] = bool(self.test(word, vocab))
        if isinstance(indices, itertools.count):
            indices = itertools.count()  # the failed pass consumed some
        return list(itertools.compress(indices, map(table.__getitem__, words)))


_ENTS = "narrlint.nlp.tokens.ents"


def ents(doc: Doc) -> list[str]:
    """``[token.ent_type_ for token in doc]`` ("" outside an entity), once per doc: readers
    ask whether a word is a PERSON or a TITLE of the ledger without building its Token."""
    cached = doc.user_data.get(_ENTS)
    if cached is None or len(cached) != len(doc):
        from spacy.attrs import ENT_TYPE

        table = _id_strings("label", _texts_of)  # not "text": see _LAST_FOUND
        cached = doc.user_data[_ENTS] = table(doc.to_array(ENT_TYPE), doc.vocab).tolist()
    return cached


_ENTITIES = "narrlint.nlp.tokens.entities"


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, once per doc: each ``doc.ents`` builds a new Span per entity (about 10 µs
    for an 800-word draft), and several readers ask. The spans are shared: read them, never
    change them (a doc whose entities are set again must not have been asked before)."""
    cached = doc.user_data.get(_ENTITIES)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[_ENTITIES] = (len(doc), doc.ents)
    return cached[1]


def spans_of(doc: Doc, key: str) -> tuple[Span, ...]:
    """``tuple(doc.spans[key])`` in the group's order, once per doc: iterating a span group
    builds a new Span per item each time. The spans are shared: read them, never change them."""
    cache_key = ("narrlint.nlp.tokens.spans_of", key)
    group = doc.spans.get(key)
    size = len(group) if group is not None else 0
    cached = doc.user_data.get(cache_key)
    if cached is None or len(cached) != size:
        cached = doc.user_data[cache_key] = tuple(group) if group is not None else ()
    return cached


def span_ends(doc: Doc, key: str) -> dict[int, int]:
    """Start → end of the spans of ``doc.spans[key]`` ("numbers": where the number starting
    at a token ends), once per doc; the first span at a start wins."""
    cache_key = ("narrlint.nlp.tokens.span_ends", key)
    spans = spans_of(doc, key)
    cached = doc.user_data.get(cache_key)
    if cached is None or cached[0] is not spans:
        ends: dict[int, int] = {}
        for span in spans:
            ends.setdefault(span.start, span.end)
        cached = doc.user_data[cache_key] = (spans, ends)
    return cached[1]


_SPAN_TYPE: list[type[Span]] = []
"""spaCy's ``Span`` class, imported on the first span made: the claims modules that make spans
import no spaCy at load, so ``narrlint rules`` and ``narrlint rule CODE`` start without it."""


def new_span(doc: Doc, start: int, end: int, **attrs: object) -> Span:
    """``Span(doc, start, end, **attrs)`` (label, span_id …) for a reader that makes spans."""
    if not _SPAN_TYPE:
        from spacy.tokens import Span

        _SPAN_TYPE.append(Span)
    return _SPAN_TYPE[0](doc, start, end, **attrs)
