"""A group's reduced relative clause: "the Afghan refugees deported so far had no documents".

A past participle of something done to people right after a group ("deported", "arrested in
the raid", "detained on Friday") restricts the group as "who were deported" would: the
sentence's own verb comes after the participle's few words, and what that verb says ("had no
documents", "were undocumented") is said of the group. The participle is read through only
when a finite verb follows it within its phrase; a participle with no such verb after it is
the sentence's own verb ("Afghan refugees deported 40 people"), and a mark, a clause break,
a relative pronoun or another group on the way ends the phrase ("refugees deported, as they
had no papers, ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.groups_model import Analysis
from narrlint.claims.groups_words import COPULAS, DO_FORMS
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import (
    ACTED_ON_LEMMAS,
    CLAUSE_BREAKS,
    DEPARTURE_LEMMAS,
    NEGATIONS,
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
    word = lowers[j]
    if not (word.endswith("ed") or word in IRREGULAR_PARTICIPLES):
        return j
    if lemma_lowers(doc)[j] not in DONE_TO_LEMMAS:
        return j
    for k in range(j + 1, min(n, j + PARTICIPLE_REACH + 2)):
        lower = lowers[k]
        if lower in MAIN_VERB_STARTS:
            return k
        if doc[k].is_punct or lower in PHRASE_STOPS or k in analysis.by_start:
            return j
    return j
