"""Documents as sources of a count: "The report highlights that 124 were killed", "the study
found that…", "the CTD report notes 124 deaths", "police reports state…".

Part of the count claims reader (:mod:`narrlint.claims.counts_attribution`). A report, a data
set or a statement gives the figures its verb introduces, as a person does with "said": the
verb need not be one of reporting ("highlights", "underlines", "found", "lists", "points
out"), nor in its verb-only form ("the report states", "notes", "records"), when a document
is its subject. The document must be the head of the subject, directly before the verb or
before a short phrase naming its author ("the report by PICSS found", "figures from the
health ministry show"): "the survey team found 12 bodies" is a team's find, not a report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_words import CLAUSE_MARKS
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DATA_NOUNS = frozenset(
    {
        "figures", "data", "records", "statistics", "report", "reports", "tally", "tallies",
        "count", "counts", "numbers", "estimate", "estimates", "assessment", "assessments",
        "list", "lists",
    }
)  # fmt: skip
"""Nouns of figures a source compiled ("official figures show", "the ministry's tally", "a
hospital list showed at least seven children among the dead")."""
REPORT_NOUNS = frozenset(
    DATA_NOUNS
    | {
        "study", "studies", "survey", "surveys", "findings", "analysis", "review", "audit",
        "research", "paper", "document", "statement", "release", "bulletin", "investigation",
        "inquiry", "census", "database", "dataset", "update", "factsheet", "briefing",
        "summary", "communique", "communiqué", "handout", "notification", "dossier", "record",
        "report's", "yearbook",
    }
)  # fmt: skip
"""Documents that give figures: the subject of a verb that presents what they hold."""
PRESENTING_LEMMAS = frozenset(
    {
        "highlight", "underline", "underscore", "find", "detail", "list", "outline", "point",
        "conclude", "emphasise", "emphasize", "flag", "observe", "present", "describe",
        "specify", "summarise", "summarize", "attest",
    }
)  # fmt: skip
"""Verbs by which a document presents its content ("the report highlights that…"): sources
only with a document as their subject ("officials found 12 bodies" reports nothing)."""
SUBJECT_FILLERS = frozenset(
    {"also", "further", "clearly", "specifically", "separately", "however", "had", "has",
     "have", "then", "only", "explicitly", "itself"}
)  # fmt: skip
"""Words between a document and its verb ("the report also highlights")."""
AUTHOR_PREPOSITIONS = frozenset({"of", "by", "from", "on", "for"})
"""Prepositions of the phrase naming a document's author or topic ("the report by PICSS")."""
MAX_AUTHOR = 7
"""Tokens of that phrase ("of the Counter Terrorism Department")."""


def document_subject(verb: Token, sentence: Span) -> bool:
    """Is the head of the verb's subject a document ("The report highlights", "The annual
    report of the CTD notes", "Figures from the health ministry show")?"""
    doc = verb.doc
    i = verb.i - 1
    while i >= sentence.start and word(doc, i) in SUBJECT_FILLERS:
        i -= 1
    if i < sentence.start:
        return False
    if word(doc, i) in REPORT_NOUNS:
        return not _compound_head(verb)
    for j in range(i, max(sentence.start, i - MAX_AUTHOR) - 1, -1):
        lower = word(doc, j)
        if lower in CLAUSE_MARKS or doc[j].is_quote or lower in ("that", "which", "who"):
            return False
        if lower in AUTHOR_PREPOSITIONS:
            return j > sentence.start and word(doc, j - 1) in REPORT_NOUNS
    return False


def word(doc: Doc, i: int) -> str:
    """Lower-case text of token ``i``, or "" outside the doc (this module is imported by
    :mod:`.counts_numbers`, whose helper it cannot import)."""
    lowers = doc_lowers(doc)
    return lowers[i] if 0 <= i < len(lowers) else ""


def _compound_head(verb: Token) -> bool:
    """ "the report notes were leaked": a noun form after the document is the head of a
    compound, not its verb, when a verb follows it at once."""
    after = word(verb.doc, verb.i + 1)
    return after in ("were", "was", "are", "is", "have", "has")
