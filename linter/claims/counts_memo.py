"""Per-sentence answers of the counts reader, computed once per doc.

Coverage asks the same question of a sentence once for each of its counts ("does it place its
counts in time?", "which words report by no one?"); each answer reads the whole sentence, so a
sentence of hundreds of counts was read hundreds of times (quadratic work, robustness r17).
:func:`per_sentence` keeps each answer in ``doc.user_data`` by the sentences' bounds, as
:mod:`narrlint.nlp.tokens` keeps its lists; the answers live and die with the doc. A sentence's
paragraph is looked up only when asked (:class:`SentenceBlocks`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Span

T = TypeVar("T")


def per_sentence(read: Callable[..., T]) -> Callable[..., T]:
    """``read(*sentences)`` (spans of one doc, nothing else), answered once per doc and spans.
    Only for a question whose answer depends on the doc and the spans alone; callers must not
    change an answer they are given."""
    key = f"narrlint.claims.counts_memo:{read.__module__}.{read.__qualname__}"

    @functools.wraps(read)
    def answered(*sentences: Span) -> T:
        first = sentences[0]
        doc = first.doc
        memo = doc.user_data.get(key)
        if memo is None or memo[0] != len(doc):
            memo = doc.user_data[key] = (len(doc), {})
        if len(sentences) == 1:  # most questions: one sentence (no generator for its bounds)
            bounds: tuple = (first.start, first.end)
        else:
            bounds = tuple((s.start, s.end) for s in sentences)
        answers = memo[1]
        found = answers.get(bounds, _UNKNOWN)
        if found is _UNKNOWN:
            found = answers[bounds] = read(*sentences)
        return found

    return answered


_UNKNOWN = object()
"""An answer not read yet (an answer may be ``None``)."""


class SentenceBlocks(Sequence[int]):
    """The paragraph of each sentence (``block_of``'s answer), looked up on first use: coverage
    asks about the few sentences beside a count, and looking up every sentence of a draft cost
    more than all the questions."""

    def __init__(self, items: list[Span], block_of: Callable[[Span], int]) -> None:
        self._items = items
        self._block_of = block_of
        self._found: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._items)
            if index < 0:
                raise IndexError(index)
        found = self._found.get(index)
        if found is None:
            found = self._found[index] = self._block_of(self._items[index])
        return found
