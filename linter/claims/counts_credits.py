"""Credits known by their shape rather than a reporting verb: a source's name in brackets
closing the sentence ("… martyred (ISPR)."), after a colon or dash ("…: ISPR", "… — police") or
labelling a headline ("Police: 12 killed"; not a dateline "QUETTA:"), and the source bodies a
draft names with an acronym of their own; the words of any marker that attribute
(:func:`marker_span`), and a credited sentence that reports the statement before it ("This was
announced by the police."). Part of the count claims reader (:mod:`.counts_attribution` asks
these for its markers; :mod:`.counts_coverage` reads how far they reach)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_numbers import word
from narrlint.claims.counts_words import (
    SOURCE_NOUNS,
    SPEAKER_ENTITIES,
    STATEMENT_DETERMINERS,
    STATEMENT_NOUNS,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_bounds, texts, where_lower

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CREDIT_MARKS = {":", "—", "–", "-"}
"""Marks before a closing credit: "Seven soldiers martyred in North Waziristan: ISPR"."""
MAX_CREDIT = 4
NOT_CREDITS = {"live", "updates", "update", "video", "videos", "photos", "pics", "watch",
               "breaking", "exclusive", "analysis", "opinion", "timeline", "explainer"}  # fmt: skip
"""Labels a headline ends with that name no source ("… kills 14: LIVE UPDATES")."""


def is_source_credit(bracket: Token, sentence: Span) -> bool:
    """ "… were martyred (ISPR)." : a name in brackets closing the sentence, not an acronym
    being defined ("Inter-Services Public Relations (ISPR)")."""
    doc = bracket.doc
    close = next((t.i for t in doc[bracket.i + 1 : min(sentence.end, bracket.i + 5)]
                  if t.text == ")"), None)  # fmt: skip
    if close is None or close == bracket.i + 1:
        return False
    rest = [t for t in doc[close + 1 : sentence.end] if not t.is_space]
    inside = doc[bracket.i + 1 : close]
    before = doc[bracket.i - 1] if bracket.i > sentence.start else None
    return (
        all(t.text in (".", "!") for t in rest)
        and all(t.is_title or t.is_upper or t.text in ("-", "&") for t in inside)
        and before is not None
        and not (before.is_title or before.is_upper)
    )


def is_closing_credit(mark: Token, sentence: Span) -> bool:
    """ "… martyred in North Waziristan: ISPR", "… — police": a source's name after a colon or
    a dash ends the sentence (a headline's credit). A name alone ("…: Quetta") is no source:
    an acronym or a source noun is."""
    doc = mark.doc
    if mark.i == sentence.start or (mark.text == "-" and not doc[mark.i - 1].whitespace_):
        return False
    if not few_words(doc, mark.i + 1, sentence.end, MAX_CREDIT):
        return False  # most marks: a credit is a few words, tested without Token objects
    rest = [t for t in doc[mark.i + 1 : sentence.end] if not t.is_space]
    while rest and rest[-1].text in (".", "!"):
        rest.pop()
    return (
        0 < len(rest) <= MAX_CREDIT
        and all(t.is_title or t.is_upper or t.like_num or t.lower_ in SOURCE_NOUNS for t in rest)
        and not any(t.lower_ in NOT_CREDITS for t in rest)
        and any((t.is_upper and len(t) > 1) or t.lower_ in SOURCE_NOUNS for t in rest)
    )


MAX_NAME_BEFORE = 6
"""Words of a body's name before the bracketed acronym the draft gives it ("the Provincial
Disaster Management Authority (PDMA)")."""
OPENING_BRACKETS = frozenset({"("})


def defined_sources(doc: Doc) -> frozenset[str]:
    """Acronyms the draft itself gives a source ("the National Disaster Management Authority
    (NDMA)", "the Counter-Terrorism Department (CTD)"), lower case, read once per doc: a
    headline labelled with one ("NDMA: …") is credited to that source. The name before the
    brackets must hold a source noun (authority, department, ministry, police…): "Dera Ismail
    Khan (DIK)" names a place, and a dateline is no source."""
    key = "narrlint.claims.counts.defined_sources"
    cached = doc.user_data.get(key)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    words, lowers = texts(doc), doc_lowers(doc)
    found = set()
    for i in where_lower(doc, OPENING_BRACKETS):
        if i + 2 >= len(doc) or words[i + 2] != ")":
            continue
        acronym = words[i + 1]
        if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 7):
            continue
        j = i - 1
        while j >= max(0, i - MAX_NAME_BEFORE) and (words[j].istitle() or words[j] == "-"):
            if lowers[j] in SOURCE_NOUNS:
                found.add(acronym.lower())
                break
            j -= 1
    result = frozenset(found)
    doc.user_data[key] = (len(doc), result)
    return result


def few_words(
    doc: Doc, start: int, end: int, most: int, trailing: tuple[str, ...] = (".", "!")
) -> bool:
    """Between 1 and ``most`` tokens in ``start:end`` that are not whitespace, once closing
    ``trailing`` marks are dropped (as the credit and label tests count them), read from the
    doc's words (a token is whitespace when its text is)."""
    words = [w for w in doc_lowers(doc)[start:end] if not w.isspace()]
    while words and words[-1] in trailing:
        words.pop()
    return 0 < len(words) <= most


def is_opening_credit(mark: Token, sentence: Span, sources: frozenset[str]) -> bool:
    """ "Police: 12 killed in Quetta blast", "ISPR: …", "DG ISPR: …": a source labelling a
    headline (a source noun, an office or person the ledger knows, an acronym the ledger
    gives figures by or one the draft gives a source body). A dateline ("QUETTA:", "DI
    KHAN:") names a place, not a source."""
    if mark.text != ":" or not is_label(mark, sentence.start):
        return False
    label = [t for t in mark.doc[sentence.start : mark.i] if not t.is_space]
    return (
        any(t.lower_ in SOURCE_NOUNS for t in label)
        or all(t.ent_type_ in SPEAKER_ENTITIES for t in label)
        or any(t.is_upper and t.lower_ in sources for t in label)
        or any(t.is_upper and t.lower_ in defined_sources(mark.doc) for t in label)
    )


def is_label(mark: Token, start: int) -> bool:
    """A few capitalised words before a colon that opens the sentence ("KP Police:", "ISPR:",
    "QUETTA:"): a headline's label or a dateline, by shape."""
    if not few_words(mark.doc, start, mark.i, MAX_CREDIT, trailing=()):
        return False
    label = [t for t in mark.doc[start : mark.i] if not t.is_space]
    return 0 < len(label) <= MAX_CREDIT and all(
        t.is_title or t.is_upper or t.lower_ in SOURCE_NOUNS for t in label
    )


def marker_span(marker: Token) -> Span:
    """The words that attribute: "said", "according to", "released by", "(ISPR)"."""
    doc, i = marker.doc, marker.i
    lower = marker.lower_
    if lower == "according":
        return doc[i : i + 2]
    if lower == "by" and i > 0:
        return doc[i - 1 : i + 1]
    if lower in ("'s", "’s") and i > 0:
        return doc[i - 1 : i + 2]  # "ministry's figure"
    if lower == "(":
        close = next((t.i for t in doc[i + 1 : min(len(doc), i + 6)] if t.text == ")"), i)
        return doc[i : close + 1]
    if lower == ":" and is_label(marker, first := sentence_bounds(doc, i)[0]):
        return doc[first : i + 1]
    if lower in CREDIT_MARKS:
        end = min(sentence_bounds(doc, i)[1], i + MAX_CREDIT + 1)
        while end > i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return doc[i:end]
    return doc[i : i + 1]


PRONOUN_SUBJECTS = {"this", "that"}
PRONOUN_LINKS = {"was", "is", "has", "had", "been", "also", "later", "first", "were"}
PRONOUN_OBJECTS = {"this", "it"}
AFTER_PRONOUN_OBJECT = {".", ",", "in", "on", "to", "late", "later", "while", "and", "", "!"}


def reports_the_previous(sentence: Span, marker: Token, bridged: bool = False) -> bool:
    """ "This was announced by the police.", "That is according to officials.", "The
    information was shared by the ISPR.", "The military confirmed this in a statement.": a
    sentence whose subject (or the reporting verb's object) stands for the previous statement,
    reported by its source."""
    doc = sentence.doc
    after = word(doc, marker.i + 1)
    if after in STATEMENT_DETERMINERS and word(doc, marker.i + 2) in STATEMENT_NOUNS:
        return True  # "Reuters reported this information in a report on Wednesday"
    if bridged:
        return False  # "this" past a bridge is the bridge's
    if after in PRONOUN_OBJECTS and word(doc, marker.i + 2) in AFTER_PRONOUN_OBJECT:
        return True
    first = sentence.start
    while first < sentence.end and (doc[first].is_space or doc[first].is_quote):
        first += 1
    if word(doc, first) in ("the", "this") and word(doc, first + 1) in STATEMENT_NOUNS:
        first += 1
    elif word(doc, first) not in PRONOUN_SUBJECTS:
        return False
    start = marker_span(marker).start
    return first < start <= first + 4 and all(
        doc[i].lower_ in PRONOUN_LINKS for i in range(first + 1, start)
    )


REPORT_FORMS = frozenset({"reports", "report", "states", "notes", "claims", "adds", "writes"})
"""Bare forms of reporting verbs that read as nouns elsewhere ("the reports", "the claims")."""
AGENCIES = frozenset({"agencies"})
"""News agencies named as a kind ("report agencies")."""
CREDIT_NAME_WORDS = frozenset(SOURCE_NOUNS | AGENCIES | {"the", "a", "an", "news", "local"})
"""Words of a short source closing a sentence besides names and acronyms ("report agencies",
"reports local media")."""


def closing_report(verb: Token, sentence: Span) -> bool:
    """ "…, reports Reuters.", "…, report agencies.", "…, Reuters reports.": a bare reporting
    form (:data:`REPORT_FORMS`) closing its sentence with a short source (a name, an acronym or
    a source noun) after a comma, before or after it, is a wire credit, not a noun ("…, the
    reports said" has its own verb; ", reports suggest" names no one)."""
    doc = sentence.doc
    if verb.lower_ not in REPORT_FORMS:
        return False
    end = sentence.end
    while end > verb.i + 1 and (doc[end - 1].is_space or doc[end - 1].text in (".", "!")):
        end -= 1
    if word(doc, verb.i - 1) == ",":  # inverted: ", reports Reuters."
        return end > verb.i + 1 and end - verb.i - 1 <= MAX_CREDIT and _names(doc, verb.i + 1, end)
    if end != verb.i + 1:
        return False  # ", Reuters reports." closes the sentence
    start = verb.i
    while start > sentence.start and word(doc, start - 1) != ",":
        start -= 1
    return start > sentence.start and verb.i - start <= MAX_CREDIT and _names(doc, start, verb.i)


def _names(doc: Doc, start: int, end: int) -> bool:
    """Are the tokens ``start:end`` a short source: names, acronyms or source nouns, one of
    them no modifier ("local reports" names no one)?"""
    tokens = [doc[k] for k in range(start, end) if not doc[k].is_space]
    named = any(t.is_title or t.is_upper or t.lower_ in SOURCE_NOUNS | AGENCIES for t in tokens)
    return named and all(t.is_title or t.is_upper or t.lower_ in CREDIT_NAME_WORDS for t in tokens)
