"""An extension told as proposed, not decided: "a one-year extension was agreed between Kabul and
Islamabad", "the ministry sought a six-month extension", "an extension to December was
recommended". Such a length or date is what someone asked for or negotiated, not the link of a
validity chain that a government decided, so it is no cut-off claim.

A clause is a proposal when it holds a word of asking or proposing (``REQUEST_LEMMAS``: "sought",
"recommended", "proposed", "requested"; the nouns ``PROPOSAL_NOUNS``: "a proposal for"), an
agreement in talks ("agreed between", "agreed in principle"), unless a decision is told before the
value with no request between them ("the cabinet approved the one-year extension UNHCR had
sought", "approved SAFRON's proposal of a one-year extension": the proposal noun is what was
approved). An extension foreseen is no decision either: a word of speculation before the value
("refugees are likely to get another extension, and it may be till …", "are expected to be
granted …") with no decision told between them (``SPECULATION_LEMMAS``). The words come from
:mod:`narrlint.claims.dates_words`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.dates_frames import clause_words
from narrlint.claims.dates_words import (
    AGREEMENT_TALKS,
    DECIDED_FORMS,
    DETERMINERS,
    EFFORT_LEMMAS,
    EXTENSION_LEMMAS,
    IRREALIS_BEFORE,
    PROPOSAL_NOUNS,
    REQUEST_LEMMAS,
    SPECULATION_LEMMAS,
)
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import NEGATIONS

if TYPE_CHECKING:
    from spacy.tokens import Span

ASKING = REQUEST_LEMMAS | PROPOSAL_NOUNS
AGREEMENT_REACH = 3
"""Words after "agreed" that may say it was in talks ("agreed in principle", "agreed between")."""


def proposed_change(clause: Span, span: Span) -> bool:
    """Whether the extension value at ``span`` is one asked for, proposed or agreed in talks in
    its clause, and not one a decision before it told."""
    words = clause_words(clause)
    if not words.isdisjoint(SPECULATION_LEMMAS) and _foreseen(clause, span.start):
        return True  # "are likely to get another extension …": a guess
    agreed = "agree" in words and _agreed_in_talks(clause)
    effort = not words.isdisjoint(EFFORT_LEMMAS) and _effort_before(clause, span.start)
    if words.isdisjoint(ASKING) and not agreed and not effort:
        return False  # three set tests: most clauses ask for nothing
    doc = clause.doc
    asks = [
        i
        for i in range(clause.start, clause.end)
        if _asking_at(clause, i) or (agreed and lemma_lowers(doc)[i] == "agree")
    ]
    return (bool(asks) or effort) and not _decided_before(clause, span.start)


def _effort_before(clause: Span, at: int) -> bool:
    """A word of working towards an extension before ``at`` whose infinitive of extending
    follows it before the value ("in contact with the officials to extend the stay by one
    year", "in a bid to prolong …"), with no decision told between them ("tried to …, and the
    cabinet extended it by …" is decided)."""
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    extending = False  # an infinitive of extending met so far, scanning back from the value
    for i in range(at - 1, clause.start - 1, -1):
        if lemmas[i] in EXTENSION_LEMMAS and i > clause.start and lowers[i - 1] == "to":
            extending = True
        elif lowers[i] in DECIDED_FORMS and _told_done(lowers, i, clause.start):
            return False
        elif extending and lemmas[i] in EFFORT_LEMMAS:
            return True
    return False


def _asking_at(clause: Span, i: int) -> bool:
    """A word of asking at ``i``: not a name ("Call", a capitalised word past the clause's
    first), and a noun of asking after a determiner or possessive only as a proposal ("a
    request for", "SAFRON's proposal")."""
    doc = clause.doc
    if lemma_lowers(doc)[i] not in ASKING:
        return False
    return i == clause.start or not doc[i].is_title


def _agreed_in_talks(clause: Span) -> bool:
    """ "was agreed between Kabul and Islamabad", "agreed in principle", "agreed in talks"."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for i in range(clause.start, clause.end):
        if lemmas[i] == "agree":
            after = lowers[i + 1 : min(clause.end, i + 1 + AGREEMENT_REACH)]
            if not AGREEMENT_TALKS.isdisjoint(after):
                return True
    return False


def _decided_before(clause: Span, at: int) -> bool:
    """A decision told before ``at`` ("approved", "granted", "extended", not "to approve",
    "be granted", "not approved"), with no verb of asking between it and ``at`` (a noun of
    asking after a determiner is what was decided: "approved the proposal of …")."""
    doc = clause.doc
    lowers = doc_lowers(doc)
    lemmas = lemma_lowers(doc)
    for i in range(at - 1, clause.start - 1, -1):
        if lowers[i] in DECIDED_FORMS:
            return _told_done(lowers, i, clause.start)
        if _asking_at(clause, i) and lemmas[i] in REQUEST_LEMMAS | EFFORT_LEMMAS:
            previous = lowers[i - 1] if i - 1 >= clause.start else ""
            if previous not in DETERMINERS and previous not in ("'s", "’s"):
                return False  # "sought", "proposed": the verb of asking is nearer
    return False


def _foreseen(clause: Span, at: int) -> bool:
    """A word of speculation before ``at`` ("likely", "expected") with no decision told
    between them: "are expected to be granted an extension until …" (a decision only foreseen:
    "to be granted" is none), not "were granted an extension until …, and are expected to
    leave" (the speculation after the value is of another thing)."""
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    for i in range(at - 1, clause.start - 1, -1):
        if lemmas[i] in SPECULATION_LEMMAS:
            return True
        if lowers[i] in DECIDED_FORMS and _told_done(lowers, i, clause.start):
            return False
    return False


def _told_done(lowers: list[str], i: int, start: int) -> bool:
    """Whether the decision form at ``i`` tells a decision made: not negated, not after a
    modal or "to", not "be granted" (as :func:`_decided_before` reads it)."""
    before = lowers[max(start, i - 2) : i]
    if not (NEGATIONS.isdisjoint(before) and IRREALIS_BEFORE.isdisjoint(before[-1:])):
        return False
    return before[-1:] != ["be"]
