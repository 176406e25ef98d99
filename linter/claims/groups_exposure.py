"""The group an order falls on: a number that an order in its clause puts at risk ("... a
deadline for undocumented aliens to leave ..., putting 1.4 million Afghan refugees at risk",
"..., though it mostly affects some 13 lakh Afghans") is the size of the group the order
targets, read from the group words, phases and phase deadline dates of that clause (or of the
earlier clause or sentence a pronoun refers back to).

A group word inside a plan's name ("the Illegal Foreigners Repatriation Programme ...,
targeting nearly three million Afghans") names the plan, whose people grew phase by phase, and
so does the first phase's date given as the day the plan has gone on from ("active since
November 1, 2023"): such a target is marked ``by_plan``, so that the rules weigh it against
the phases announced by the draft's date (the claims reader does not know that date).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from narrlint.claims.groups_clauses import Clause, phases_in, phrase_at, sentence_clauses
from narrlint.claims.groups_gate import gate
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis
from narrlint.claims.groups_places import names_abroad
from narrlint.claims.groups_words import (
    ADDRESSED_ORDERS,
    AUXILIARY_FILLERS,
    EXPOSURE_AFTER,
    EXPOSURE_VERBS,
    FACING_LEMMAS,
    FIGURE_HEDGES,
    MODALS,
    ORDER_ADDRESSES,
    ORDER_NOUNS,
    ORDERED,
    ORDERING_LEMMAS,
    SINCE_WORDS,
)
from narrlint.nlp.tokens import lemma_lowers, sentence_at, spans_within
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import DEPARTURE_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def exposure_targets(
    doc: Doc, lex: Lexicon, analysis: Analysis, clause: Clause, start: int, phrase_end: int
) -> tuple[frozenset[str], bool] | None:
    """The one group an order falls on when the number (``start`` to its phrase's end) is
    the people it puts at risk, and whether only the plan as a whole (its name, its start)
    gave it."""
    if not _exposed(doc, start, phrase_end, clause):
        return None
    plain, named = _order_targets(doc, lex, analysis, clause, (start, phrase_end))
    if not (plain or named) and _anaphoric(doc, clause, start):
        # "The move put 1.4 million ... at risk", "..., though it affects 13 lakh Afghans":
        # the order is an earlier clause's of the sentence, else the previous sentence's
        earlier = [
            c for c in sentence_clauses(sentence_at(doc, clause.start)) if c.end <= clause.start
        ]
        previous = _previous_sentence(doc, clause.start)
        for other in earlier or (sentence_clauses(previous) if previous is not None else []):
            more, more_named = _order_targets(doc, lex, analysis, other, (0, 0))
            plain |= more
            named |= more_named
    targets = plain | named
    if not targets and _in_force(doc, lex, analysis, clause, start):
        # "issued an ultimatum to 1.4 million people a month ago to leave": an order that
        # names no group, date or phase is the order in force, as the whole plan named by
        # its name is (its first phase's people until a later phase is announced)
        return _first_phase_targets(lex), True
    if len(targets) != 1:
        return None
    return frozenset(targets), not plain


def _first_phase_targets(lex: Lexicon) -> frozenset[str]:
    first = min(lex.phase_targets, default=None)
    return lex.phase_targets[first] if first is not None else frozenset()


def _in_force(doc: Doc, lex: Lexicon, analysis: Analysis, clause: Clause, start: int) -> bool:
    """An order to leave addressed to the number's people that names no group, date or phase
    of its own may be the order in force: in a sentence that holds evidence of the ledger's
    groups (its people, papers, phases: :mod:`.groups_gate`) and names no other country
    ("Iran issued an ultimatum to 1.5 million Afghans" is Iran's order), and when the ledger
    has phases."""
    if not _first_phase_targets(lex) or not _addressed_before(doc, start, clause):
        return False
    found = gate(doc, lex, analysis)  # its data, not its skip: the same with the gate off
    if not found.live[bisect_right(found.starts, start) - 1]:
        return False
    return not names_abroad(doc, lex, start)


def _addressed_before(doc: Doc, start: int, clause: Clause) -> bool:
    """Is the number the people an order to leave is addressed to ("an ultimatum to 1.4
    million people ... to leave"), with nothing but hedges between?"""
    words = doc_lowers(doc)
    for k in range(start - 1, max(clause.start, start - 4) - 1, -1):
        if _addressed(doc, k):
            return True
        if words[k] not in FIGURE_HEDGES:
            break
    return False


def _order_targets(
    doc, lex, analysis, clause: Clause, skip: tuple[int, int]
) -> tuple[set[str], set[str]]:
    """Groups an order in the clause's affirmative part names: group words (outside the
    number's own phrase, ``skip``), phases and phase deadline dates; and, apart, the groups
    that name the plan as a whole: words inside its name ("Illegal Foreigners Repatriation
    Programme") and a phase date after "since" (the plan's start)."""
    targets: set[str] = set()
    in_names: set[str] = set()
    for mention in analysis.within(clause.start, clause.affirmative_end):
        if mention.kind == "adjective" or mention.fused:
            continue
        if not (skip[0] <= mention.start < skip[1]):
            if analysis.inside_subject(mention):
                in_names.update(mention.categories)
            else:
                targets.update(mention.categories)
    for _, number in phases_in(doc, clause.start, clause.affirmative_end):
        targets.update(lex.phase_targets.get(number, ()))
    for span, groups in _dated_targets(doc, lex, clause):
        started = span.start > 0 and doc[span.start - 1].lower_ in SINCE_WORDS
        (in_names if started else targets).update(groups)
    known = set(lex.categories)
    return targets & known, in_names & known


CLAUSE_SUBORDINATORS = frozenset({"though", "although", "but", "and", "while", "yet"})


def _anaphoric(doc: Doc, clause: Clause, start: int) -> bool:
    """The clause refers back to an order: "The move ...", "This ...", "It ..."."""
    first = clause.start + (doc[clause.start].lower_ in CLAUSE_SUBORDINATORS)  # "though it"
    lowers = [doc[k].lower_ for k in range(first, min(start, first + 3))]
    if lowers[:1] and lowers[0] in ("it", "this", "that", "which"):
        return True
    return len(lowers) > 1 and lowers[0] in ("the", "this", "that") and lowers[1] in ORDER_NOUNS


def _previous_sentence(doc: Doc, start: int) -> Span | None:
    sentence = sentence_at(doc, start)
    if sentence.start == 0:
        return None
    previous = sentence_at(doc, sentence.start - 1)
    return previous if not all(t.is_space for t in previous) else None


def _dated_targets(doc: Doc, lex: Lexicon, clause: Clause) -> Iterator[tuple[Span, set[str]]]:
    """Each date of the clause that a phase deadline accepts ("... to leave by November 1"),
    with that phase's groups."""
    for span in spans_within(doc, "dates", clause.start, clause.affirmative_end):
        value = span._.date
        found: set[str] = set()
        for year, targets in lex.phase_dates.get((value.month, value.day), ()):
            if value.year is None or value.year == year:
                found.update(targets)
        if found:
            yield span, found


def _exposed(doc: Doc, start: int, phrase_end: int, clause: Clause) -> bool:
    """Is the number the group an order falls on? "putting 1.4 million ... at risk",
    "affecting some 800,000 ...", "... face deportation", or the people an order to leave
    is addressed to ("an ultimatum to 1.7 million people to leave", "the deadline for 1.7
    million Afghans to leave", "ordered 1.7 million people to leave")."""
    words = doc_lowers(doc)
    for k in range(start - 1, max(clause.start, start - 4) - 1, -1):
        lower = words[k]
        if lower in EXPOSURE_VERBS or (_addressed(doc, k) and _sent_away(doc, phrase_end)):
            return True
        if lower not in FIGURE_HEDGES:  # "to" of "close to" is one: "an ultimatum to"
            break
    lowers = words[phrase_end : min(clause.affirmative_end, phrase_end + 5)]
    if phrase_at(lowers, 0, EXPOSURE_AFTER):
        return True
    skip = 0
    while skip < len(lowers) and (lowers[skip] in MODALS or lowers[skip] in AUXILIARY_FILLERS):
        skip += 1
    if skip == len(lowers):
        return False
    return lowers[skip] in ORDERED or lemma_lowers(doc)[phrase_end + skip] in FACING_LEMMAS


def _addressed(doc: Doc, k: int) -> bool:
    """The words ending at ``k`` address an order to the number after them: "an ultimatum
    to", "the deadline for", "ordered"."""
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    if lowers[k] in ORDER_ADDRESSES:
        return k > 0 and lowers[k - 1] in ADDRESSED_ORDERS
    return lemmas[k] in ORDERING_LEMMAS and lowers[k].endswith("ed")


SENT_AWAY_REACH = 5
"""Words between the number's phrase and "to leave" ("... 1.7 million people a month ago to
leave")."""


def _sent_away(doc: Doc, end: int) -> bool:
    """ "to leave", "to return", "to depart" follows the number's phrase within a few words
    of its sentence: the order sends the people away."""
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    stop = min(sentence_at(doc, max(end - 1, 0)).end - 1, end + SENT_AWAY_REACH)
    return any(lowers[k] == "to" and lemmas[k + 1] in DEPARTURE_LEMMAS for k in range(end, stop))
