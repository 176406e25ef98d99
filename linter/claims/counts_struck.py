"""A credited sentence telling people struck in an attack on a named target tells that attack.

Part of the count claims reader (:mod:`.counts_events`). "Four other policemen got injured as
terrorists attacked the Daraban check post. According to the police spokesman, a constable and
a civilian were martyred in a terrorist attack on the Daraban check post." (dev
news-r18-cc-041): the credited sentence tells the attack by its casualties, "martyred in an
attack on <target>", not by an attack verb; when its target shares a word with the count's
sentence it is the count's event told by a source (the policy of :mod:`.counts_events`).
Militants killed in it ("two militants were killed in the attack on the post") are the other
side and tell no account of the counted; a blast "in the market" names no target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_memo import per_sentence
from narrlint.claims.counts_sequels import HAPPENING_NOUNS, MILITANT_SIDE
from narrlint.claims.counts_words import PREDICATES
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span

ATTACKER_NOUNS = frozenset(MILITANT_SIDE | {"attacker", "bomber", "gunman", "shooter"})
"""The attackers, which a definite article refers back to ("the suicide attacker"), and
whom an attack never strikes as its target's people."""
EVENT_DETERMINERS = frozenset({"a", "an", "the", "this"})
MAX_EVENT_MODIFIERS = 2
"""Words between the article and the event noun ("a terrorist attack", "the suicide bomb
attack")."""
TARGET_PREPOSITIONS = frozenset({"on", "at", "against"})
"""What follows an attack noun to name its target ("an attack on the check post")."""
MAX_TARGET = 5
"""Words of the target after its preposition ("on Daraban Police Check post")."""
SUBJECT_STOPS = frozenset({",", ";", ":", "that"})


@per_sentence
def struck_in_an_event(sentence: Span) -> tuple[tuple[int, frozenset[str]], ...]:
    """Each casualty predicate of ``sentence`` followed by "in a/the <event> on/at <target>",
    with the target's words (in :func:`anchor_form`, as :mod:`.counts_events` reads its
    anchors), when no word of the militants' side stands in its subject."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    if not PREDICATES.keys() & set(lowers[sentence.start : sentence.end]):
        return ()  # most sentences: no casualty word at all
    found = []
    for i in range(sentence.start, sentence.end - 3):
        if lowers[i] not in PREDICATES or lowers[i + 1] != "in":
            continue
        target = _target(sentence, i + 2)
        if target and not _militants_struck(sentence, i):
            found.append((i, target))
    return tuple(found)


def _target(sentence: Span, k: int) -> frozenset[str]:
    """The words naming the target of the event noun phrase starting at ``k``, or none."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    if lowers[k] not in EVENT_DETERMINERS:
        return frozenset()
    end = min(sentence.end, k + 2 + MAX_EVENT_MODIFIERS)
    noun = next((j for j in range(k + 1, end) if lowers[j] in HAPPENING_NOUNS), None)
    if noun is None or any(not doc[j].is_alpha for j in range(k + 1, noun)):
        return frozenset()
    if noun + 1 >= sentence.end or lowers[noun + 1] not in TARGET_PREPOSITIONS:
        return frozenset()
    words = set()
    for j in range(noun + 2, min(sentence.end, noun + 2 + MAX_TARGET)):
        if not doc[j].is_alpha:
            break
        words.add(anchor_form(lowers[j]))
    return frozenset(words)


def anchor_form(word: str) -> str:
    """A lower-case word in the singular form events are compared by ("posts" → "post"; short
    words kept: "bus"), here and in :mod:`.counts_events`' anchors."""
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def _militants_struck(sentence: Span, i: int) -> bool:
    """A word of the attackers (:data:`ATTACKER_NOUNS`) in the predicate's subject (back to a
    clause mark): "a gunman was killed in the attack on the post" tells the other side."""
    lowers = doc_lowers(sentence.doc)
    for k in range(i - 1, sentence.start - 1, -1):
        if lowers[k] in SUBJECT_STOPS:
            return False
        if lowers[k] in ATTACKER_NOUNS:
            return True
    return False
