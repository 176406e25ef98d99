"""A source that identifies or names the people just counted ("Police identified the dead as
…", "Those martyred were identified by police as …", "Officials released the names of the
victims"): it knows who and how many died, so its statement is the count's source
(:func:`.counts_coverage.by_neighbour` asks this of the sentence after a count)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_attribution import is_source_at
from narrlint.claims.counts_memo import per_sentence
from narrlint.claims.counts_numbers import lemma_at, word
from narrlint.claims.counts_referents import PASSIVE_CASUALTIES
from narrlint.claims.counts_words import (
    BE_LEMMAS,
    CLAUSE_MARKS,
    PEOPLE_REFERENCES,
    REFERRING_DETERMINERS,
    SOURCE_NOUNS,
)
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import NEGATIONS, RELATIVES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

IDENTIFYING_LEMMAS = {"identify", "name"}
MAX_IDENTIFIER_GAP = 4
"""Words between "identified" and "as" ("the three martyred policemen")."""
MAX_PASSIVE_SUBJECT = 8
"""Words of the people identified before their verb ("Those martyred in the firing raid")."""


def source_identifying_the_dead(sentence: Span, marker: Token | None = None) -> Span | None:
    """ "Police identified the dead as …", "In a statement, the district police officer named
    the martyred constables as …", "Those martyred in the raid were identified by police as
    …": a source that names the people just counted knows who and how many died, so its
    statement is the count's source. The identifying verb needs a source (a source noun
    before it, "in a statement", in the passive a source after "by" or the sentence's
    ``marker`` reporting it: "…, police said") and a reference to the
    casualties ("the dead", "the victims", "the martyred/injured <people>");
    "residents identified the suspect as …", "the dead were identified as …" (no one
    identifies them) and "named the bridge as …" are not."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    lemmas = lemma_lowers(doc)
    for i in range(sentence.start + 1, sentence.end - 2):
        if lemmas[i] not in IDENTIFYING_LEMMAS:
            continue
        if _identified_by_a_source(sentence, i, marker):
            return doc[i : i + 1]
        close = _as_after(sentence, i + 1)
        if close is None or lowers[i + 1] not in REFERRING_DETERMINERS:
            continue
        if not _the_casualties(lowers[i + 2 : close]):
            continue
        before = lowers[sentence.start : i]
        if not SOURCE_NOUNS.isdisjoint(before):
            return doc[i : i + 1]
    return _source_naming_the_dead(sentence)


def _as_after(sentence: Span, start: int) -> int | None:
    """The "as" that opens the names, a few words after ``start``."""
    lowers = doc_lowers(sentence.doc)
    end = min(sentence.end, start + MAX_IDENTIFIER_GAP + 1)
    return next((j for j in range(start, end) if lowers[j] == "as"), None)


def _the_casualties(words: list[str]) -> bool:
    """Words after a referring determiner that name the people counted: "dead", "victims", or
    a casualty participle before its noun ("martyred constables", not "the men killed")."""
    return any(w in PEOPLE_REFERENCES for w in words) or any(
        w in PASSIVE_CASUALTIES for w in words[:-1]
    )


def _identified_by_a_source(sentence: Span, verb: int, marker: Token | None) -> bool:
    """ "Those martyred in the firing were identified by police as …", "The victims have been
    named by the district administration as …", "According to police, the deceased were
    identified as …", "The dead were identified as …, police said": the passive, with the
    casualties as its clause's subject (a referring determiner opening the clause, and "those
    <participle>" or the words of :func:`_the_casualties` before the verb, no relative: "the
    men who killed them"), and a source: after "by", before the names, or the sentence's
    ``marker`` reporting the clause (before its subject, or after the names past a comma)."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    if lemma_at(doc, verb - 1) not in BE_LEMMAS:  # "were", "have been"
        return False
    by_source = word(doc, verb + 1) == "by" and is_source_at(doc, verb + 2)
    names = _as_after(sentence, verb + 2 if by_source else verb + 1)
    if names is None:
        return False
    first = verb - 2
    while first > sentence.start and lowers[first - 1] not in CLAUSE_MARKS:
        first -= 1
    if marker is not None and first <= marker.i < verb - 2:  # "Police said (that) the dead …"
        first = marker.i + 1 + (lowers[marker.i + 1] == "that")
    while first < verb and (doc[first].is_space or doc[first].is_quote):
        first += 1
    subject = lowers[first + 1 : verb - 1]
    if lowers[first] not in REFERRING_DETERMINERS or len(subject) > MAX_PASSIVE_SUBJECT:
        return False
    if any(w in RELATIVES for w in subject):
        return False
    those = lowers[first] == "those" and bool(subject) and subject[0] in PASSIVE_CASUALTIES
    if not (those or _the_casualties([*subject, "."])):
        return False
    if by_source:
        return True
    if marker is None or names < marker.i < verb:
        return False
    if marker.i < first:
        return True
    return _closing_credit(sentence, names, marker)


MAX_CREDIT_WORDS = 4
"""Words of a closing credit before and after its marker (", police said on Monday.")."""


def _closing_credit(sentence: Span, names: int, marker: Token) -> bool:
    """ "…, police said.", "…, according to officials.": the marker closes the sentence after
    a comma, a few words from either; not ", reinforcing Pakistan's claims that …" nor
    ", who police said was …"."""
    lowers = doc_lowers(sentence.doc)
    comma = next((k for k in range(marker.i - 1, names, -1) if lowers[k] == ","), None)
    if comma is None or marker.i - comma > MAX_CREDIT_WORDS:
        return False
    between = lowers[names : marker.i]
    return RELATIVES.isdisjoint(between) and sentence.end - marker.i <= MAX_CREDIT_WORDS + 1


NAMING_LEMMAS = frozenset({"release", "publish", "issue", "confirm", "disclose", "reveal"})
NAME_NOUNS = frozenset({"names", "identities"})
NOT_NAMING = NEGATIONS | {"yet", "refused", "declined"}
"""Before a naming verb: "police have not released the names" names no one."""


@per_sentence
def _source_naming_the_dead(sentence: Span) -> Span | None:
    """ "Authorities have released the names of all the victims, who include …", "Officials
    confirmed the identities of the dead": a source that gives the names of the people just
    counted knows who and how many died, as one identifying them does. The names must be of
    a definite reference to the casualties ("the victims", "all those killed"), with a
    source noun before the verb and no negation ("have not released the names")."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    lemmas = lemma_lowers(doc)
    for i in range(sentence.start + 1, sentence.end - 4):
        if lemmas[i] not in NAMING_LEMMAS or lowers[i + 1] != "the":
            continue
        if lowers[i + 2] not in NAME_NOUNS or lowers[i + 3] != "of":
            continue
        j = i + 4 + (lowers[i + 4] == "all")
        if word(doc, j) not in REFERRING_DETERMINERS:
            continue
        noun = word(doc, j + 1)
        if noun not in PEOPLE_REFERENCES and not (
            lowers[j] == "those" and noun in PASSIVE_CASUALTIES
        ):
            continue
        before = lowers[sentence.start : i]
        if not SOURCE_NOUNS.isdisjoint(before) and NOT_NAMING.isdisjoint(before):
            return doc[i : i + 1]
    return None


STRUCK = frozenset(PASSIVE_CASUALTIES | {"hit", "shot", "gunned", "stabbed"})
"""What befell people named as the subject of a passive ("were hit by bullets")."""
MAX_APPOSITION = 8
"""Words of the aside after a name ("Sadiq, a vegetable vendor, and …")."""


def names_the_counted(sentence: Span, value: float) -> bool:
    """ "Two civilians were killed … // Quoting residents, a police official said that Sadiq,
    a vegetable vendor, and Maqsood, a medical technician, were hit by bullets while passing
    by the … police post": a source naming as many people as were counted, each set off by
    an aside or joined by "and", as the subject of what befell them, names the people
    counted (r11 hunt 041). One name for two, or names with no casualty verb, do not."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    starts = [i + 1 for i in range(sentence.start, sentence.end) if lowers[i] == "that"]
    for start in starts:
        names, i = 0, start
        while i < sentence.end and doc[i].is_title and doc[i].is_alpha:
            names += 1
            while i < sentence.end and doc[i].is_title:
                i += 1  # one name, however many words
            if word(doc, i) == ",":  # an aside: ", a vegetable vendor,"
                close = next(
                    (
                        k
                        for k in range(i + 1, min(sentence.end, i + MAX_APPOSITION))
                        if word(doc, k) == ","
                    ),
                    None,
                )
                if close is None:
                    break
                i = close + 1
            if word(doc, i) == "and":
                i += 1
        if (
            names > 1
            and names == value
            and word(doc, i) in ("were", "had")
            and (word(doc, i + 1) in STRUCK or word(doc, i + 2) in STRUCK)
        ):
            return True
    return False
