"""Who a clause names for a deadline: the ledger's groups as entities, a modifier on a head noun,
holders of a group's document, people without papers, and the groups after a deadline noun's
"for"; with the per-lexicon trigger words that let a clause be skipped with one set test.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING

from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_words import (
    ADVERB_REACH,
    DETERMINERS,
    MODIFIER_SYNONYMS,
    NOUN_GROUP_REACH,
    PARTICIPLE_HEADS,
    STATUS_LEMMAS,
    STATUS_REACH,
    STATUS_STAY_REACH,
    STATUS_STAY_WORDS,
    WINDOW_NOUNS,
)
from narrlint.claims.groups_words import ORIGIN_ADJECTIVES, QUOTES, STAY_PARTICIPLES
from narrlint.nlp.pipeline_data import CATEGORY
from narrlint.nlp.tokens import entities as doc_entities
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import (
    HOLDER_NOUNS,
    HOLDING_WORDS,
    HYPHENS,
    IDENTITY_PAPERS,
    LACKING_WORDS,
    PAPER_QUALIFIERS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def noun_groups(noun: Span, clause: Span, lexicon: Lexicon) -> frozenset[str]:
    """The groups named right after a deadline noun's "for" ("a March 31 deadline for Afghan
    refugees holding PoR cards to exit"), up to the infinitive of the order or a break: the
    people the deadline is for, whatever other groups the clause names ("In addition to
    undocumented Afghans, …")."""
    doc = clause.doc
    lowers = doc_lowers(doc)
    if noun.end >= clause.end or lowers[noun.end] != "for":
        return frozenset()
    end = noun.end + 1
    while end < min(clause.end, noun.end + 1 + NOUN_GROUP_REACH):
        if lowers[end] == "to" or (lowers[end] not in ("(", ")", "-") and doc[end].is_punct):
            break
        end += 1
    phrase = doc[noun.end + 1 : end]
    found = categories(phrase, lowers[phrase.start : phrase.end], lexicon)
    return frozenset(group for group, _, _ in found)


def categories(tokens: Span, lowers: list[str], lexicon: Lexicon) -> Iterator[tuple[str, int, int]]:
    """Groups named in the clause, with their token range: ledger terms (entities), a ledger
    modifier on a head noun ("undocumented Afghan immigrants", "illegal Afghan nationals",
    "Afghans living illegally"), and people holding a group's document ("Afghans with PoR
    cards", "Afghans holding Afghan Citizen Cards")."""
    entities = _category_entities(tokens.doc)
    all_lowers, all_lemmas = doc_lowers(tokens.doc), lemma_lowers(tokens.doc)
    index = bisect_left(entities, (tokens.start,))
    for start, end, ident in entities[index:]:
        if start >= tokens.end:
            break
        if end <= tokens.end and not status_at(all_lowers, all_lemmas, start, lexicon):
            yield ident, start, end  # not "treated as illegal aliens": a status
    starts = triggers(lexicon).category_starts
    for k in compress(range(len(lowers)), map(starts.__contains__, lowers)):  # found in C
        i, lower = tokens.start + k, lowers[k]
        groups = modifier_groups(lower, lexicon)
        if groups and status_at(all_lowers, all_lemmas, i, lexicon):
            groups = None  # "they will be treated as illegal aliens": a status, not the people
        if groups:
            yield from _modified_head(tokens, i, groups, lexicon)
            if (
                k
                and lowers[k - 1] in PARTICIPLE_HEADS
                and lower.endswith("ed")
                and len(groups) == 1
                and (k + 1 == len(lowers) or lowers[k + 1] not in ("for", "to"))
            ):  # "those registered earlier"; not a purpose: "those registered for vaccines"
                yield next(iter(groups)), i - 1, i + 1
        if lower in HOLDING_WORDS:
            yield from _document_holders(tokens, i, lexicon)
        if lower in HOLDER_NOUNS:
            yield from _holders_of_document(tokens, i, lexicon)
            if k + 1 < len(lowers) and lowers[k + 1] == "of":  # "holders of Afghan Citizen Card"
                yield from _document_holders(tokens, i + 1, lexicon)
        if lower in LACKING_WORDS and lexicon.undocumented:
            yield from _without_documents(tokens, i, lexicon)
        if lower in lexicon.document_starts:
            yield from _document_deadline(tokens, i, lexicon)


def _category_entities(doc: Doc) -> list[tuple[int, int, str]]:
    """The doc's CATEGORY entities as (start, end, id), collected once per doc: ``Span.ents``
    walks every entity of the doc, which made long drafts quadratic."""
    key = "narrlint.deadlines.categories"
    if key not in doc.user_data:
        doc.user_data[key] = [
            (e.start, e.end, e.ent_id_)
            for e in doc_entities(doc)
            if e.label_ == CATEGORY and e.ent_id_
        ]
    return doc.user_data[key]


@dataclass(frozen=True, slots=True)
class _Triggers:
    """Per-lexicon word sets that let a clause be skipped with one set test."""

    group_words: frozenset[str]
    """Every word of the ledger's group names (modifiers, heads, fillers)."""
    category_starts: frozenset[str]
    """Every word at which :func:`categories` may find a group: a modifier (with its
    synonyms and adverbs), a word of holding, holders or lacking, a document's first word."""
    place_words: frozenset[str]
    """Every word at which the clause's places may be found (``dates_clues``): a place's first
    word, a country's word."""


_TRIGGERS: dict[int, tuple[Lexicon, _Triggers]] = {}
"""Per lexicon (by identity; the lexicon is kept so its id is not reused)."""


def triggers(lexicon: Lexicon) -> _Triggers:
    cached = _TRIGGERS.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    modifiers = lexicon.modifiers.keys()
    forms = {*modifiers, *MODIFIER_SYNONYMS, *(word + "ly" for word in modifiers)}
    starts = {w for w in forms if modifier_groups(w, lexicon) is not None}
    starts |= HOLDING_WORDS | HOLDER_NOUNS | lexicon.document_starts
    if lexicon.undocumented:
        starts |= LACKING_WORDS
    found = _Triggers(
        frozenset(modifiers | lexicon.heads.keys() | lexicon.fillers.keys()),
        frozenset(starts),
        lexicon.place_starts | frozenset(lexicon.countries),
    )
    if len(_TRIGGERS) > 8:  # a long-lived process that rebuilds its corpus
        _TRIGGERS.clear()
    _TRIGGERS[id(lexicon)] = (lexicon, found)
    return found


def modifier_groups(lower: str, lexicon: Lexicon) -> frozenset[str] | None:
    """The groups a word names as a modifier: a ledger modifier, its synonym, or the adverb of
    one ("irregularly" for "irregular": "Afghans living in the country irregularly")."""
    groups = lexicon.modifiers.get(MODIFIER_SYNONYMS.get(lower, lower))
    if groups is None and lower.endswith("ly") and len(lower) > 4:
        groups = lexicon.modifiers.get(lower[:-2])
    return groups


def _modified_head(
    tokens: Span, i: int, groups: frozenset[str], lexicon: Lexicon
) -> Iterator[tuple[str, int, int]]:
    doc = tokens.doc
    lowers = doc_lowers(doc)
    if lowers[i].endswith("ly") and _stay_participle(lowers, i + 1, tokens.end):
        # the adverb before the stay and its noun: "the illegally residing foreigners"
        ahead = list(_head_after(tokens, i, i + 2, groups, lexicon))
        if ahead:
            yield from ahead
            return
    if lowers[i].endswith("ly"):  # an adverb follows its noun: "Afghans living illegally"
        # ... past an aside: "Afghans it says are living in the country illegally"
        for j in range(i - 1, max(tokens.start - 1, i - 1 - ADVERB_REACH), -1):
            lower, plural = _head_forms(lowers[j])  # "every migrant living irregularly"
            found = groups & (
                lexicon.heads.get(lower, frozenset()) | lexicon.heads.get(plural, set())
            )
            if not found and {lower, plural} & lexicon.people and len(groups) == 1:
                found = groups  # "people who are in the country illegally"
            if found:
                yield from ((g, j, i + 1) for g in found)
                return
            if doc[j].is_punct:
                return
        return
    yield from _head_after(tokens, i, i + 1, groups, lexicon)


def _stay_participle(lowers: list[str], k: int, end: int) -> bool:
    """A participle of staying at ``k`` ("residing", "living"), not one a "by" follows (a stay
    others made: "illegally settled there by smugglers")."""
    return (
        k < end
        and lowers[k].endswith("ing")
        and lowers[k] in STAY_PARTICIPLES
        and "by" not in lowers[k + 1 : k + 3]
    )


def _head_after(
    tokens: Span, i: int, j: int, groups: frozenset[str], lexicon: Lexicon
) -> Iterator[tuple[str, int, int]]:
    """The head noun of the modifier at ``i``, from ``j`` on past a few names, fillers and
    origin adjectives ("illegal Afghan nationals", "undocumented foreign nationals")."""
    doc = tokens.doc
    lowers, written = doc_lowers(doc), doc_texts(doc)
    skipped = 0
    while j < tokens.end and skipped <= 2:
        if lowers[j] in QUOTES:
            j += 1  # a modifier in scare quotes: "“undocumented” Afghan migrants"
            continue
        lower, plural = _head_forms(lowers[j])  # "every illegal foreigner"
        found = groups & (lexicon.heads.get(lower, frozenset()) | lexicon.heads.get(plural, set()))
        if not found and {lower, plural} & lexicon.people and len(groups) == 1:
            found = groups
        if found:
            yield from ((g, i, j + 1) for g in found)
            return
        fillers = lexicon.fillers.get(lower, frozenset())
        if not (
            lower in HYPHENS
            or (written[j].istitle() and written[j].isalpha())  # spaCy's is_title, is_alpha
            or groups & fillers
            or lower in lexicon.modifiers
            or lower in ORIGIN_ADJECTIVES  # "undocumented foreign nationals"
        ):
            return
        j += 1
        skipped += 1


def _head_forms(lower: str) -> tuple[str, str]:
    """A noun as written and in the plural the ledger's head nouns are given in."""
    return lower, lower if lower.endswith("s") else lower + "s"


def _without_documents(tokens: Span, i: int, lexicon: Lexicon) -> Iterator[tuple[str, int, int]]:
    """ "Afghans without (valid) documents", "Afghans who lack legal papers": the one group the
    ledger marks undocumented."""
    doc = tokens.doc
    j = i + 1
    while j < tokens.end and doc[j].lower_ in PAPER_QUALIFIERS and j - i <= 3:
        j += 1
    if j < tokens.end and doc[j].lower_ in IDENTITY_PAPERS:
        yield lexicon.undocumented, i, j + 1


def _document_deadline(tokens: Span, i: int, lexicon: Lexicon) -> Iterator[tuple[str, int, int]]:
    """ "the Proof of Registration (PoR) card grace period", "the ACC deadline": a window named
    by a group's document is its holders' window."""
    doc = tokens.doc
    words = _without_abbreviations(tokens, i, min(tokens.end, i + _reach(lexicon)))
    size, found = _document_words(words, doc, lexicon)
    if not found:
        return
    j = words[size - 1] + 1
    if j + 2 < tokens.end and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3  # "PoR card (PoR) …"
    if j < tokens.end and doc[j].lower_ in WINDOW_NOUNS:
        yield from ((g, i, j + 1) for g in found)


def _reach(lexicon: Lexicon) -> int:
    """Tokens a group's document may span as written: its words, the hyphens between them
    and a bracketed abbreviation ("proof-of-registration (PoR) card")."""
    return 2 * lexicon.max_document + 3


def _without_abbreviations(tokens: Span, start: int, end: int) -> list[int]:
    """The positions from ``start`` to ``end`` without the abbreviations set in brackets inside
    a name ("Proof of Registration (PoR) cards" → "Proof of Registration cards"), without
    the hyphens that join its words ("proof-of-registration cards", "citizen-card") and the
    quotation marks around them ('"Proof of Registration" cards'); read on
    the per-doc words (no Token objects: "Afghan" starts a document and is in every clause)."""
    lowers = doc_lowers(tokens.doc)
    kept: list[int] = []
    k = start
    while k < end:
        if lowers[k] == "(" and k + 2 < tokens.end and lowers[k + 2] == ")":
            k += 3
            continue
        if lowers[k] in HYPHENS and kept and k + 1 < end and lowers[k + 1].isalpha():
            k += 1
            continue
        if lowers[k] in QUOTES:  # '"Proof of Registration" (PoR) cards'
            k += 1
            continue
        kept.append(k)
        k += 1
    return kept


def _document_words(words: list[int], doc: Doc, lexicon: Lexicon) -> tuple[int, frozenset[str]]:
    """The longest group document the words (positions) start with: (its length in words, the
    groups)."""
    all_lowers = doc_lowers(doc)
    lowers = [all_lowers[k] for k in words[: lexicon.max_document]]
    for size in range(len(lowers), 0, -1):
        singular = [*lowers[: size - 1], lowers[size - 1].removesuffix("s")]
        found = lexicon.documents.get(tuple(singular)) or lexicon.documents.get(
            tuple(lowers[:size])
        )
        if found:
            return size, found
    return 0, frozenset()


def _holders_of_document(tokens: Span, i: int, lexicon: Lexicon) -> Iterator[tuple[str, int, int]]:
    """ "Afghan Citizen Card (ACC) holders", "Afghan citizen-card holders": a group's document,
    its abbreviation in brackets or its words hyphenated, then "holders" (the ledger's terms
    spell the name without either)."""
    doc = tokens.doc
    start = max(tokens.start, i - _reach(lexicon))
    if not {")", *HYPHENS} & set(doc_lowers(doc)[start:i]):
        return  # written plainly, the name is one of the ledger's terms (an entity)
    words = _without_abbreviations(tokens, start, i)
    for first in range(len(words)):
        size, found = _document_words(words[first:], doc, lexicon)
        if found and first + size == len(words):
            yield from ((g, words[first], i + 1) for g in found)
            return


def _document_holders(tokens: Span, i: int, lexicon: Lexicon) -> Iterator[tuple[str, int, int]]:
    """ "with PoR cards", "holding Pakistan-issued Afghan citizenship cards", "holding Proof of
    Registration (PoR) cards"."""
    doc = tokens.doc
    j = i + 1
    while j < tokens.end and j - i <= 4:
        words = _without_abbreviations(tokens, j, min(tokens.end, j + _reach(lexicon)))
        size, found = _document_words(words, doc, lexicon)
        if found:
            yield from ((g, i, words[size - 1] + 1) for g in found)
            return
        token = doc[j]
        lower = token.lower_
        if not (
            lower in DETERMINERS
            or lower in ("-", "‑", "valid", "issued")
            or token.is_title
            or token.is_upper  # "UNHCR-issued", "NADRA"
            or _issuer(doc, j, tokens.end)  # "government-issued"
        ):
            return  # only "the", "valid", "Pakistan-issued" … may come before the document
        j += 1


def _issuer(doc: Doc, j: int, end: int) -> bool:
    """ "government-issued": the word before a hyphen and "issued" names who issued the
    document, whatever it is."""
    lowers = doc_lowers(doc)
    return j + 2 < end and lowers[j + 1] in HYPHENS and lowers[j + 2] == "issued"


def status_at(lowers: list[str], lemmas: list[str], i: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``i`` is the status a verb gives ("treated as illegal aliens",
    "declared illegal", "considered to be undocumented"): a modifier of the ledger's
    undocumented group within a few words after a status verb in a passive or with "as"; the
    words name what people become at a cut-off, not the people an order is for."""
    if lexicon.undocumented is None:
        return False
    found = modifier_groups(lowers[i], lexicon)
    if not found or lexicon.undocumented not in found:
        return False
    for k in range(i - 1, max(-1, i - 1 - STATUS_REACH), -1):
        if lemmas[k] in STATUS_LEMMAS and lowers[k] != lemmas[k]:
            return True  # "treated", "declared", "considered" (not "treat them as")
        if lowers[k] not in ("as", "to", "be", "an", "a"):
            break
    return lowers[i].endswith("ly") and _status_of_stay(lowers, lemmas, i, lexicon)


def _status_of_stay(lowers: list[str], lemmas: list[str], i: int, lexicon: Lexicon) -> bool:
    """ "would be deemed to be staying in Pakistan illegally": the adverb at ``i`` after a
    participle of staying (and a country) that a status verb in a passive governs is the
    status people get, not the people an order is for."""
    staying = False
    for k in range(i - 1, max(-1, i - 1 - STATUS_STAY_REACH), -1):
        if lemmas[k] in STATUS_LEMMAS and lowers[k] != lemmas[k]:
            return staying
        if lowers[k] in STAY_PARTICIPLES:
            staying = True
        elif lowers[k] not in STATUS_STAY_WORDS and lowers[k] not in lexicon.countries:
            return False
    return False
