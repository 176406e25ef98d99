"""A group's reduced relative clause: "the Afghan refugees deported so far had no documents".

A past participle of something done to people right after a group ("deported", "arrested in
the raid", "detained on Friday") restricts the group as "who were deported" would: the
sentence's own verb comes after the participle's few words, and what that verb says ("had no
documents", "were undocumented") is said of the group. The participle is read through only
when a finite verb follows it within its phrase; a participle with no such verb after it is
the sentence's own verb ("Afghan refugees deported 40 people"), and a mark, a clause break,
a relative pronoun or another group on the way ends the phrase ("refugees deported, as they
had no papers, ...").

A present participle of arriving restricts the group the same way ("500,000 Afghan refugees
fleeing the Taliban in 2021 live in Pakistan without documents"): who came, and when, says
nothing of which group they are, so the verb after it (also one of staying) is the group's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.groups_model import Analysis
from narrlint.claims.groups_words import COPULAS, DO_FORMS, STAY_PARTICIPLES
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import (
    ACTED_ON_LEMMAS,
    ARRIVAL_LEMMAS,
    CLAUSE_BREAKS,
    DEPARTURE_LEMMAS,
    NEGATIONS,
    POSSESSIVE_CLITICS,
    RELATIVES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

PARTICIPLE_REACH = 5
"""Words of the participle's own phrase before the sentence's verb ("so far", "in the raid",
"from Lahore on Friday", "by police last week")."""
DONE_TO_LEMMAS = ACTED_ON_LEMMAS | DEPARTURE_LEMMAS | {"apprehend", "catch", "expel", "jail"}
"""Verbs of what is done to people whose past participle may restrict a group."""
IRREGULAR_PARTICIPLES = frozenset({"sent", "held", "caught", "driven", "forced", "thrown"})
MAIN_VERB_STARTS = frozenset(COPULAS | DO_FORMS | {"have", "has", "had", "lack", "lacks", "lacked"})
"""Words that open the sentence's own verb after the participle's phrase ("had", "were",
"lacked", "did not have")."""
STAY_VERBS = frozenset(w for w in STAY_PARTICIPLES if not w.endswith("ing"))
"""Finite verbs of staying that may be the sentence's own verb after an arriving participle
("... fleeing the Taliban in 2021 live in Pakistan ...")."""
PHRASE_STOPS = frozenset(CLAUSE_BREAKS | RELATIVES | NEGATIONS | {"as", "because", "since",
                                                                  "and", "or", "after",
                                                                  "when", "if", "who"})  # fmt: skip
"""Words that end the participle's phrase: another clause begins."""


def past_reduced_relative(doc: Doc, analysis: Analysis, j: int) -> int:
    """Where the sentence's own verb begins after a participle phrase at ``j`` that restricts
    the group before it ("refugees | deported so far | had no documents"), or ``j``."""
    n = len(doc)
    if j >= n:
        return j
    lowers = doc_lowers(doc)
    word, lemma = lowers[j], lemma_lowers(doc)[j]
    arriving = word.endswith("ing") and lemma in ARRIVAL_LEMMAS  # "fleeing the Taliban"
    done_to = (word.endswith("ed") or word in IRREGULAR_PARTICIPLES) and lemma in DONE_TO_LEMMAS
    if not (arriving or done_to):
        return j
    # a possessive clitic ("the Taliban's return") is no word of its own, nor the copula
    clitics = sum(lowers[k] in POSSESSIVE_CLITICS for k in range(j + 1, min(n, j + 8)))
    for k in range(j + 1, min(n, j + PARTICIPLE_REACH + 2 + clitics)):
        lower = lowers[k]
        if lower in POSSESSIVE_CLITICS:
            continue
        if lower in MAIN_VERB_STARTS or (arriving and lower in STAY_VERBS):
            return k
        if doc[k].is_punct or lower in PHRASE_STOPS or k in analysis.by_start:
            return j
    return j
