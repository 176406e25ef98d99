"""Counts the writer sources to no one: "reports claimed that at least 17 … were among the
dead", "Initial reports said …", "…, according to unconfirmed reports", "It was reported that
…". Part of the count claims reader (:mod:`.counts_coverage`). :mod:`.counts_vague` decides
that such reports name no source; here a count whose own clause they report keeps them as
its only credit: a named source in the sentence before or after ("…, Afghan officials said.
While authorities gave no figure, reports claimed that at least 17 …") does not lend it its
credit, unless that source gives the same figure."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from narrlint.claims.counts_attribution import ATTRIBUTING_LEMMAS
from narrlint.claims.counts_memo import per_sentence
from narrlint.claims.counts_numbers import Count, lemma_at, word
from narrlint.claims.counts_parts import Attributed, kinds_match
from narrlint.claims.counts_reach import marker_covers
from narrlint.claims.counts_vague import vague_reports, vague_subject
from narrlint.claims.counts_words import BE_LEMMAS, CLAUSE_MARKS
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from narrlint.claims.counts_coverage import Sentences

IMPERSONAL_LEMMAS = frozenset({"report", "claim", "say", "state", "allege"})
"""Verbs of "it was reported (claimed, said) that …": a report by no one."""
IMPERSONAL_FILLERS = frozenset({"been", "has", "had", "have", "also", "further", "widely"})
"""Words between "it" and the passive verb ("it has also been reported that")."""
CLAUSE_OPENERS = frozenset({"and", "but", "while", "as", "whereas"})


@per_sentence
def unnamed_reports(sentence: Span) -> list[Token]:
    """Tokens of the sentence that report by no one: "according to (initial) reports",
    reports as the subject ("Reports claimed", "initial reports said"), and "it was reported
    (claimed) that" opening its clause; "according to media reports", "the report
    said" and "it was reported by police that" name a source."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    found = []
    for i in range(sentence.start, sentence.end):
        token = doc[i]
        if lowers[i] == "according":
            if word(doc, i + 1) == "to" and vague_reports(token, sentence):
                found.append(token)
        elif token.lemma_.lower() in ATTRIBUTING_LEMMAS and (
            vague_subject(token, sentence) or _impersonal(token, sentence)
        ):
            found.append(token)
    return found


def _impersonal(token: Token, sentence: Span) -> bool:
    """ "It was reported that …", "and it has been claimed that …": an impersonal passive."""
    doc = token.doc
    if token.lemma_.lower() not in IMPERSONAL_LEMMAS or word(doc, token.i + 1) != "that":
        return False
    k = token.i - 1
    if k < sentence.start or lemma_at(doc, k) not in BE_LEMMAS:
        return False
    k -= 1
    while k >= sentence.start and word(doc, k) in IMPERSONAL_FILLERS:
        k -= 1
    if k < sentence.start or word(doc, k) != "it":
        return False
    before = word(doc, k - 1) if k > sentence.start else ""
    return before in ("", *CLAUSE_MARKS, *CLAUSE_OPENERS) or doc[k - 1].is_quote


def sourced_to_no_one(sentence: Span, count: Count, region: Callable[[int], int]) -> bool:
    """Does a report by no one in the count's own clause (and its quotation, if any) report
    the count? ("Initial reports said the road was closed, but 17 were killed" does not.)"""
    here = region(count.number.start)
    return any(region(t.i) == here and marker_covers(t, count) for t in unnamed_reports(sentence))


def restated_beside(
    sentences: Sentences, index: int, count: Count, attributed: Attributed
) -> Span | None:
    """The credit of the sentence before or after when it gives the same figure of the same
    kind with a source ("Police said 17 people were killed. Initial reports said 17 …"): the
    figure is then the named source's, as any restatement is."""
    for other in (index - 1, index + 1):
        if not sentences.same_story(index, other):
            continue
        for sibling, how in attributed(other):
            if sibling.value == count.value and kinds_match(sibling.kind, count.kind):
                return how[1]
    return None
