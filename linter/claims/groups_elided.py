"""A modifier on "ones" past an aside on the phrase whose head it stands for.

"1.45 million registered refugees, who hold PoR cards to stay until the end of 2017, and 1
million undocumented ones": the relative clause between commas says more of the first
phrase's people and closes before the list goes on, so "ones" still stands for the first
phrase's head noun ("refugees"), as it does right after it ("... registered refugees and 1
million undocumented ones", :func:`~narrlint.claims.groups_coordination.elided_heads`). The
modifier is read on that head, and NL301 compares its group with the head's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.groups_coordination import (
    ELIDED_GAP,
    ELIDED_HEADS,
    ELIDED_REACH,
    JOINED_KINDS,
    modifies_ones,
    read_on_head,
)
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Mention
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc

ASIDE_OPENERS = frozenset({"who", "whom", "whose", "which"})
"""Words that open a non-restrictive relative clause right after its noun's comma."""
ASIDE_REACH = 30
"""How many words such an aside may hold (a clause, not a paragraph)."""
ASIDE_STOPS = frozenset({";", ":"}) | ELIDED_HEADS
"""Words no aside between the two phrases holds: another clause's mark or another "ones"."""


def elided_past_asides(doc: Doc, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each bare modifier on "ones" that the list's earlier phrase, a term
    or a modified head of the same sentence, reaches past a relative clause between commas
    ("1.45 million registered refugees, who hold PoR cards ..., and 1 million undocumented
    ones") read on that phrase's head noun. The earlier phrase opens with a parallel
    modifier of its own (not "Afghan refugees, who ..., and undocumented ones")."""
    lowers = doc_lowers(doc)
    n = len(lowers)
    result = list(mentions)
    for index, second in enumerate(result):
        if not modifies_ones(second, lowers, n):
            continue
        first = _phrase_before_aside(doc, lowers, result, index)
        if first is None:
            continue
        read = read_on_head(lex, lowers, first, second)
        if read is not None:
            result[index] = read
    return result


def _phrase_before_aside(
    doc: Doc, lowers: list[str], mentions: list[Mention], index: int
) -> Mention | None:
    """The term or modified head before ``mentions[index]`` in its sentence that a comma, a
    relative clause and a closing comma separate from the list's joiner ("..., who ..., and
    1 million"); None when the words between are anything else."""
    second = mentions[index]
    sentence = doc[second.start].sent.start
    # the list's own gap: back from the modifier to the comma closing the aside
    close = second.start - 1
    while close >= sentence and second.start - close <= ELIDED_REACH and lowers[close] != ",":
        if not (lowers[close] in ELIDED_GAP or doc[close].like_num):
            return None
        close -= 1
    if close < sentence or lowers[close] != ",":
        return None
    if not any(lowers[k] in ("and", "or") for k in range(close + 1, second.start)):
        return None
    for first in reversed(mentions[:index]):
        if first.start < sentence or close - first.end > ASIDE_REACH:
            return None
        opens = first.end
        if not (opens + 1 < close and lowers[opens] == "," and lowers[opens + 1] in ASIDE_OPENERS):
            continue  # a mention inside the aside ("who hold PoR cards")
        if first.kind not in JOINED_KINDS:
            return None
        if any(lowers[k] in ASIDE_STOPS for k in range(opens + 1, close)):
            return None
        return first
    return None
