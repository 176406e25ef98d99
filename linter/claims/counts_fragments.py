"""A credit standing alone as a sentence after a count ("… were killed. According to
police."), split from it by a stray full stop. Part of the count claims reader
(:mod:`.counts_coverage`, which lets such a sentence cover the count before it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CREDIT_OPENERS = frozenset({"according", "citing"})
MAX_FRAGMENT_WORDS = 8
"""Words of a credit standing alone as a sentence ("According to the provincial health
department.")."""


def credit_fragment(sentence: Span, marker: Token) -> bool:
    """ "… resulting in 951 deaths and 966 injuries. according to a report by PICSS, an
    Islamabad-based think tank.", "… were killed. According to police.": a sentence that is
    only the credit of the one before, split from it by a stray full stop. It opens with "according
    to" or "citing" and either starts in lower case (the sentence goes on) or is the credit
    alone, a few words without a comma; "According to police, the attackers fled" has a
    clause of its own."""
    doc = sentence.doc
    first = sentence.start
    while first < sentence.end and (doc[first].is_space or doc[first].is_quote):
        first += 1
    if marker.i != first or marker.lower_ not in CREDIT_OPENERS:
        return False
    if doc[first].is_lower:
        return True
    rest = [t for t in doc[first : sentence.end] if not (t.is_space or t.text in ".!")]
    return len(rest) <= MAX_FRAGMENT_WORDS and all(t.text != "," for t in rest)
