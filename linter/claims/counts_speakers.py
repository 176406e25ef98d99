"""A credited account told over two sentences by one speaker ("SP Musakhel, Ayub Achakzai said
armed men intercepted the vehicles …. Terrorists killed the travellers by opening fire at
them, he added.": r13 hunt 080): the second sentence's pronoun credit carries on the first's,
so it is read as the count's credited neighbour. Used by :mod:`.counts_coverage`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Token

    from narrlint.claims.counts_coverage import Sentences

CONTINUING_PRONOUNS = frozenset({"he", "she", "they"})
"""Speakers that continue the one of the sentence before ("…, he added")."""
CONTINUING_FILLERS = frozenset({"also", "further", "later", "then"})
"""Words between the pronoun and its verb ("he also said")."""


def continues_its_speaker(marker: Token) -> bool:
    """A reporting verb whose subject is a pronoun ("he added", "She also said that")."""
    lowers = doc_lowers(marker.doc)
    i = marker.i - 1
    while i >= 0 and lowers[i] in CONTINUING_FILLERS:
        i -= 1
    return i >= 0 and lowers[i] in CONTINUING_PRONOUNS


def speaker_goes_on(sentences: Sentences, index: int, after: int, max_blocks: int) -> bool:
    """Is the sentence ``after`` a count's credited neighbour whose speaker goes on in the next
    sentence of its paragraph with a pronoun credit, the count and that neighbour at most
    ``max_blocks`` paragraphs apart? A neighbour with figures of its own ("Police said 12
    suspects were arrested") may be what the next sentence goes on about, and a next sentence
    with figures of its own ("He said that 33 people were injured") gives another count: it
    is read on only when neither has a figure (it retells the count's event)."""
    if after + 1 >= len(sentences.items):
        return False
    marker = sentences.outside_marker(after + 1)
    return (
        marker is not None
        and sentences.outside_marker(after) is not None
        and not sentences.numbers_of(after)
        and not sentences.numbers_of(after + 1)
        and sentences.same_story(index, after + 1)
        and sentences.blocks[after] == sentences.blocks[after + 1]
        and len({sentences.blocks[index], sentences.blocks[after]}) <= max_blocks
        and continues_its_speaker(marker)
    )
