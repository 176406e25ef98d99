"""Phases of another programme: "the third phase of a scholarship scheme", "the second phase
of the card-renewal project" name a step of some other activity, not of the deportation plan,
so no group is paired with them (NL301 reads a phase word as the plan's only when nothing
says whose phase it is, or when the phase is of the plan's own action, order or programme)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_words import ORDER_NOUNS, PHASE_WORDS
from narrlint.nlp.quantities import ORDINALS
from narrlint.nlp.vocabulary import AUTHORITY_NOUNS, POSSESSIVE_CLITICS

if TYPE_CHECKING:
    from spacy.tokens import Doc

PROGRAMME_NOUNS = frozenset({"programme", "programmes", "program", "programs", "project",
                             "projects", "scheme", "schemes", "initiative", "process",
                             "effort", "efforts", "exercise", "mission", "strategy",
                             "operations", "campaigns", "drives", "plans", "policies",
                             "crackdowns"})  # fmt: skip
"""Nouns of a programme that say nothing of its activity ("the third phase of the project"):
neither the plan's nor another's on their own."""

DESCRIBING_WORDS = frozenset({"new", "mass", "major", "big", "main", "key", "fresh", "next",
                              "last", "final", "first", "second", "third", "huge", "large",
                              "broad", "wide", "full", "joint", "special", "latest", "recent",
                              "current", "crucial", "formal", "entire", "whole"})  # fmt: skip
"""Plain words that describe a programme rather than name its activity ("the new drive")."""

_NOUN_ENDINGS = ("tion", "sion", "ship", "ment", "ance", "ence", "ure", "ism", "ity", "wal")
_DESCRIBING_ENDINGS = ("ing", "ed", "al", "ive", "ous", "ic", "ful", "less", "ary", "ent",
                       "ant", "ian", "ish", "wide", "ly", "est", "ible", "able")  # fmt: skip
_SKIPPED = frozenset({"a", "an", "the", "its", "their", "this", "that", "his", "her", "our"})
_RUN_JOINERS = frozenset({"-", "‑", "/"})


def other_programme(doc: Doc, lex: Lexicon, lowers: list[str], at: int, end: int) -> bool:
    """Is the phase word at ``at`` a phase "of" a programme that a common word names as some
    other activity ("a scholarship scheme", "its polio vaccination drive", "the road
    construction project")? The plan's own action or order ("the repatriation programme",
    "the government's drive"), a group word, an authority, a word that only describes ("the
    new drive") or a proper name ("the Illegal Foreigners Repatriation Plan") names none.
    The words are read without part-of-speech tags: the run of words after "of" up to the
    first stop word or punctuation, or up to the programme's own noun, capitalised or not (the
    words after it are the sentence's verb and object, not the programme's name)."""
    k = at + 1
    while k < end and (lowers[k] in ORDINALS or lowers[k] in _RUN_JOINERS):
        k += 1
    if k >= end or lowers[k] != "of":
        return False
    k += 1
    words: list[tuple[int, str]] = []
    while k < end and k < at + 10:
        token, lower = doc[k], lowers[k]
        if lower in POSSESSIVE_CLITICS:
            words = []  # "the Punjab government's drive": the owner is no activity
        elif lower in _SKIPPED or lower in _RUN_JOINERS:
            pass
        elif token.is_stop or (not token.is_alpha and not any(j in lower for j in _RUN_JOINERS)):
            break
        elif token.is_lower:
            words.extend((k, part) for part in _parts(lower))
            if lower in PROGRAMME_NOUNS or lower in ORDER_NOUNS:
                break  # the programme's own noun ends its name: "... drive targets ..."
        elif lower in PROGRAMME_NOUNS or lower in ORDER_NOUNS:
            break  # so does a proper name's: "... Repatriation Plan targets PoR card holders"
        k += 1
    if any(_acts(doc, lex, k, w) for k, w in words):
        return False  # "the phase of the mass deportation drive": the plan's own action
    return any(not _neutral(doc, lex, k, w) and not _describes(w) for k, w in words)


def _parts(lower: str) -> list[str]:
    """ "card-renewal" → card, renewal."""
    for joiner in _RUN_JOINERS:
        lower = lower.replace(joiner, " ")
    return [p for p in lower.split() if p.isalpha()]


def _describes(word: str) -> bool:
    """A word that describes a programme ("ongoing", "forced", "national"), read from its
    ending; a noun's ending ("vaccination", "scholarship", "renewal") wins."""
    if word.endswith(_NOUN_ENDINGS):
        return False
    return word in DESCRIBING_WORDS or word.endswith(_DESCRIBING_ENDINGS)


def _acts(doc: Doc, lex: Lexicon, k: int, word: str) -> bool:
    """The plan's own action ("deportation", "repatriation")."""
    return word in lex.flow_actions or doc[k].lemma_.lower() in lex.flow_actions


def _neutral(doc: Doc, lex: Lexicon, k: int, word: str) -> bool:
    """A word that names the plan's action or order, a programme, a group or an authority."""
    lemma = doc[k].lemma_.lower()
    return any(
        w in lex.flow_actions
        or w in ORDER_NOUNS
        or w in PROGRAMME_NOUNS
        or w in PHASE_WORDS
        or w in AUTHORITY_NOUNS
        or w in lex.heads
        or w in lex.people
        or w in lex.nouns
        for w in (word, lemma, lemma + "s")
    )
