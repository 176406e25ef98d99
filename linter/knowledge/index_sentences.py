"""Sentences of an indexed corpus that are read from the index only when used.

``find`` may match thousands of sentences of a large archive, of which a rule reads a few;
``corpus.sentences`` may hold millions. These objects are cheap to make and read their line and
text on first use, a growing batch of an answer at a time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from narrlint.errors import CorpusError
from narrlint.knowledge.corpus import CorpusSentence, _story_for

if TYPE_CHECKING:
    from narrlint.knowledge.index_corpus import IndexedCorpus

_SENTENCE_SLOTS = {name: CorpusSentence.__dict__[name] for name in ("id", "story", "line", "text")}
TEXT_BATCH = 32
"""Sentences of one ``find`` answer whose text is read together the first time one of them is
read; each further batch of the same answer is twice as large (up to ``TEXT_BATCH_MAX``): a rule
that reads the first sentence pays for a few rows, one that reads all of them a few queries
instead of one per sentence."""
TEXT_BATCH_MAX = 4096


class Answer:
    """The sentences of one ``find`` answer, in order, for reading their text in batches."""

    __slots__ = ("batch", "sentences")

    def __init__(self) -> None:
        self.sentences: list[IndexedSentence] = []
        self.batch = TEXT_BATCH


class IndexedSentence(CorpusSentence):
    """A corpus sentence from ``find`` whose line and text (and story, when its file holds
    several stories) are read from the index on first use.

    ``find`` may match thousands of sentences of a large corpus, of which a rule reads a few
    (the first piece of evidence, or the first 200 to re-parse): creating them is cheap, reading
    their text is not. Every attribute reads the same values an eager sentence would hold.
    """

    __slots__ = ("_answer", "_corpus", "_index", "_position", "_sid")

    def __init__(
        self,
        ident: int,
        corpus: IndexedCorpus,
        sid: int,
        position: int,
        answer: Answer | None = None,
        index: int = 0,
    ) -> None:
        _SENTENCE_SLOTS["id"].__set__(self, ident)
        stories = corpus._file_stories[position] or corpus._stories_at(position)
        if len(stories) == 1:  # the story does not depend on the line
            _SENTENCE_SLOTS["story"].__set__(self, stories[0])
        object.__setattr__(self, "_corpus", corpus)
        object.__setattr__(self, "_sid", sid)
        object.__setattr__(self, "_position", position)
        object.__setattr__(self, "_answer", answer)
        object.__setattr__(self, "_index", index)

    def _slot(self, name: str):
        slot = _SENTENCE_SLOTS[name]
        try:
            return slot.__get__(self, CorpusSentence)
        except AttributeError:
            self._load()
            return slot.__get__(self, CorpusSentence)

    def _loaded(self) -> bool:
        try:
            _SENTENCE_SLOTS["text"].__get__(self, CorpusSentence)
        except AttributeError:
            return False
        return True

    def _load(self) -> None:
        """Read this sentence, and the next unread ones of its answer, in one query."""
        corpus: IndexedCorpus = self._corpus
        assert corpus.store is not None
        answer: Answer | None = self._answer
        batch: list[IndexedSentence] = [self]
        if answer is not None:
            size = answer.batch
            answer.batch = min(size * 2, TEXT_BATCH_MAX)
            following = answer.sentences[self._index + 1 : self._index + size]
            batch += [s for s in following if not s._loaded()]
        try:
            found = corpus.store.sentences_many([s._sid for s in batch])
        except sqlite3.DatabaseError as exc:
            direct = corpus._bypass(exc).sentences[self.id]
            self._fill(direct.line, direct.text)
            return
        rows = {row[0]: row for row in found}
        for sentence in batch:
            row = rows.get(sentence._sid)
            if row is not None and row[1] == corpus._rows[sentence._position].id:
                sentence._fill(row[3], row[4])
            elif sentence is self:  # the others say so when they are read
                raise CorpusError(
                    "the corpus index changed during this run (another narrlint updated it); "
                    "run again",
                    str(corpus.store.path),
                )

    def _fill(self, line: int, text: str) -> None:
        _SENTENCE_SLOTS["line"].__set__(self, line)
        _SENTENCE_SLOTS["text"].__set__(self, text)
        stories = self._corpus._stories_at(self._position)
        _SENTENCE_SLOTS["story"].__set__(self, _story_for(stories, line))

    story = property(lambda self: self._slot("story"))  # type: ignore[assignment]
    line = property(lambda self: self._slot("line"))  # type: ignore[assignment]
    text = property(lambda self: self._slot("text"))  # type: ignore[assignment]


class LazySentences(Sequence[CorpusSentence]):
    """``corpus.sentences`` without loading them: sentence ``i`` is read when asked for."""

    def __init__(self, corpus: IndexedCorpus) -> None:
        self._corpus = corpus

    def __len__(self) -> int:
        return self._corpus._total

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("sentence index out of range")
        return self._corpus._sentence(index)

    def __iter__(self) -> Iterator[CorpusSentence]:
        corpus = self._corpus
        done = 0
        if corpus._direct is None:
            try:
                for position, row in enumerate(corpus._rows):
                    stories = corpus._stories_at(position)
                    offset = corpus._offsets[position]
                    for idx, (line, text) in enumerate(corpus.store.file_sentences(row)):
                        yield CorpusSentence(offset + idx, _story_for(stories, line), line, text)
                        done += 1
                return
            except sqlite3.DatabaseError as exc:
                corpus._bypass(exc)
        assert corpus._direct is not None
        yield from corpus._direct.sentences[done:]
