"""The deadline noun a date hangs on: before it ("the deadline is November 1", "deadline of
1 Nov"), after it ("the November 1 deadline", "a March 31, 2025, deadline", "the Mar. 15
expulsion deadline") or set beside it ("March 31, the deadline for …, is near"). Split from
:mod:`narrlint.claims.dates_cues`, which reads the other cues of a date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.dates_frames import PEOPLE_QUANTIFIERS
from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_words import (
    APPOSITION_ENDS,
    COMPLEMENT_WORDS,
    DATE_WORDS,
    DEADLINE_NOUNS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    ENFORCEMENT_LEMMAS,
    EXTENDED_NOUN_REACH,
    EXTENSION_LEMMAS,
    EXTENSION_PREPOSITIONS,
    FORWARD_BRIDGE,
    FORWARD_STEPS,
    GOVERNING_WORDS,
    NOUN_BRIDGE,
    NOUN_MODIFIERS_MAX,
    ON_AFTER,
    ORDER_MODIFIERS,
    SETTING_FORMS,
)
from narrlint.nlp.quantities import month_of
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import (
    ATTRIBUTION_MARKERS,
    HOLDING_WORDS,
    HYPHENS,
    NEGATIONS,
    REPORTING_LEMMAS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ATTRIBUTING = REPORTING_LEMMAS | ATTRIBUTION_MARKERS
"""Words of an attribution set off by commas ("the deadline, officials said, is …")."""


def _by_word(at: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """:data:`DEADLINE_NOUNS` by their word at ``at`` (0: first, -1: last), in their order:
    only the phrases that can end (or start) at a word are compared there."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in DEADLINE_NOUNS:
        found.setdefault(phrase[at], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in found.items()}


_BY_LAST, _BY_FIRST = _by_word(-1), _by_word(0)


def noun_before(doc: Doc, span: Span, clause: Span, lexicon: Lexicon) -> Span | None:
    """ "deadline of November 1", "the deadline is November 1", "deadline: 1 Nov", "the
    deadline for illegal immigrants to leave the country is November 1"."""
    i = span.start - 1
    lowers = doc_lowers(doc)
    bridge: list[str] = []
    complement = False
    while i >= clause.start and len(bridge) <= 6 and span.start - i <= 16:
        noun = deadline_noun_ending_at(doc, i, clause)
        if noun is not None:
            if complement and not {"for", "to"} & set(bridge):
                return None
            if "on" in bridge:
                at = bridge.index("on")
                after = bridge[at + 1] if at + 1 < len(bridge) else "deadline"
                if after not in ON_AFTER:
                    return None
            return noun
        aside = _attribution_before(doc, i, clause)
        if aside is not None:
            i = aside  # "the deadline, officials said, is …"
            continue
        opening = _bracket_opening(doc, i, clause)
        if opening is not None:
            i = opening - 1  # "… Proof of Registration (PoR) cards until"
            continue
        if lowers[i] in NOUN_BRIDGE:
            bridge.append(lowers[i])
        elif complement_at(doc, i, lexicon):
            complement = True
        else:
            return None
        i -= 1
    return None


def _bracket_opening(doc: Doc, i: int, clause: Span) -> int | None:
    """The "(" of a short bracketed abbreviation closing at ``i`` ("(PoR)"), else None."""
    written = doc_texts(doc)
    if written[i] != ")":
        return None
    for j in range(i - 1, max(clause.start, i - 4) - 1, -1):
        if written[j] == "(":
            return j
    return None


def _attribution_before(doc: Doc, i: int, clause: Span) -> int | None:
    """ "…, officials said, …" ending at the comma ``i``: the position before its opening comma."""
    written = doc_texts(doc)
    if written[i] != ",":
        return None
    for j in range(i - 1, max(clause.start, i - 6) - 1, -1):
        if written[j] == ",":
            inside = {*lemma_lowers(doc)[j + 1 : i], *doc_lowers(doc)[j + 1 : i]}
            return j - 1 if inside & ATTRIBUTING else None
    return None


def complement_word(token: Token, lexicon: Lexicon) -> bool:
    """Words of a "for <group> to <action>" complement between a deadline and its date."""
    return complement_at(token.doc, token.i, lexicon)


def complement_at(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """:func:`complement_word` of the word at ``i``, read on the doc's word lists; a Token is
    built only for the last test, its entity (spaCy's is_title and is_alpha test the text)."""
    lower, text, lemma = doc_lowers(doc)[i], doc_texts(doc)[i], lemma_lowers(doc)[i]
    return bool(
        (text.istitle() and text.isalpha())
        or lower in COMPLEMENT_WORDS
        or lower in DOCUMENT_NOUNS  # "for Afghans holding PoR cards"
        or lower in HOLDING_WORDS
        or lower in lexicon.people
        or lower in lexicon.modifiers
        or lower in lexicon.heads
        or lexicon.actions.get(lemma) == lemma
        or doc[i].ent_type_
    )


def _apposed_noun(doc: Doc, span: Span, clause: Span, lexicon: Lexicon) -> Span | None:
    """ "March 31, the deadline for ACC holders to leave, is near": a date not governed by a
    preposition, set beside a deadline noun phrase after a comma, is that deadline ("On March
    31, the deadline …" dates the sentence instead)."""
    i = span.end
    lowers = doc_lowers(doc)
    if i + 2 >= clause.end or lowers[i] != "," or lowers[i + 1] not in ("the", "a"):
        return None
    if span.start > clause.start and lowers[span.start - 1] in GOVERNING_WORDS | {","}:
        return None  # "On March 31, the …", "Thursday, March 31, the …": a time adverbial
    noun = deadline_noun_starting_at(doc, i + 2, clause) or _modified_deadline_noun(
        doc, i + 2, clause, lexicon
    )
    if noun is None:
        return None
    closing = next((k for k in range(noun.end, clause.end) if lowers[k] in APPOSITION_ENDS), None)
    if closing is None:  # "… set March 31, the deadline for ACC holders to leave."
        opens = span.start == clause.start  # "March 31, the deadline … was discussed"
        return None if opens or clause.end != doc[clause.end - 1].sent.end else noun
    return noun


def noun_after(doc: Doc, span: Span, clause: Span, lexicon: Lexicon) -> Span | None:
    """ "the November 1 deadline", "set November 1 as the deadline", "a March 31, 2025,
    deadline" (the year set off by commas), "the Mar. 15 expulsion deadline" (nouns of the
    order's action or group between the date and its noun)."""
    apposed = _apposed_noun(doc, span, clause, lexicon)
    if apposed is not None:
        return apposed
    i = span.end
    lowers = doc_lowers(doc)
    if i + 1 < clause.end and lowers[i] == "," and _ends_with_year(span):
        i += 1  # "a March 31, 2025, deadline": the comma closes the date, not the phrase
    steps = 0
    while i < clause.end and steps <= FORWARD_STEPS:  # "November 1 has been set as the deadline"
        noun = deadline_noun_starting_at(doc, i, clause)
        if noun is not None:
            return noun
        noun = _modified_deadline_noun(doc, i, clause, lexicon)
        if noun is not None:
            return noun
        if _date_of_the_order(doc, i, clause, lexicon):
            return doc[i : i + 1]  # "announced November 30 as the date for the removal of …"
        if lowers[i] not in FORWARD_BRIDGE and not manner_adverb(lowers[i]):
            return None  # "… has been officially set as the deadline": an adverb bridges
        set_as = span.start > clause.start and lowers[span.start - 1] in SETTING_FORMS
        if steps == 0 and lowers[i] in ("the", "a", "an") and not set_as:
            return None  # "announced on October 3 a deadline": the date is the announcement
            # (but "had set March 31 the deadline for …" makes the date the deadline)
        i += 1
        steps += 1
    return None


def _date_of_the_order(doc: Doc, i: int, clause: Span, lexicon: Lexicon) -> bool:
    """ "<date> as the date for the removal of illegal immigrants", "… as the date for
    undocumented Afghans to leave": a bare "date" the value is set as, for an act of the
    ledger's orders, their people, or an enforcement noun of their people ("the removal of the
    illegal immigrants"), is the order's deadline (not "the date for the talks", "for the
    registration of …")."""
    lowers = doc_lowers(doc)
    if lowers[i] not in DATE_WORDS or i + 1 >= clause.end or lowers[i + 1] != "for":
        return False
    if i < 2 or lowers[i - 1] not in ("the", "a") or lowers[i - 2] != "as":
        return False
    k = i + 2
    while k < clause.end and (
        lowers[k] in DETERMINERS or lowers[k] in PEOPLE_QUANTIFIERS or doc[k].like_num
    ):
        k += 1  # "for the removal", "for all illegal immigrants"
    if k >= clause.end:
        return False
    word, lemma = lowers[k], doc[k].lemma_.lower()
    if word in lexicon.actions or lemma in lexicon.actions:
        return True
    enforcing = word in ENFORCEMENT_LEMMAS or lemma in ENFORCEMENT_LEMMAS
    if enforcing and k + 1 < clause.end and lowers[k + 1] == "of":
        k += 2  # "for the removal of the illegal immigrants": enforcement done to the people
        while k < clause.end and (lowers[k] in DETERMINERS or lowers[k] in PEOPLE_QUANTIFIERS):
            k += 1
        if k >= clause.end:
            return False
        word = lowers[k]
    return word in lexicon.people or word in lexicon.modifiers or word in lexicon.heads


def manner_adverb(word: str) -> bool:
    """ "officially", "formally", "now": a word that qualifies the setting, not a new phrase
    (the pipeline tags no parts of speech, so by its form)."""
    return word == "now" or (len(word) > 4 and word.endswith("ly"))


def _ends_with_year(span: Span) -> bool:
    last = span[-1].text
    return len(last) == 4 and last.isdigit() and span._.date.year is not None


def _modified_deadline_noun(doc: Doc, i: int, clause: Span, lexicon: Lexicon) -> Span | None:
    """A deadline noun after up to :data:`NOUN_MODIFIERS_MAX` words that say whose or what
    order it is ("expulsion", "exit", "deportation", "ACC", "voluntary-return"): the date
    qualifies the whole compound ("the Mar. 15 expulsion deadline")."""
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    j = i
    while j < clause.end and j - i < NOUN_MODIFIERS_MAX:
        if j > i:
            noun = deadline_noun_starting_at(doc, j, clause)
            if noun is not None:
                return noun
        lower, lemma = lowers[j], lemmas[j]
        if not (
            lower in HYPHENS
            or lemma in lexicon.actions
            or lemma in ENFORCEMENT_LEMMAS
            or lower in lexicon.modifiers
            or lower in lexicon.document_starts
            or lower in ORDER_MODIFIERS
        ):
            return None
        j += 1
    return None


def deadline_noun_ending_at(doc: Doc, i: int, clause: Span) -> Span | None:
    lowers = doc_lowers(doc)
    for phrase in _BY_LAST.get(lowers[i], ()):
        start = i - len(phrase) + 1
        if start >= clause.start and tuple(lowers[start : i + 1]) == phrase:
            return doc[start : i + 1]
    return None


def deadline_noun_starting_at(doc: Doc, i: int, clause: Span) -> Span | None:
    lowers = doc_lowers(doc)
    for phrase in _BY_FIRST.get(lowers[i], ()):
        end = i + len(phrase)
        if end <= clause.end and tuple(lowers[i:end]) == phrase:
            return doc[i:end]
    return None


def extended_noun_before(doc: Doc, preposition: int, clause: Span) -> Span | None:
    """ "extended the deadline for Afghan nationals to be deported to a country other than
    Afghanistan to January 31": the nearest deadline noun before the preposition, when a verb
    of extending (not negated) governs it; however long the complement between, as long as no
    punctuation mark or earlier "to <date>" ends the phrase."""
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for i in range(preposition - 1, max(clause.start, preposition - EXTENDED_NOUN_REACH) - 1, -1):
        if doc[i].is_punct and lowers[i] not in ("(", ")", "-"):
            return None  # "…, which was extended, to": another phrase
        dated = i + 1 < preposition and (doc[i + 1].like_num or month_of(doc[i + 1]) is not None)
        if lowers[i] in EXTENSION_PREPOSITIONS and dated:
            return None  # an earlier "to <date>" is the new cut-off
        noun = deadline_noun_ending_at(doc, i, clause)
        if noun is not None:
            verb = lemmas[max(clause.start, noun.start - 4) : noun.start]
            negated = not NEGATIONS.isdisjoint(lowers[max(clause.start, noun.start - 6) : i])
            return noun if EXTENSION_LEMMAS & set(verb) and not negated else None
    return None


OBJECT_START_REACH = 3
"""Words from a verb of extending to the start of the documents it governs ("extend the
validity of the", "extend the Proof …")."""
OMISSION_MARKS = frozenset({"…", "...", "[", "]"})
"""Marks a quotation's cut (an ellipsis, an editor's bracket) leaves inside a phrase: they
do not end it."""


def extended_documents_before(
    doc: Doc, preposition: int, clause: Span, documents: frozenset[str]
) -> bool:
    """ "decision to extend the Proof of Registration (PoR) cards to some 1.4 million Afghan
    refugees in Pakistan until June 30, 2019", "extend the validity of the PoR cards issued to
    the registered Afghan refugees … till …": the documents (their validity, or a word that
    starts one of the groups' documents: ``documents``) that a verb of extending governs, as
    the object right after it, however long the complement up to the preposition, as long as
    no punctuation mark (brackets, an ellipsis aside) or earlier "to <date>" ends the phrase."""
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    first = max(clause.start, preposition - EXTENDED_NOUN_REACH)
    i = preposition
    while i > first:
        i -= 1
        if lowers[i] == "," and i - 3 >= first and lowers[i - 2] == "or" and lowers[i - 3] == ",":
            i -= 3  # "the Proof of Registration, or PoR, cards": a name's other form
            continue
        if doc[i].is_punct and lowers[i] not in ("(", ")", "-", *OMISSION_MARKS):
            return False
        dated = i + 1 < preposition and (doc[i + 1].like_num or month_of(doc[i + 1]) is not None)
        if lowers[i] in EXTENSION_PREPOSITIONS and dated:
            return False  # an earlier "to <date>" is the new cut-off
        if lemmas[i] not in EXTENSION_LEMMAS:
            continue
        negated = not NEGATIONS.isdisjoint(lowers[max(clause.start, i - 4) : i])
        object_ = lowers[i + 1 : min(preposition, i + 1 + OBJECT_START_REACH + 1)]
        return not negated and any(w == "validity" or w in documents for w in object_)
    return False
