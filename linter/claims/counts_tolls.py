"""Tolls: "the death toll rose to <N>", "casualties included <N> soldiers", "the number of dead
has climbed to <N>", "put the toll at <N>" (the toll form of :mod:`.counts_phrases`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from narrlint.claims.counts_asides import ASIDE_DASHES, dashed_aside_end
from narrlint.claims.counts_numbers import Count, count_value, counted_phrase_end, word
from narrlint.claims.counts_words import (
    ANCHORED_LINKS,
    CASUALTIES,
    CLAUSE_MARKS,
    COUNTED_PEOPLE,
    HEDGES,
    INJURED,
    KILLED,
    LINK_FILLERS,
    MAX_TOLL_GAP,
    PREDICATES,
    REFERRING_MODIFIERS,
    RISE_LINKS,
    ROAD_TOLL_WORDS,
    TOLL_CUES,
    TOLL_FIGURE_MODIFIERS,
    TOLL_FIGURES,
    TOLL_HEADS,
    TOLL_LINKS,
    TOLL_SUBJECTS,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def toll_counts(sentence: Span, numbers: Sequence[Span]) -> Iterator[Count]:
    """ "the death toll rose to <N>", "casualties included <N> soldiers", "the number of dead
    has climbed to <N>", "put the toll at <N>"."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    if TOLL_CUES.isdisjoint(lowers[sentence.start : sentence.end]):
        return  # most sentences with a count's cue: no toll word (one scan in C)
    by_start = {n.start: n for n in numbers}
    for i in range(sentence.start, sentence.end):
        if lowers[i] not in TOLL_CUES:
            continue
        token = doc[i]
        kind = _toll_kind(token)
        if kind is None:
            continue
        number = _toll_number(sentence, token, by_start)
        if number is None or _projected(lowers, i + 1, number.start):
            continue
        if lowers[i + 1] in SUBJECT_PHRASE_OPENERS and word(doc, number.end) in PREDICATES:
            continue  # "Casualties in Mastung stood at 55 dead": the count is "55 dead"
        start = token.i - 1 if word(doc, token.i - 1) in REFERRING_MODIFIERS else token.i
        span = doc[start : counted_phrase_end(number)]
        yield Count(span, number, count_value(number), kind, "toll", lowers[i])


PROJECTING_MODALS = {"could", "may", "might", "would", "will", "shall", "can"}
PROJECTING_WORDS = {"expected", "likely", "feared", "set", "projected", "predicted", "poised"}


def _projected(lowers: list[str], start: int, end: int) -> bool:
    """ "the toll could rise to 20", "is expected to climb to 30": a forecast, not a count
    ("may have reached 30" is a toll a report is unsure of, and stays one)."""
    for k in range(start, end):
        lower = lowers[k]
        if lower in PROJECTING_MODALS and lowers[k + 1] != "have":
            return True
        if lower in PROJECTING_WORDS and lowers[k + 1] == "to":
            return True
    return False


def _toll_kind(token: Token) -> str | None:
    """What a toll word counts, or None if the token does not announce a toll."""
    doc = token.doc
    lower = token.lower_
    if lower in TOLL_HEADS:
        if word(doc, token.i + 1) in ROAD_TOLL_WORDS:
            return None
        before = word(doc, token.i - 1)
        named = _toll_of_whom(doc, token.i)
        if named is not None:
            return named  # "the toll of injured has reached 221"
        return (
            INJURED
            if before in ("injury", "injured")
            else (CASUALTIES if before == "casualty" else KILLED)
        )
    if lower in TOLL_FIGURES:
        before = word(doc, token.i - 1)
        return TOLL_FIGURE_MODIFIERS.get(before) or _referred_kind(token)  # "the death count"
    if lower == "number" and word(doc, token.i + 1) != "of":
        return _referred_kind(token)  # "45 deaths, but this number has since risen to 50"
    if lower == "number":
        return _number_of_kind(doc, token.i)
    if lower in TOLL_SUBJECTS:
        before = word(doc, token.i - 1)
        starts = token.i == sentence_bounds(doc, token.i)[0]
        if not starts and before not in TOLL_DETERMINERS and before not in REFERRING_MODIFIERS:
            return None  # "three dead" is a count, not a toll noun; "the dead" is
        linked = word(doc, token.i + 1) in TOLL_LINKS - {"of", "at", "to"}
        return TOLL_SUBJECTS[lower] if linked or _rises_after_phrase(token) else None
    return None


def _toll_of_whom(doc: Doc, i: int) -> str | None:
    """ "The toll of injured has reached at least 221", "the toll of the wounded rose to 40"
    (r22 hunt, hc-026): a toll whose "of" names the people it counts counts them, the injured
    as "the injury toll" does; "the toll of 45" and "the toll of the attack" name no kind."""
    if word(doc, i + 1) != "of":
        return None
    k = i + 2
    if word(doc, k) == "the":
        k += 1
    return TOLL_SUBJECTS.get(word(doc, k))


def _number_of_kind(doc: Doc, i: int) -> str | None:
    """ "the number of victims", "the number of those killed", "the number of terrorists
    killed", "the number of Afghan civilians injured": what "the number of" counts, past the
    people it names (one modifier allowed before them); "the number of lives lost" and "the
    number of refugees deported" count no casualties."""
    words = [word(doc, i + k) for k in range(2, 2 + MAX_NUMBER_OF_WORDS)]
    if words[0] == "lives":
        return None
    for j, following in enumerate(words):
        kind = PREDICATES.get(following) or TOLL_SUBJECTS.get(following)
        people = [w == "those" or w in COUNTED_PEOPLE for w in words[:j]]
        if kind and (all(people) or people[1:] == [True]):  # one modifier first: "Afghan"
            return kind
        if j and not people[-1] and following not in COUNTED_PEOPLE:
            return None
    return None


MAX_NUMBER_OF_WORDS = 3
"""Words after "the number of" up to its casualty word ("police officers injured")."""


REFERRING_FIGURE_DETERMINERS = frozenset({"this", "that", "the"})
MAX_REFERRED_GAP = 3
"""Words from the number a figure refers back to up to its casualty word ("45 people died")."""
REVISED_LINKS = frozenset(RISE_LINKS | {"stood", "stands", "now"})
REFERRED_FILLERS = frozenset(LINK_FILLERS | {"since", "later", "then"})
"""Words between a figure that refers back and its verb ("this number has since risen")."""


def _referred_kind(token: Token) -> str | None:
    """ "Initial reports confirmed 45 deaths, but this number has since risen to around 50",
    "Police said 45 people died. The figure later rose to 50": "this/the number/figure"
    before a verb of a changing total refers back to the nearest number before it, in its
    sentence or the one before; when that number counts casualties ("45 deaths", "45 people
    died") the figure is a toll of the same kind. "The number has risen" after "200 houses"
    or with nothing counted before it is no toll."""
    doc = token.doc
    if word(doc, token.i - 1) not in REFERRING_FIGURE_DETERMINERS:
        return None
    lowers = doc_lowers(doc)
    after = token.i + 1
    first, end = sentence_bounds(doc, token.i)
    while after < end and lowers[after] in REFERRED_FILLERS:
        after += 1
    if after >= end or lowers[after] not in REVISED_LINKS:
        return None
    if first > 0:
        first = sentence_bounds(doc, first - 1)[0]
    for i in range(token.i - 2, first - 1, -1):
        if doc[i].like_num:
            following = lowers[i + 1 : min(token.i, i + 2 + MAX_REFERRED_GAP)]
            return next((PREDICATES[w] for w in following if w in PREDICATES), None)
    return None


def revises_a_figure(words: list[str]) -> bool:
    """ "The figure later rose to 50": a sentence whose only toll word is a figure that may
    refer back to a casualty count (:func:`_referred_kind`) has a figure noun and a verb of a
    changing total; the count reader must not skip it for want of a casualty word."""
    return not TOLL_FIGURES.isdisjoint(words) and not REVISED_LINKS.isdisjoint(words)


TOLL_DETERMINERS = frozenset({"the", "those"})
"""Before a toll noun: "the dead included…", "those killed included 12 soldiers"."""
SUBJECT_PHRASE_OPENERS = frozenset({"in", "from", "among", "across", "on", "at"})
"""Prepositions of the phrase that places a toll noun ("fatalities in Khyber Pakhtunkhwa")."""
LEVEL_LINKS = frozenset({"stood", "stands", "stand", "totalled", "totaled", "numbered"})
"""Verbs of a total's level ("deaths from the attack stand at 12")."""
PLACED_TOLL_NOUNS = frozenset({"deaths", "fatalities", "casualties", "victims", "martyrs"})
"""Toll nouns a phrase of place or cause may follow ("fatalities in KP"); not the
participles ("killed in the attack that hit…" is a count's own verb)."""
MAX_SUBJECT_PHRASE = 7
"""Words of that phrase and the auxiliaries before the toll's verb ("from terrorism in the
northwestern province have")."""


def _rises_after_phrase(token: Token) -> bool:
    """ "Fatalities in Khyber Pakhtunkhwa jumped from 1,620 to 2,331", "deaths from the floods
    rose to 300": a toll noun, a short phrase of place or cause, then a verb of a changing
    total ("casualties in the attack were heavy" has no total)."""
    doc = token.doc
    if (
        token.lower_ not in PLACED_TOLL_NOUNS
        or word(doc, token.i + 1) not in SUBJECT_PHRASE_OPENERS
    ):
        return False
    lowers = doc_lowers(doc)
    for i in range(
        token.i + 2, min(sentence_bounds(doc, token.i)[1], token.i + 2 + MAX_SUBJECT_PHRASE)
    ):
        lower = lowers[i]
        if lower in RISE_LINKS or lower in LEVEL_LINKS:
            return True
        if not lower.isalpha():
            return False  # a clause mark, a quote, a number
    return False


def _toll_number(sentence: Span, head: Token, by_start: dict[int, Span]) -> Span | None:
    """The number a toll word links to: after a link word ("rose to", "of", "at", "included")."""
    doc = sentence.doc
    linked = False
    anchored = True  # right after the toll word or a link verb
    i = head.i + 1
    while i < min(sentence.end, head.i + MAX_TOLL_GAP):
        lower = doc[i].lower_
        if i in by_start and linked:
            return by_start[i]
        if i in by_start:  # "the toll from the 12 blasts": not linked yet
            anchored = False
            i = by_start[i].end
            continue
        aside = dashed_aside_end(doc, i, sentence.end) if lower in ASIDE_DASHES else 0
        if aside:  # "the death toll — as of today — had risen to 13"
            i = aside
            continue
        if lower in CLAUSE_MARKS - {","} or lower in ("said", "told", "says") or doc[i].is_quote:
            return None
        if lower == "by" and linked:  # "rose by 5 to 45": skip the increment
            linked = False
        elif lower in ANCHORED_LINKS:
            linked = anchored
        elif lower in TOLL_LINKS:
            linked = anchored = True
        elif lower == ",":
            anchored = True  # "the toll from the blast, now at 45"
        elif not (lower in HEDGES or lower in LINK_FILLERS or lower.endswith("ly")):
            linked = anchored = False
        i += 1
    return None
