"""People bound elsewhere, named by where they go: "Afghans who need to go to other
countries", "those to be relocated to Western countries", "bound for third countries". Their
cut-offs are their own (the hosts', the resettlement's), never the order in force for people
named in general. Also a destination that defines one of the ledger's groups ("to resettle to a
third country"), which names that group.
"""

from __future__ import annotations

from narrlint.claims.dates_lexicon import Lexicon
from narrlint.nlp.vocabulary import (
    HYPHENS,
    ONWARD_BOUND,
    ONWARD_DESTINATIONS,
    ONWARD_LEMMAS,
    ONWARD_PLACES,
)

_FIRSTS = frozenset(first for first, _ in ONWARD_PLACES)


def onward_place(lowers: list[str]) -> str | None:
    """The onward place a clause names after "to" or "for" ("to other countries"), else None;
    a place people come from ("from other countries") or one in a list after a country
    ("Afghanistan and other countries") is not one."""
    if _FIRSTS.isdisjoint(lowers):
        return None  # one set test in C: most clauses name none
    for i in range(1, len(lowers) - 1):
        pair = (lowers[i], lowers[i + 1])
        if pair in ONWARD_PLACES and lowers[i - 1] in ONWARD_BOUND:
            return " ".join(pair)
    return None


def destination_group(lowers: list[str], lexicon: Lexicon) -> frozenset[str]:
    """ "awaiting paperwork to resettle to a third country": the destination that defines one
    of the ledger's groups, whose words are all that group's, names it, however the rest of
    the phrase is worded."""
    if _DESTINATION_FIRSTS.isdisjoint(lowers):
        return frozenset()
    words = [w for w in lowers if w not in HYPHENS]
    for i in range(len(words) - 1):
        pair = (words[i], words[i + 1])
        if pair in ONWARD_DESTINATIONS:
            groups = [_word_groups(w, lexicon) for w in pair]
            shared = groups[0] & groups[1]
            if len(shared) == 1:
                return shared
    return frozenset()


def _word_groups(word: str, lexicon: Lexicon) -> frozenset[str]:
    empty: frozenset[str] = frozenset()
    return (
        lexicon.modifiers.get(word, empty)
        | lexicon.heads.get(word, empty)
        | lexicon.fillers.get(word, empty)
    )


_DESTINATION_FIRSTS = frozenset(first for first, _ in ONWARD_DESTINATIONS)


def moving_on(
    lowers: list[str],
    lemmas: list[str],
    groups: list[tuple[str, int, int]],
    lexicon: Lexicon,
    group_words: frozenset[str],
) -> str | None:
    """The words that say a clause's people move on to another country, else None: a
    destination or a word of moving on (:func:`_onward`), or a place they go to
    (:func:`_onward_place`). ``group_words``: the ledger's group words, which never count."""
    return _onward(lowers, lemmas, group_words) or _onward_place(
        lowers, set(lemmas), groups, lexicon, group_words
    )


def _onward(lowers: list[str], lemmas: list[str], group_words: frozenset[str]) -> str | None:
    """ "awaiting resettlement", "to a third country", "third-country relocation": people
    moving on to another country, unless the ledger's groups are named in those words."""
    if not _DESTINATION_FIRSTS.isdisjoint(lowers):  # a pair can only start with its first word
        words = [w for w in lowers if w not in HYPHENS]
        for i in range(len(words) - 1):
            pair = (words[i], words[i + 1])
            if pair in ONWARD_DESTINATIONS and not set(pair) & group_words:
                return " ".join(pair)
    if ONWARD_LEMMAS.isdisjoint(lemmas):
        return None
    for lower, lemma in zip(lowers, lemmas, strict=True):
        if lemma in ONWARD_LEMMAS and lemma not in group_words and lower not in group_words:
            return lower
    return None


def _onward_place(
    lowers: list[str],
    lemmas: set[str],
    groups: list[tuple[str, int, int]],
    lexicon: Lexicon,
    group_words: frozenset[str],
) -> str | None:
    """ "to other countries" (:func:`onward_place`), unless the clause names only the ledger's
    own groups bound elsewhere (those its onward destinations name: "Afghans awaiting
    relocation to other countries") or a word of moving on is that group's word."""
    place = onward_place(lowers)
    if place is None or not ONWARD_LEMMAS.isdisjoint(lemmas & group_words):
        return None
    named = {g for g, _, _ in groups}
    bound = {
        g
        for a, b in ONWARD_DESTINATIONS
        for g in _word_groups(a, lexicon) & _word_groups(b, lexicon)
    }
    return None if named and named <= bound else place
