"""A count restated by a named source a few sentences on (hunt r12 classes 1 and 2).

Web pages often break a paragraph after every sentence, and wire copy tells a lead count,
then what a source said of the attack, then the same count again with the victims' names:
"Four policemen were martyred … // A police official said the attackers used rocket
launchers. He said the cops returned fire. // He said that four policemen including head
constable X … got martyred". The adjacent-sentence window of :mod:`.counts_coverage` stops at
one sentence (or one bridge); this reader goes further only for a *restatement*: the later
sentence is credited and gives the same number of the same kind, or names as many people as
were counted, and every sentence between is of the same story, gives no count of its own
(no rival, no figure of people; a figure of things, "two missiles", is none) and opens no other
incident. Asked by :mod:`.counts` after
:mod:`.counts_coverage` and the story's repeats.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_coverage import (
    NEIGHBOUR,
    Found,
    Sentences,
    marker_span,
    neighbour_marker,
)
from narrlint.claims.counts_events import other_time
from narrlint.claims.counts_identities import names_the_counted
from narrlint.claims.counts_memo import per_sentence
from narrlint.claims.counts_numbers import Count
from narrlint.claims.counts_objects import counts_people
from narrlint.claims.counts_parts import kinds_match
from narrlint.claims.counts_referents import rivals
from narrlint.claims.counts_sequels import added_count, opens_another_incident, other_side
from narrlint.nlp.vocabulary import SENTENCE_ENDS

if TYPE_CHECKING:
    from spacy.tokens import Span

MAX_RESTATED_REACH = 3
"""Sentences on from the count to its restatement: the next one is judged by
:func:`.counts_coverage.by_neighbour`; this reaches the two after it."""


def restated_later(sentences: Sentences, index: int, count: Count) -> Found | None:
    """The credit of a sentence two or three sentences on that restates ``count`` (the same
    number and kind, or as many names as were counted), past sentences with no figure of people and
    no other incident. Asked after the story's repeats (:mod:`.counts_repeats`), so a headline
    keeps the story's credit."""
    own = sentences.items[index]
    if not _closed(own):
        return None  # a title line (a related story's headline) is no account to restate
    for later in range(index + 2, index + 1 + MAX_RESTATED_REACH):
        between = later - 1
        if (
            not sentences.same_story(index, between)
            or _counts_people(sentences, between)  # not "two missiles": no one counted
            or sentences.separate(between)
            or opens_another_incident(sentences.items[between])
        ):
            return None
        if not sentences.same_story(index, later):
            return None
        sentence = sentences.items[later]
        if sentences.separate(later) or opens_another_incident(sentence):
            return None
        marker = neighbour_marker(sentences, later)
        theirs = sentences.counts_of(later)
        if marker is None or rivals(count, theirs, sentence, own) or other_time(sentence, own):
            continue  # another day's count is no restatement
        same = any(
            c.value == count.value
            and kinds_match(c.kind, count.kind)
            and not added_count(c.span)  # not "they had also killed two FC personnel"
            and not other_side(c.span, [count.span])  # not "all four attackers" after guards
            for c in theirs
        )
        if same or names_the_counted(sentence, count.value):
            return NEIGHBOUR, marker_span(marker)
    return None


PEOPLE_WORDS_AFTER = 3
"""Words after a number that may name the people it counts ("12 suspects", "three FC men")."""


def _counts_people(sentences: Sentences, index: int) -> bool:
    """Does the sentence give a figure of people ("Police said 12 suspects were arrested"), a
    count or not? "The drones fired two missiles" gives a figure of things only."""
    if sentences.counts_of(index):
        return True
    known = sentences.people_figures
    if index not in known:  # each count of a sentence before asks: read once a sentence
        doc = sentences.items[index].doc
        known[index] = any(
            counts_people(doc, n.end, min(len(doc), n.end + PEOPLE_WORDS_AFTER))
            for n in sentences.numbers_of(index)
        )
    return known[index]


@per_sentence
def _closed(sentence: Span) -> bool:
    """Does the sentence end as a sentence of an account (a full stop, maybe inside a closing
    quotation mark), not as a title line ("Attack on paramilitary post kills seven")?"""
    tokens = [t for t in sentence if not (t.is_space or t.is_quote)]
    return bool(tokens) and tokens[-1].text in SENTENCE_ENDS
