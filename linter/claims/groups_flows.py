"""Numbers that count people moving, not a group: "460,000 undocumented Afghans left", "were
sent back", "the return of 1.4 million". Flows (the ledger's figures of returns) overlap every
group's size, so the figure readers (:mod:`narrlint.claims.groups_figures`) never compare them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.groups_clauses import Clause
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_places import past_place
from narrlint.claims.groups_words import (
    AUXILIARY_FILLERS,
    FIGURE_HEDGES,
    FORECAST_MODALS,
    QUOTES,
    STAY_PARTICIPLES,
)
from narrlint.nlp.tokens import lemma_lowers, sentence_at
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import DEPARTURE_LEMMAS, PARTICLE_DEPARTURE_LEMMAS, PASSIVE_GET

if TYPE_CHECKING:
    from spacy.tokens import Doc


def is_flow(doc: Doc, lex: Lexicon, clause: Clause | None, start: int, phrase_end: int) -> bool:
    """The number counts movements, not a group: "460,000 undocumented Afghans left", "have
    been deported", "got expelled", "were sent back", "deported over 1.4 million", "has sent
    back 630,000", "the return of 1.4 million", "800,000 Afghans crossed over". Flows (ledger
    figures of returns) overlap every group's size, so they are never compared. (Read from
    the doc's word lists, with no Token built: this is asked of every number given for a
    group.)"""
    actions = lex.movements
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    if clause is not None:
        lowest, highest = clause.start, clause.end
    else:
        sentence = sentence_at(doc, start)
        lowest, highest = sentence.start, sentence.end
    for k in range(start - 1, max(lowest, start - 5) - 1, -1):
        lower = lowers[k]
        moved = _moved(lowers, lemmas, k, actions)
        if moved and _level(lowers, lemmas, lowest, k):
            break  # "the number of Afghan refugees has now reached 3.5 million": a size
        if moved:
            return True
        if lower == "of" and k > lowest and _nominal(lowers, lemmas, k - 1, actions):
            # "announced the deportation of 1.7 million ...": a movement still to come
            # is the plan's target, not a count of people who moved
            return not _planned(lowers, lemmas, lowest, highest, k - 1)
        # "has sent back 630,000 ...", "sent 630,000 ... back"
        if k > lowest and _moved_with(lowers, lemmas, k - 1, lower):
            return True
        if _moved_with(lowers, lemmas, k, _particle_after(lowers, phrase_end, highest)):
            return True
        if lower not in FIGURE_HEDGES and lower not in AUXILIARY_FILLERS:
            break
    relative = False
    texts = doc_texts(doc)
    phrase_end = _past_stay(doc, phrase_end, highest)
    for k in range(phrase_end, min(highest, phrase_end + 5)):
        lower = lowers[k]
        # in the group's own relative clause only a departure counts: "refugees who fled
        # decades of conflict" says how they came, not that the number moved
        if _moved(lowers, lemmas, k, DEPARTURE_LEMMAS if relative else actions):
            return True
        # "594,000 Afghan refugees returning voluntarily": people on their way out
        departing = lemmas[k] in DEPARTURE_LEMMAS
        if k == phrase_end and lower.endswith("ing") and departing:
            return True
        if k == phrase_end and lower in ("who", "that"):
            relative = True  # "850,000 Afghan refugees who have returned home"
            continue
        if k + 1 < highest and _moved_with(lowers, lemmas, k, lowers[k + 1]):
            return True  # "... have been sent back", "... were pushed out"
        if k + 1 < highest and _forecast(lowers, lemmas, k):
            return True  # "1.6 million Afghan refugees will return from Pakistan this year"
        # "... 'spontaneously' returned": an adverb, quoted or not, before the verb
        if (
            lower not in AUXILIARY_FILLERS
            and lower not in PASSIVE_GET
            and not lower.endswith("ly")
            and texts[k] not in QUOTES
        ):
            break
    return False


def _past_stay(doc: Doc, end: int, highest: int) -> int:
    """Past where and how the people stayed ("800,000 Afghans living in Pakistan illegally
    were repatriated"): the verb after it is still the number's."""
    lowers = doc_lowers(doc)
    if end >= highest or lowers[end] not in STAY_PARTICIPLES:
        return end
    j = past_place(doc, end)
    j = end + 1 if j == end else j
    if j < highest and lowers[j].endswith("ly") and lowers[j] not in ("only", "early"):
        j += 1
    return j if j < highest else end


def _forecast(lowers: list[str], lemmas: list[str], k: int) -> bool:
    """A forecast of people leaving: a modal of prediction at ``k`` before a verb of
    departure in its base form, active ("will return", "could leave"; not "will be
    deported", what an order will do to a group, nor "must leave", what it demands)."""
    lemma = lemmas[k + 1]
    return lowers[k] in FORECAST_MODALS and lemma in DEPARTURE_LEMMAS and lowers[k + 1] == lemma


def _moved_with(lowers: list[str], lemmas: list[str], k: int, particle: str | None) -> bool:
    """A past form of a verb at ``k`` that is a departure with its particle ("sent back",
    "pushed out", "flown home")."""
    if particle is None:
        return False
    particles = PARTICLE_DEPARTURE_LEMMAS.get(lemmas[k])
    return particles is not None and particle in particles and _past(lowers, lemmas, k)


PLANNING_LEMMAS = frozenset({"announce", "order", "plan", "approve", "propose", "initiate",
                             "launch"})  # fmt: skip
"""Verbs whose object, a movement noun, is still to come ("ordered the deportation of"), or
set going as a whole ("initiating the return of 1.3 million undocumented foreigners": the
plan's target, not a count of people who moved)."""
PLAN_FILLERS = frozenset({"the", "a", "mass", "forced", "phased"})
DONE_WORDS = frozenset({"since", "already", "far", "so-far", "completed"})
"""Words in the clause that make a planned movement one that took place ("announced the
deportation of 500,000 Afghans since November")."""


def _planned(lowers: list[str], lemmas: list[str], lowest: int, highest: int, noun: int) -> bool:
    """A movement noun at ``noun`` that a verb of planning takes as its object, in a clause
    with no word of the movement having taken place."""
    k = noun - 1
    while k > lowest and k > noun - 3 and lowers[k] in PLAN_FILLERS:
        k -= 1
    if k < lowest or lemmas[k] not in PLANNING_LEMMAS:
        return False
    return not any(lowers[j] in DONE_WORDS for j in range(noun, highest))


def _particle_after(lowers: list[str], end: int, highest: int) -> str | None:
    """The word right after a verb's object ("sent 630,000 Afghans back")."""
    return lowers[end] if end < highest else None


def _level(lowers: list[str], lemmas: list[str], lowest: int, k: int) -> bool:
    """ "The number of ... has reached": a verb of a level, its subject a count of people
    ("the number of", "the total of", "the total number of") that the verb's number sizes."""
    if lemmas[k] not in LEVEL_VERBS:
        return False
    return any(
        lowers[j] in COUNT_NOUNS
        and lowers[j + 1] == "of"
        and (
            lowers[j - 1] == "the"
            or (lowers[j - 1] in COUNT_ADJECTIVES and j - 2 >= lowest and lowers[j - 2] == "the")
        )
        for j in range(max(lowest + 1, k - 12), k - 1)
    )


LEVEL_VERBS = frozenset({"reach", "rise", "climb", "fall", "drop", "grow", "swell"})
COUNT_NOUNS = frozenset({"number", "total", "population", "count", "tally"})
COUNT_ADJECTIVES = frozenset({"total", "overall", "entire", "whole"})
"""Words between "the" and a count noun ("the total number of")."""


def _moved(lowers: list[str], lemmas: list[str], k: int, actions: frozenset[str]) -> bool:
    """A past form of a movement verb at ``k`` ("left", "returned", "deported")."""
    return lemmas[k] in actions and _past(lowers, lemmas, k)


def _past(lowers: list[str], lemmas: list[str], k: int) -> bool:
    """A past form of a verb at ``k``: not its base, third person or "-ing" form."""
    lower = lowers[k]
    return lower != lemmas[k] and not lower.endswith(("s", "ing"))


def _nominal(lowers: list[str], lemmas: list[str], k: int, actions: frozenset[str]) -> bool:
    """An action word before "of" at ``k`` is a noun: "the return of", "deportation of"."""
    return lowers[k] in actions or lemmas[k] in actions
