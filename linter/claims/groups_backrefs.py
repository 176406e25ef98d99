"""A group carried to a later sentence by words that refer back to it.

"In 2025, 183 registered Afghan refugees have been deported from Islamabad ... these deported
individuals lacked any legal documentation": what a sentence denies "these (deported)
individuals", "those people" or a sentence-opening "they" is denied the group the words
refer back to, earlier in the same sentence or in the sentence before. The group referred
to is the one whose own clause has the reference's participle ("deported"), else the only
group named there; where several groups, or other people on the way, could be meant, none
is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from narrlint.claims.groups_denials import caused_denial
from narrlint.claims.groups_fronted import fronted_before
from narrlint.claims.groups_gate import gate
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, GroupClaim, GroupPredicate, Mention, span_of
from narrlint.claims.groups_places import outside, past_place
from narrlint.claims.groups_predicates import predicate_of
from narrlint.claims.groups_times import later_status
from narrlint.claims.groups_words import STAY_PARTICIPLES
from narrlint.nlp.tokens import lemma_lowers, sentence_at, spans_within, where_lower
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import PERSON_NOUNS, RELATIVE_DETERMINERS

if TYPE_CHECKING:
    from spacy.tokens import Doc

BACK_WORDS = frozenset({"these", "those"})
"""Determiners that refer back to people named before ("these deported individuals")."""
BACK_PRONOUNS = frozenset({"they"})
"""A pronoun that refers back to a group when it opens its sentence ("They had no papers")."""
REFERENTS = BACK_WORDS | BACK_PRONOUNS | {"them", "who", "whom"}
_REFERRING = BACK_WORDS | BACK_PRONOUNS
NAMING_KINDS = frozenset({"term", "np", "head", "modified_term"})
"""Mentions that name a group by a noun (a holding or an adjective alone names none)."""
VERB_REACH = 8
"""Words after a group within which its clause's verb stands ("... refugees have been deported
from Islamabad")."""


def back_references(
    doc: Doc, lex: Lexicon, analysis: Analysis, claims: dict[int, GroupClaim]
) -> Iterator[tuple[GroupClaim, GroupPredicate]]:
    """(group referred back to, what the later words predicate of it)."""
    lowers = doc_lowers(doc)
    live = gate(doc, lex, analysis)
    # only the referring words are looked at (the doc's word index), and only where a group
    # is named in their sentence or the one before (:func:`_antecedent` looks no further)
    for k in where_lower(doc, _REFERRING):
        if not live.near(k, before=1, after=0):
            continue
        lower = lowers[k]
        if lower in BACK_WORDS and _opening_partitive(doc, lowers, k):
            yield from _parts_denied(doc, lex, analysis, claims, k)
            continue
        fronted = None
        if lower in BACK_PRONOUNS:
            if sentence_at(doc, k).start != k and not _causal(doc, lowers, k):
                # "Without papers they cannot ...": a denial put before the pronoun; else
                # "those without documents ... as they are ...": a nearer referent
                fronted = fronted_before(doc, lex, analysis, k, k + 1)
                if fronted is None:
                    continue
            end, participle = k + 1, None
        elif lower in BACK_WORDS:
            found = _back_noun(doc, lowers, analysis, k)
            if found is None:
                continue
            end, participle = found
        else:
            continue
        antecedent = _antecedent(doc, analysis, k, participle)
        if antecedent is None:
            continue
        claim = claims.get(antecedent.start)
        if claim is None or claim.predicate is not None:
            continue
        if _abroad(doc, lex, antecedent):
            continue  # "Turkish police detained Afghan refugees. They had no documents."
        if fronted is not None:
            yield claim, fronted
            continue
        if lower in BACK_PRONOUNS and _lapsed_before(doc, lowers, antecedent):
            continue  # "refugees whose cards expired were held because they had no papers"
        said = predicate_of(doc, lex, analysis, replace(antecedent, start=k, end=end))
        if said is None or said.positive:
            continue  # only a denial of papers is carried ("they were refugees" names anew)
        if (
            lower in BACK_PRONOUNS
            and sentence_at(doc, k).start != k
            and _for_a_purpose(lowers, said.end)
        ):
            continue  # "... because they had no documents to show": papers for one purpose
        yield claim, GroupPredicate(
            span_of(doc, k, said.end), said.negative, said.positive, said.words,
            said.attributes, later_status(doc, end, said.end),
        )  # fmt: skip


CAUSAL_CONJUNCTIONS = frozenset({"because", "as", "since"})
"""Words opening a clause of the cause whose subject "they" is the group of the clause before
("Police detained 40 Afghan refugees because they had no valid documents")."""


def _causal(doc: Doc, lowers: list[str], k: int) -> bool:
    """Does "they" at ``k`` open a clause of cause after its sentence's own clause ("...
    refugees, as they had no papers")? The group referred to is then the one named before it
    in the sentence (:func:`_antecedent`: the only one, and no other people on the way)."""
    at = k - 1 if k > 0 and lowers[k - 1] in CAUSAL_CONJUNCTIONS else None
    if at is None:
        return False
    if at > 0 and lowers[at - 1] == ",":
        at -= 1
    return at > sentence_at(doc, k).start


def _abroad(doc: Doc, lex: Lexicon, mention: Mention) -> bool:
    """Are the people of the group referred back to in another country (:func:`outside`, as
    for a predicate in the group's own sentence)? Nothing said of them is about the ledger's
    groups."""
    return outside(doc, lex, mention.start, mention.end, mention.end, mention.kind == "head")


def _for_a_purpose(lowers: list[str], end: int) -> bool:
    """Papers followed by "to" and a verb other than staying ("no documents to show"): papers
    for one purpose, not the people's status ("no papers to stay" is their status)."""
    return end + 1 < len(lowers) and lowers[end] == "to" and lowers[end + 1] not in STAY_PARTICIPLES


def _lapsed_before(doc: Doc, lowers: list[str], antecedent: Mention) -> bool:
    """Is the group restricted by a "whose" clause ("refugees whose cards expired"): papers
    that lapsed, not a group said to have had none?"""
    at = past_place(doc, antecedent.end)
    return at < len(doc) and lowers[at] in RELATIVE_DETERMINERS


PARTITIVE_OPENERS = (("of",), ("out", "of"))
"""Words before "these" that open a sentence counting parts of the people named before ("Out
of these, 400 were released ..., while 375 face deportation ...")."""


def _opening_partitive(doc: Doc, lowers: list[str], k: int) -> bool:
    """Does "these" at ``k`` close a partitive that opens its sentence ("Out of these,")?"""
    start = sentence_at(doc, k).start
    return tuple(lowers[start:k]) in PARTITIVE_OPENERS and k + 1 < len(doc) and lowers[k + 1] == ","


def _parts_denied(
    doc: Doc, lex: Lexicon, analysis: Analysis, claims: dict[int, GroupClaim], k: int
) -> Iterator[tuple[GroupClaim, GroupPredicate]]:
    """A lack of papers given as the cause of what is done to a part counted in a sentence
    opened by "Out of these," ("detained 800 Afghan refugees. Out of these, 400 were released
    ..., while 375 face deportation due to a lack of proper documentation"): said of the
    group named before, as "..., out of which 375 face deportation ..." is in its sentence."""
    antecedent = _antecedent(doc, analysis, k, None)
    claim = claims.get(antecedent.start) if antecedent is not None else None
    if claim is None or claim.predicate is not None:
        return
    sentence = sentence_at(doc, k)
    for span in spans_within(doc, "numbers", k + 2, sentence.end):
        said = caused_denial(doc, lex, analysis, span.end)
        if said is not None and not said.positive:
            yield claim, GroupPredicate(
                span_of(doc, span.start, said.end), said.negative, said.positive, said.words,
                said.attributes, later_status(doc, span.end, said.end),
            )  # fmt: skip
            return


def _back_noun(doc: Doc, lowers: list[str], analysis: Analysis, k: int):
    """(end, participle) of "these (deported) individuals" at ``k``: a determiner, at most
    one participle and a noun of people that names no group of its own."""
    j = k + 1
    participle = None
    if j < len(doc) and lowers[j].endswith("ed"):
        participle, j = j, j + 1
    if j >= len(doc) or lowers[j] not in PERSON_NOUNS or j in analysis.by_start:
        return None
    if any(m.start <= j < m.end for m in analysis.mentions):
        return None
    return j + 1, participle


def _antecedent(doc: Doc, analysis: Analysis, k: int, participle: int | None):
    """The group named before ``k`` (its sentence so far, else the sentence before) that the
    words at ``k`` refer back to."""
    sentence = sentence_at(doc, k)
    lowers = doc_lowers(doc)
    if any(w in REFERENTS or w in PERSON_NOUNS for w in lowers[sentence.start : k]):
        return None  # other people named on the way may be the ones meant
    candidates = [m for m in analysis.within(sentence.start, k) if m.kind in NAMING_KINDS]
    if not candidates and sentence.start > 0:
        before = sentence_at(doc, sentence.start - 1)
        candidates = [
            m for m in analysis.within(before.start, before.end) if m.kind in NAMING_KINDS
        ]
    if not candidates:
        return None
    if participle is not None:
        lemmas = lemma_lowers(doc)
        verb = lemmas[participle]
        acting = [m for m in candidates if _acted_on(lemmas, m, verb, k)]
        return acting[0] if len(acting) == 1 else None
    return candidates[0] if len({m.categories for m in candidates}) == 1 else None


def _acted_on(lemmas: list[str], mention: Mention, verb: str, stop: int) -> bool:
    """Does the group's own clause have the verb ("refugees have been deported")?"""
    return verb in lemmas[mention.end : min(stop, mention.end + VERB_REACH)]
