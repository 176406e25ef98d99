"""The groups reader's sentence gate: which sentences can give a group claim, so that the
sub-readers that walk every number or every word of a doc skip the sentences that cannot.

Most sentences of a draft name no group (on the benchmark drafts four in five), yet the
figure reader asked of every number whether a group stands around it, the readers of added
counts and of people lacking papers tried every number or people noun, and so on. A group
claim always rests on *evidence* in its own sentence or the one beside it: a group mention
(read from the ledger's terms, modifiers, heads and documents by :mod:`.groups_phrases`), a
ledger modifier on its own ("are living illegally"), a plan's name, a phase word ("phase",
"phase-2"), a date that is one of the plan's phase deadlines (an order's target read from
its date), or a word a predicate about papers needs (:data:`GATE_WORDS`: "documents",
"holders", the ledger's holding words, "valid", "legally"). The evidence is found once per
doc: positions the analysis already holds, plus one lookup of :data:`GATE_WORDS` in the doc's
shared word index (:func:`narrlint.nlp.tokens.where_lower`, one C-level pass for every
reader's word sets); each position is then put in its sentence by bisection, so that asking
whether a token's sentence is live costs one bisection and a list lookup.

The gate only skips work whose result is known to be nothing: each use states how far the
walk it guards can reach (:meth:`Gate.near`: the sentences before and after; :meth:`Gate.ahead`:
a number of tokens), and ``tests/test_categories_gate.py`` reads every fixture with and
without it and compares the claims.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis
from narrlint.claims.groups_words import LEGAL_QUALIFIERS, LEGALLY, PHASE_WORDS, STAY_PERMITS
from narrlint.nlp.tokens import WordTest, sentences, spans_of, where_lower
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import HOLDER_NOUNS, IDENTITY_PAPERS

if TYPE_CHECKING:
    from spacy.tokens import Doc

GATE_WORDS = frozenset(IDENTITY_PAPERS | HOLDER_NOUNS | LEGALLY | LEGAL_QUALIFIERS | PHASE_WORDS)
"""Words (lower case) that make a sentence live whatever the ledger holds: papers and their
holders, lawfulness and phases. The ledger's own group words join them per lexicon
(:func:`gate_words`)."""

HYPHENATED_PHASE = WordTest(lambda word, _: "-" in word and word.partition("-")[0] in PHASE_WORDS)
"""Phase words written as one token with their number ("phase-2")."""

ENABLED = True
"""Off only in the exactness tests, which read every fixture both ways."""

_WORDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def gate_words(lex: Lexicon) -> frozenset[str]:
    """:data:`GATE_WORDS` with the lexicon's heads and the first words of its holdings
    ("refugees", "por", "proof": a holding's phrase holds its first word), once per lexicon
    (the one set object is the doc word index's cache key)."""
    kept = _WORDS.get(id(lex))
    if kept is not None and kept[0] is lex:
        return kept[1]
    found = frozenset(GATE_WORDS | set(lex.heads) | lex.holding_firsts)
    _WORDS[id(lex)] = (lex, found)
    return found


@dataclass(frozen=True, slots=True)
class Gate:
    """The live sentences of one doc and the evidence positions they were read from."""

    starts: list[int]
    """The doc's sentence starts."""
    live: list[bool]
    """Per sentence: does it hold any evidence of a group?"""
    evidence: list[int]
    """Every evidence position, sorted."""
    denials: list[int]
    """The positions a denial of papers rests on (:mod:`.groups_denials`), sorted: a paper
    word ("documents", "status") or a ledger modifier that is an adverb ("illegally")."""

    def near(self, k: int, before: int = 1, after: int = 1) -> bool:
        """Is the sentence of token ``k``, or one of ``before`` sentences before it or
        ``after`` after it, live?"""
        if not ENABLED:
            return True
        at = bisect_right(self.starts, k) - 1
        return any(self.live[max(0, at - before) : at + after + 1])

    def ahead(self, k: int, reach: int, denial: bool = False) -> bool:
        """Is there evidence (of a denial of papers, with ``denial``) in tokens
        ``[k, k + reach]``?"""
        if not ENABLED:
            return True
        found = self.denials if denial else self.evidence
        at = bisect_left(found, k)
        return at < len(found) and found[at] <= k + reach


def gate(doc: Doc, lex: Lexicon, analysis: Analysis) -> Gate:
    """The doc's gate, built once per analysis (after its mentions, modifiers and plan names
    are read)."""
    if analysis.gate is not None:
        return analysis.gate
    found: set[int] = set(where_lower(doc, gate_words(lex)))
    found.update(HYPHENATED_PHASE.where(doc))
    for mention in analysis.mentions:
        found.add(mention.start)
        found.add(mention.end - 1)
    found.update(analysis.modifiers)
    for start, end in analysis.subject_spans:
        found.add(start)
        found.add(end - 1)
    found.update(analysis.given)
    if lex.phase_dates:
        for span in spans_of(doc, "dates"):
            value = span._.date
            if value is not None and (value.month, value.day) in lex.phase_dates:
                found.add(span.start)
    evidence = sorted(found)
    lowers = doc_lowers(doc)
    denials = sorted(
        {
            *where_lower(doc, IDENTITY_PAPERS),
            *where_lower(doc, STAY_PERMITS),  # "without a legal permit"
            *(k for k in analysis.modifiers if lowers[k].endswith("ly")),
        }
    )
    starts = [s.start for s in sentences(doc)]
    live = [False] * len(starts)
    for k in evidence:
        live[max(bisect_right(starts, k) - 1, 0)] = True
    made = Gate(starts, live, evidence, denials)
    analysis.gate = made
    return made
