"""A denial of papers put before its subject: "Without official documentation, Afghan refugees
are shut out of schools", "... Afghan refugees. Without papers they cannot ...".

A sentence opened by "without (valid) documents" or "lacking papers" says of its subject what
"refugees without documents" says of the group: the people have none. The subject is the group
named right after the opening (and its comma), or a "they" there that refers back to a group
(:mod:`narrlint.claims.groups_backrefs`). A verb of what might be ("would", "could", "can",
"will", "face", "risk") makes the opening a condition ("Without valid cards, refugees face
arrest": if they had none), which says nothing of the papers they hold: no denial.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from narrlint.claims.groups_denials import document_denial
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, GroupClaim, GroupPredicate, span_of
from narrlint.claims.groups_places import outside, past_place
from narrlint.claims.groups_words import MODALS
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_at, where_lower
from narrlint.nlp.vocabulary import LACKING_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc

FRONTED_OPENERS = frozenset(LACKING_WORDS | {"with"})
"""Words a fronted denial of papers starts with ("Without papers,", "Lacking documents,",
"With no valid documents,")."""
FRONTED_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "still"})
"""A conjunction the sentence may open with before the denial ("But without papers, ...")."""
CONDITIONAL_VERBS = frozenset(
    MODALS - {"now", "all", "still"}
    | {"can", "cannot", "ca", "should", "shall", "face", "faces", "risk", "risks", "if"}
)
"""Verbs after the subject that make a fronted denial a condition, not a fact of theirs."""
SUBJECT_KINDS = frozenset({"term", "np", "head"})


def fronted_denials(
    doc: Doc, lex: Lexicon, analysis: Analysis, claims: dict[int, GroupClaim]
) -> Iterator[tuple[GroupClaim, GroupPredicate]]:
    """(group, the denial of papers that opens its sentence right before it). Only where a
    sentence opens with a word of lacking (the doc's word index)."""
    if not lex.undocumented:
        return
    for k in where_lower(doc, FRONTED_OPENERS):
        if not _opening(doc, k):
            continue
        found = fronted_at(doc, lex, analysis, k)
        if found is None:
            continue
        at = _subject_start(doc, found)
        subject = analysis.by_start.get(at)
        claim = claims.get(at)
        if subject is None or claim is None or claim.predicate is not None:
            continue
        if subject.kind not in SUBJECT_KINDS or subject.fused:
            continue
        if _conditional(doc, subject.end):
            continue
        if outside(doc, lex, subject.start, subject.end, subject.end, subject.kind == "head"):
            continue  # "Without papers, Afghan refugees in Iran ...": people abroad
        yield claim, found


def fronted_at(doc: Doc, lex: Lexicon, analysis: Analysis, k: int) -> GroupPredicate | None:
    """The denial of papers at ``k`` that opens its sentence, closed by an optional comma:
    its span ends where its subject begins."""
    denial = document_denial(doc, lex, analysis, k)
    if denial is None or denial.positive:
        return None
    lowers = doc_lowers(doc)
    end = denial.end + (denial.end < len(doc) and lowers[denial.end] == ",")
    if end >= sentence_at(doc, k).end:
        return None
    return GroupPredicate(
        span_of(doc, k, denial.end), denial.negative, denial.positive, denial.words,
        denial.attributes, False,
    )  # fmt: skip


def fronted_before(doc: Doc, lex: Lexicon, analysis: Analysis, at: int, end: int):
    """The denial of papers that opens the sentence of a subject pronoun ``[at, end)`` ("...
    Without papers they cannot ..."), unless the pronoun's verb makes it a condition."""
    sentence = sentence_at(doc, at)
    lowers = doc_lowers(doc)
    s = sentence.start
    if s < at and lowers[s] in FRONTED_CONJUNCTIONS:
        s += 1
    if s >= at or lowers[s] not in FRONTED_OPENERS:
        return None
    found = fronted_at(doc, lex, analysis, s)
    if found is None or _subject_start(doc, found) != at or _conditional(doc, end):
        return None
    return found


SUBJECT_DETERMINERS = frozenset({"the", "these", "those", "many", "most", "some", "all"})
"""Words read through between the opening's comma and its subject ("Without papers, the
refugees ...", "..., many Afghan refugees ...")."""


def _subject_start(doc: Doc, found: GroupPredicate) -> int:
    """Where the subject of a fronted denial begins: past its comma and a determiner."""
    end = found.span.end
    end += end < len(doc) and doc[end].lower_ == ","
    return end + (end < len(doc) and doc[end].lower_ in SUBJECT_DETERMINERS)


def _opening(doc: Doc, k: int) -> bool:
    """Does the word at ``k`` open its sentence (after a conjunction too)?"""
    start = sentence_at(doc, k).start
    return k == start or (k == start + 1 and doc[start].lower_ in FRONTED_CONJUNCTIONS)


def _conditional(doc: Doc, end: int) -> bool:
    """Does the subject ending at ``end`` (past where it lives) go on with a verb of what
    might be ("would", "can", "face")?"""
    verb = past_place(doc, end)
    return verb < len(doc) and doc[verb].lower_ in CONDITIONAL_VERBS
