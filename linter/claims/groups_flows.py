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
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_at
from narrlint.nlp.vocabulary import DEPARTURE_LEMMAS, PARTICLE_DEPARTURE_LEMMAS, PASSIVE_GET

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def is_flow(doc: Doc, lex: Lexicon, clause: Clause | None, start: int, phrase_end: int) -> bool:
    """The number counts movements, not a group: "460,000 undocumented Afghans left", "have
    been deported", "got expelled", "were sent back", "deported over 1.4 million", "has sent
    back 630,000", "the return of 1.4 million", "800,000 Afghans crossed over". Flows (ledger
    figures of returns) overlap every group's size, so they are never compared."""
    actions = lex.movements
    lowest = clause.start if clause is not None else sentence_at(doc, start).start
    highest = clause.end if clause is not None else sentence_at(doc, start).end
    for k in range(start - 1, max(lowest, start - 5) - 1, -1):
        token = doc[k]
        if _moved(token, actions) and _level(doc, lowest, k):
            break  # "the number of Afghan refugees has now reached 3.5 million": a size
        if _moved(token, actions):
            return True
        if token.lower_ == "of" and k > lowest and _nominal(doc[k - 1], actions):
            # "announced the deportation of 1.7 million ...": a movement still to come
            # is the plan's target, not a count of people who moved
            return not _planned(doc, lowest, highest, k - 1)
        # "has sent back 630,000 ...", "sent 630,000 ... back"
        if k > lowest and _moved_with(doc[k - 1], token.lower_):
            return True
        if _moved_with(token, _particle_after(doc, phrase_end, highest)):
            return True
        if token.lower_ not in FIGURE_HEDGES and token.lower_ not in AUXILIARY_FILLERS:
            break
    relative = False
    phrase_end = _past_stay(doc, phrase_end, highest)
    for k in range(phrase_end, min(highest, phrase_end + 5)):
        token = doc[k]
        # in the group's own relative clause only a departure counts: "refugees who fled
        # decades of conflict" says how they came, not that the number moved
        if _moved(token, DEPARTURE_LEMMAS if relative else actions):
            return True
        # "594,000 Afghan refugees returning voluntarily": people on their way out
        departing = token.lemma_.lower() in DEPARTURE_LEMMAS
        if k == phrase_end and token.lower_.endswith("ing") and departing:
            return True
        if k == phrase_end and token.lower_ in ("who", "that"):
            relative = True  # "850,000 Afghan refugees who have returned home"
            continue
        if k + 1 < highest and _moved_with(token, doc[k + 1].lower_):
            return True  # "... have been sent back", "... were pushed out"
        if k + 1 < highest and _forecast(token, doc[k + 1]):
            return True  # "1.6 million Afghan refugees will return from Pakistan this year"
        # "... 'spontaneously' returned": an adverb, quoted or not, before the verb
        if (
            token.lower_ not in AUXILIARY_FILLERS
            and token.lower_ not in PASSIVE_GET
            and not token.lower_.endswith("ly")
            and token.text not in QUOTES
        ):
            break
    return False


def _past_stay(doc: Doc, end: int, highest: int) -> int:
    """Past where and how the people stayed ("800,000 Afghans living in Pakistan illegally
    were repatriated"): the verb after it is still the number's."""
    if end >= highest or doc[end].lower_ not in STAY_PARTICIPLES:
        return end
    j = past_place(doc, end)
    j = end + 1 if j == end else j
    if j < highest and doc[j].lower_.endswith("ly") and doc[j].lower_ not in ("only", "early"):
        j += 1
    return j if j < highest else end


def _forecast(modal: Token, verb: Token) -> bool:
    """A forecast of people leaving: a modal of prediction before a verb of departure in its
    base form, active ("will return", "could leave"; not "will be deported", what an order
    will do to a group, nor "must leave", what it demands)."""
    lemma = verb.lemma_.lower()
    return modal.lower_ in FORECAST_MODALS and lemma in DEPARTURE_LEMMAS and verb.lower_ == lemma


def _moved_with(token: Token, particle: str | None) -> bool:
    """A past form of a verb that is a departure with its particle ("sent back", "pushed
    out", "flown home")."""
    if particle is None:
        return False
    particles = PARTICLE_DEPARTURE_LEMMAS.get(token.lemma_.lower())
    return particles is not None and particle in particles and _past(token)


PLANNING_LEMMAS = frozenset({"announce", "order", "plan", "approve", "propose", "initiate",
                             "launch"})  # fmt: skip
"""Verbs whose object, a movement noun, is still to come ("ordered the deportation of"), or
set going as a whole ("initiating the return of 1.3 million undocumented foreigners": the
plan's target, not a count of people who moved)."""
PLAN_FILLERS = frozenset({"the", "a", "mass", "forced", "phased"})
DONE_WORDS = frozenset({"since", "already", "far", "so-far", "completed"})
"""Words in the clause that make a planned movement one that took place ("announced the
deportation of 500,000 Afghans since November")."""


def _planned(doc: Doc, lowest: int, highest: int, noun: int) -> bool:
    """A movement noun at ``noun`` that a verb of planning takes as its object, in a clause
    with no word of the movement having taken place."""
    k = noun - 1
    while k > lowest and k > noun - 3 and doc[k].lower_ in PLAN_FILLERS:
        k -= 1
    if k < lowest or doc[k].lemma_.lower() not in PLANNING_LEMMAS:
        return False
    return not any(doc[j].lower_ in DONE_WORDS for j in range(noun, highest))


def _particle_after(doc: Doc, end: int, highest: int) -> str | None:
    """The word right after a verb's object ("sent 630,000 Afghans back")."""
    return doc[end].lower_ if end < highest else None


def _level(doc: Doc, lowest: int, k: int) -> bool:
    """ "The number of ... has reached": a verb of a level, its subject a count of people
    ("the number of", "the total of", "the total number of") that the verb's number sizes."""
    if doc[k].lemma_.lower() not in LEVEL_VERBS:
        return False
    lowers = doc_lowers(doc)
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


def _moved(token: Token, actions: frozenset[str]) -> bool:
    """A past form of a movement verb ("left", "returned", "deported")."""
    return token.lemma_.lower() in actions and _past(token)


def _past(token: Token) -> bool:
    """A past form of a verb: not its base, third person or "-ing" form."""
    lower = token.lower_
    return lower != token.lemma_.lower() and not lower.endswith(("s", "ing"))


def _nominal(token: Token, actions: frozenset[str]) -> bool:
    """An action word before "of" is a noun: "the return of", "deportation of"."""
    return token.lower_ in actions or token.lemma_.lower() in actions
