"""Clauses and phases of a sentence, for the group claims reader.

A clause says where a sentence stops stating what it states ("targets X, not Y": a contrast
starts what the clause does not claim) and whether it speaks of an exemption; phases are the
deportation plan's steps a clause names ("phase two", "the second phase", "the final phase").
Split from :mod:`narrlint.claims.groups_phrases`, which reads the group mentions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, count
from typing import TYPE_CHECKING

from narrlint.claims.dates_words import COMPLETION_NOUNS
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_words import (
    CONTRAST_FIRST,
    CONTRAST_PHRASES,
    CONTRAST_WORDS,
    EXEMPTION_WORDS,
    FINAL_WORDS,
    MOVING_LEMMAS,
    PHASE_FILLERS,
    PHASE_WORDS,
    REMOVAL_PARTICLES,
    TARGET_WORDS,
    TEMPORAL_BEFORE_PHASE,
)
from narrlint.nlp.quantities import ORDINALS
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import CLAUSE_BREAKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause of a sentence and where its affirmative part ends (a contrast marker starts
    what the clause does not claim: "targets X, not Y")."""

    start: int
    end: int
    affirmative_end: int
    exempting: bool
    """The clause speaks of an exemption ("PoR holders were exempt"), so a group in it is not
    the target of the phase it names."""


def sentence_clauses(sentence: Span) -> list[Clause]:
    """The sentence's clauses, computed once per sentence (several passes ask for them)."""
    doc = sentence.doc
    cache = doc.user_data.setdefault("narrlint.categories.clauses", {})
    clauses = cache.get(sentence.start)
    if clauses is None:
        clauses = cache[sentence.start] = _split_clauses(doc_lowers(doc), sentence.start,
                                                         sentence.end)  # fmt: skip
    return clauses


_CONTRAST_OPENERS = frozenset(CONTRAST_WORDS) | CONTRAST_FIRST
"""Every word a clause's contrast can start with (a contrast word or a phrase's first word)."""


def _split_clauses(lowers: list[str], begin: int, finish: int) -> list[Clause]:
    bounds, start = [], begin
    # the breaks and the contrast words are found by C-level passes: most clauses have none
    for i in compress(
        count(begin + 1), map(CLAUSE_BREAKS.__contains__, lowers[begin + 1 : finish])
    ):
        bounds.append((start, i))
        start = i
    bounds.append((start, finish))
    clauses = []
    for first, last in bounds:
        words = lowers[first:last]
        stop = last
        if not _CONTRAST_OPENERS.isdisjoint(words):
            for k, word in enumerate(words):
                if word in CONTRAST_WORDS or (
                    word in CONTRAST_FIRST and phrase_at(words, k, CONTRAST_PHRASES)
                ):
                    stop = first + k
                    break
        exempting = not EXEMPTION_WORDS.isdisjoint(words)
        clauses.append(Clause(first, last, stop, exempting))
    return clauses


def phrase_at(lowers: list[str], k: int, phrases: Iterable[tuple[str, ...]]) -> bool:
    if k >= len(lowers):
        return False
    first = lowers[k]
    return any(p[0] == first and tuple(lowers[k : k + len(p)]) == p for p in phrases)


def clause_at(clauses: list[Clause], i: int) -> Clause | None:
    for clause in clauses:
        if clause.start <= i < clause.end:
            return clause
    return None


def phases_in(doc: Doc, start: int, end: int, last: int | None = None) -> list[tuple[int, int]]:
    """(token index, phase number) of each phase named in ``doc[start:end]`` ("phase one",
    "phase-2", "Phase II", "second phase", "phases two and three", and with ``last``, the
    plan's number of phases, "the last/final phase"), except phases used as a time ("after
    phase one")."""
    found = []
    lowers = doc_lowers(doc)
    for i in range(start, end):
        word, dash, rest = lowers[i].partition("-")
        if dash and word in PHASE_WORDS and rest in ORDINALS and not _temporal(doc, i, start):
            found.append((i, ORDINALS[rest]))  # "phase-2", one token
            continue
        if lowers[i] not in PHASE_WORDS or _temporal(doc, i, start):
            continue
        numbers = _ordinals_after(doc, i + 1, end)
        if i > start and _ordinal_word(lowers[i - 1]):
            numbers = []  # "the first phase three years back": the ordinal names it
        if not numbers and i > start:
            before = lowers[i - 1]  # "second phase", not "two phases" (a count)
            if _ordinal_word(before):
                numbers = _ordinals_before(lowers, i - 1, start)
            elif before in FINAL_WORDS and last is not None:
                numbers = [last]  # "in the last phase": the plan's final one
        found.extend((i, number) for number in numbers)
    return found


def _ordinals_after(doc: Doc, j: int, end: int) -> list[int]:
    """ "one", "-2", "two and three", "II": the numbers that follow a phase word; not a
    number of a length of time ("phase three years back")."""
    numbers = []
    lowers = doc_lowers(doc)
    while j < end and len(numbers) < 3:
        lower = lowers[j]
        if lower in ORDINALS:
            if j + 1 < len(doc) and lowers[j + 1] in TIME_SPANS:
                break
            numbers.append(ORDINALS[lower])
        elif not (lower in ("-", "‑") or (numbers and lower in ("and", ",", "&", "or"))):
            break
        j += 1
    return numbers


TIME_SPANS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days",
                        "decade", "decades", "hours"})  # fmt: skip
"""Units of time: a number before one counts time, not a phase ("phase three years ago")."""


def _ordinal_word(lower: str) -> bool:
    return lower in ORDINALS and lower.endswith(("st", "nd", "rd", "th"))


def _ordinals_before(lowers: list[str], k: int, start: int) -> list[int]:
    """ "second phase": [2]; "the second and third phases", "first, second and third
    phases": every ordinal of the list before the phase word, in text order."""
    numbers = [ORDINALS[lowers[k]]]
    while k - 2 >= start and lowers[k - 1] in ("and", ",", "or", "&"):
        if _ordinal_word(lowers[k - 2]):
            k -= 2
        elif k - 3 >= start and lowers[k - 2 : k] == [",", "and"] and _ordinal_word(lowers[k - 3]):
            k -= 3  # "first, second, and third phases"
        else:
            break
        numbers.insert(0, ORDINALS[lowers[k]])
    return numbers


def _temporal(doc: Doc, i: int, start: int) -> bool:
    """A phase used as a time: "after phase one", and a phase named as over ("on completion
    of its Phase-I, ... all ACC holders", "at the conclusion of the first phase"), which is
    what came before the group, not the phase that targets it."""
    lowers = doc_lowers(doc)
    for k in range(i - 1, max(start, i - 4) - 1, -1):
        lower = lowers[k]
        if lower in TEMPORAL_BEFORE_PHASE:
            return True
        if lower == "of" and k > start and lowers[k - 1] in COMPLETION_NOUNS:
            return True
        if lower not in PHASE_FILLERS:
            return False
    return False


def event_cue(doc: Doc, lex: Lexicon, clause: Clause, number: int) -> bool:
    """The clause speaks of the phase's order: a targeting word or one of its actions."""
    actions = lex.phase_actions.get(number, frozenset())
    lowers = doc_lowers(doc)
    lemmas = lemma_lowers(doc)
    for k in range(clause.start, clause.end):
        lower, lemma = lowers[k], lemmas[k]
        if lower in TARGET_WORDS or lemma in actions or lower in actions:
            return True
        # "will be sent back", "pushed out": a removal in other words
        if lemma in MOVING_LEMMAS and k + 1 < clause.end and lowers[k + 1] in REMOVAL_PARTICLES:
            return True
    return False
