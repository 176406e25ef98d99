"""Group words standing before another phrase's head noun.

Modifiers joined before one head whose second modifier opens a ledger term:

"176 unregistered and 24 registered Afghan refugees", "unregistered and registered Afghan
refugees": the second modifier and the head are one of the ledger's terms ("registered Afghan
refugees"), so the phrase reader takes them whole and leaves the first modifier without a
noun. Both modifiers stand on the one head, as in "registered and unregistered Afghan
refugees" (read by :func:`~narrlint.claims.groups_phrases._modified`): the first is read on
the term's head noun too, and NL301 compares its group with the head's.

A modifier on "ones" after a modified head ("1.4 million registered refugees and 880,000
unregistered ones"): "ones" stands for the head noun said before, so the modifier is read on
that head (:func:`elided_heads`), as in "registered and unregistered refugees".

A holder term used as a noun's modifier ("ACC card holder refugees", "Proof of Registration
(POR) and Afghan Citizenship (ACC) card holder refugees"): the holders' group is read on the
head noun after it, as a modifier is ("ACC-holding refugees").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Mention
from narrlint.claims.groups_words import AUXILIARY_FILLERS, COPULAS, SCALE_WORDS
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import HOLDER_NOUNS, NUMBER_HEDGES

if TYPE_CHECKING:
    from spacy.tokens import Doc

JOINED_KINDS = frozenset({"term", "np"})
"""Mentions a first modifier may be joined to: a term ("registered Afghan refugees") or a
modifier on a head ("undocumented Afghan migrants")."""
GAP_WORDS = frozenset({"and", "or", "/"}) | frozenset(SCALE_WORDS)
PREDICATE_BEFORE = frozenset(COPULAS) | frozenset(AUXILIARY_FILLERS) | {"become", "became"}
"""Words before an adjective that make it a predicate ("were undocumented and ...")."""
GAP_REACH = 4
"""Words between the first modifier and the second: a joiner and the second's own number
("unregistered and 24 registered")."""


def joined_before_term(doc: Doc, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each bare modifier joined by "and"/"or" to a following term or
    modified head read on that head ("unregistered" in "unregistered and registered Afghan
    refugees" becomes a modifier on "refugees")."""
    lowers = doc_lowers(doc)
    result = list(mentions)
    for index in range(len(result) - 1):
        first, second = result[index], result[index + 1]
        if first.kind != "adjective" or first.modifier is None or second.kind not in JOINED_KINDS:
            continue
        if lowers[first.modifier[0]] in lex.holding_firsts:
            continue  # a card's name ("ACC and registered refugees"): its holders, elided
        if not _joined(doc, lowers, first.end, second.start):
            continue
        if first.start > 0 and lowers[first.start - 1] in PREDICATE_BEFORE:
            continue  # "they were undocumented and registered refugees were not": a predicate
        head = _head_of(lex, lowers, second)
        if head is None:
            continue
        at, categories = head
        if first.modifier_categories & categories or not _opens_with_modifier(lex, lowers, second):
            continue
        result[index] = Mention(
            first.start,
            first.end,
            first.modifier_categories | categories,
            "np",
            first.modifier,
            first.modifier_categories,
            (at, at + 1),
            categories,
        )
    return result


def _joined(doc: Doc, lowers: list[str], end: int, start: int) -> bool:
    """Only a joiner and numbers lie between the two ("and", "or", "and 24"); a comma may end
    a noun ("the undocumented, and registered refugees")."""
    gap = range(end, start)
    if not gap or len(gap) > GAP_REACH:
        return False
    if not any(lowers[k] in ("and", "or", "/") for k in gap):
        return False
    return all(lowers[k] in GAP_WORDS or doc[k].like_num for k in gap)


def _head_of(lex: Lexicon, lowers: list[str], mention: Mention) -> tuple[int, frozenset] | None:
    """(position, groups) of the head noun of a term or modified head ("refugees")."""
    if mention.kind == "np":
        if mention.head is None or not mention.head_categories:
            return None
        return mention.head[0], mention.head_categories
    for k in range(mention.end - 1, mention.start - 1, -1):
        groups = lex.heads.get(lowers[k])
        if groups:
            return k, groups
    return None


def _opens_with_modifier(lex: Lexicon, lowers: list[str], mention: Mention) -> bool:
    """The mention starts with a modifier of its own (so the first modifier is a parallel one:
    "unregistered and registered ...", not "undocumented and Afghan refugees")."""
    if mention.kind == "np":
        return mention.modifier is not None and mention.modifier[0] == mention.start
    own = {m.lower() for c in mention.categories for m in lex.categories[c].modifiers}
    return lowers[mention.start] in own


ELIDED_HEADS = frozenset({"ones"})
"""A pronoun standing for the head noun said before ("... and 880,000 unregistered ones")."""
ELIDED_GAP = frozenset({"and", "or", ",", "while", "the", "about", "some", "another"}) | (
    NUMBER_HEDGES | GAP_WORDS
)
"""Words between the first phrase and the modifier on "ones": joiners, an article, a number
and its hedge ("registered refugees and an estimated 880,000 unregistered ones")."""
ELIDED_REACH = 6


def elided_heads(doc: Doc, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each bare modifier on "ones" that follows a term or a modified head
    of its sentence ("1.4 million registered refugees and 880,000 unregistered ones") read on
    that head noun; the earlier phrase opens with a parallel modifier of its own (not "Afghan
    refugees and undocumented ones")."""
    lowers = doc_lowers(doc)
    n = len(lowers)
    result = list(mentions)
    for index in range(1, len(result)):
        first, second = result[index - 1], result[index]
        if first.kind not in JOINED_KINDS or not modifies_ones(second, lowers, n):
            continue
        gap = range(first.end, second.start)
        if not gap or len(gap) > ELIDED_REACH or not any(lowers[k] in ("and", "or") for k in gap):
            continue
        if not all(lowers[k] in ELIDED_GAP or doc[k].like_num for k in gap):
            continue
        if doc[first.start].sent.start != doc[second.start].sent.start:
            continue
        read = read_on_head(lex, lowers, first, second)
        if read is not None:
            result[index] = read
    return result


def modifies_ones(mention: Mention, lowers: list[str], n: int) -> bool:
    """Is ``mention`` a bare modifier right before "ones" ("880,000 unregistered ones")? The
    test both readers of "ones" start from."""
    return (
        mention.kind == "adjective"
        and mention.modifier is not None
        and mention.end < n
        and lowers[mention.end] in ELIDED_HEADS
    )


def read_on_head(
    lex: Lexicon, lowers: list[str], first: Mention, second: Mention
) -> Mention | None:
    """``second``, a bare modifier on "ones", read on ``first``'s head noun, or None: the
    earlier phrase has no head of a group, opens with no parallel modifier of its own, or
    the modifier names the head's own group ("registered refugees and other registered
    ones": the same group). Shared by the readers of "ones" right after the phrase and past
    an aside (:mod:`narrlint.claims.groups_elided`)."""
    head = _head_of(lex, lowers, first)
    if head is None or not _opens_with_modifier(lex, lowers, first):
        return None
    at, categories = head
    if second.modifier_categories & categories:
        return None
    return Mention(
        second.start,
        second.end + 1,
        second.modifier_categories | categories,
        "np",
        second.modifier,
        second.modifier_categories,
        (at, at + 1),
        categories,
    )


CARD_WORDS = frozenset({"card", "cards", "-", "‑", ")"})
"""Words between a card's name and the holder noun ("ACC card-holder", "(ACC) card holder")."""


def holder_before_head(doc: Doc, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a holder term, or a card's name followed by "card holder", that
    stands right before a bare head noun ("ACC card holder refugees") read as a modifier of
    that head; the two mentions become one."""
    lowers = doc_lowers(doc)
    result: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        merged = _holder_on_head(lex, lowers, first, second) if second is not None else None
        if merged is not None:
            result.append(merged)
            index += 2
            continue
        result.append(first)
        index += 1
    return result


def _holder_on_head(lex: Lexicon, lowers: list[str], first: Mention, second: Mention):
    if second.kind != "head" or second.head is None or second.start != second.head[0]:
        return None  # "Afghan refugees" after the holder: a demonym opens another phrase
    if len(first.categories) != 1 or first.kind not in ("term", "adjective"):
        return None
    gap = range(first.end, second.start)
    words = [lowers[k] for k in gap]
    if first.kind == "term":
        if words or lowers[first.end - 1] not in ("holder", "card-holder", "cardholder"):
            return None  # "ACC holders refugees" is no phrase; a plural holder is a noun
    elif not (
        lowers[first.start] in lex.holding_firsts or lowers[first.start - 1 : first.start] == ["("]
    ) or not (words and words[-1] in HOLDER_NOUNS and set(words[:-1]) <= CARD_WORDS):
        return None  # "(ACC) card holder refugees": a card's name, its holder noun
    if words and words[-1] != "holder" and not words[-1].endswith("holder"):
        return None
    start = first.start - 1 if lowers[first.start - 1 : first.start] == ["("] else first.start
    return Mention(
        start,
        second.end,
        first.categories | second.head_categories,
        "np",
        (first.start, first.end),
        first.categories,
        second.head,
        second.head_categories,
    )
