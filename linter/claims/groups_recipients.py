"""People a group's documents were given to.

"The ACCs were issued to Afghan refugees", "the government issued a one-time ACC to
approximately 880,000 refugees", "PoR cards were provided to 1.3 million Afghans": whoever
receives a group's documents is said to hold them. NL301 compares the recipients' noun with
the documents' group (refugee status only: documents given to undocumented people made
them documented), and NL302 counts a number on the recipients as the size of the
documents' group, the group the phrase describes.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from narrlint.claims.groups_holdings import held_object
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis
from narrlint.claims.groups_words import (
    AUXILIARY_FILLERS,
    FIGURE_HEDGES,
    GIVEN_PARTICIPLES,
    SCALE_WORDS,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_at, where_lower
from narrlint.nlp.vocabulary import HOLDING_WORDS, PASSIVE_AUXILIARIES

if TYPE_CHECKING:
    from spacy.tokens import Doc

GIVING_VERBS = frozenset(GIVEN_PARTICIPLES) | {
    "issue", "issues", "give", "gives", "gave", "grant", "grants", "provide", "provides",
    "distribute", "distributes", "award", "awards", "allot", "allots", "offer", "offers",
    "offered", "confer", "confers", "conferred", "afford", "affords", "afforded",
}  # fmt: skip
"""Verbs of giving documents, active ("the government issued ACCs to ...") and passive."""
RECIPIENT_OPENERS = frozenset({"the", "all", "some", "those", "these"})
RECIPIENT_PREPOSITIONS = frozenset({"to", "among", "amongst"})
LINKS = frozenset({",", "which", "that"})
PEOPLE_KINDS = frozenset({"head", "term", "np", "modified_term"})
"""Mentions that name people (not a card's adjective, "PoR")."""
"""Words between documents and the participle that gives them ("the ACCs, which were ...")."""
NUMBER_SCALES = frozenset({"million", "millions", "billion", "lakh", "thousand", *SCALE_WORDS})
DOCUMENTS_BEFORE = 12
"""How far before a participle of giving its documents may begin ("the ACCs, which were
issued")."""
ACTIVE_OBJECT_REACH = 6
"""Words between an active verb of giving and its documents ("issued a one-time ACC")."""
RECIPIENT_REACH = 10
"""Words from the verb or its documents to the "to" of the recipients ("were provided by the
government to")."""


@dataclass(frozen=True, slots=True)
class Recipient:
    """People given a group's documents: ``first`` opens the documents' words, ``start``
    the recipients' group mention (or their number, ``number``), ``category`` the group
    whose documents they were given."""

    first: int
    start: int | None
    number: int | None
    category: str


def recipients(doc: Doc, lex: Lexicon, analysis: Analysis) -> Iterator[Recipient]:
    """The recipients of each verb of giving whose object is a group's documents, before it
    (passive: "the ACCs were issued to ...") or right after it (active: "issued ACCs to",
    "distributed ACCs among ..."), or after the people ("gave 880,000 refugees ACCs")."""
    lowers = doc_lowers(doc)
    givers = where_lower(doc, GIVING_VERBS)  # the doc's word index: most docs have none
    if not givers:
        return
    firsts = where_lower(doc, lex.holding_firsts)  # the documents' first words
    if not firsts:
        return
    for i in givers:
        near = bisect_left(firsts, i - DOCUMENTS_BEFORE)
        if near == len(firsts) or firsts[near] > i + ACTIVE_OBJECT_REACH + RECIPIENT_REACH:
            continue  # no documents near this verb (most verbs of giving)
        found = _documents_given(doc, lex, analysis, lowers, i)
        given = None
        if found is not None:
            first, after, category = found
            to = _recipient_after(doc, analysis, lowers, i, after)
            given = Recipient(first, to[0], to[1], category) if to is not None else None
        given = given or _first_object(doc, lex, analysis, lowers, i)
        given = given or _described_purpose(doc, lex, analysis, lowers, i, firsts)
        given = given or _subject_gives(doc, lex, analysis, lowers, i)
        if given is not None:
            yield given


APPOSITION_MARKS = frozenset({",", "—", "–", "-", "(", "which", "that"})
"""Words right after a group's documents that open what is said of them ("the ACC — a
document launched in 2017 to ...", "PoR cards, which were introduced to ...")."""
PURPOSE_REACH = 8
"""Words between the mark after the documents and the "to" of their purpose."""


def _described_purpose(
    doc: Doc, lex: Lexicon, analysis: Analysis, lowers: list[str], i: int, firsts: list[int]
):
    """ "Afghan Citizen Card (ACC) — a document launched in 2017 to grant temporary legal
    status to Afghan refugees": documents described by what they were made to give, and to
    whom; the recipients hold them. Only an infinitive of giving ("to grant") within a few
    words of a mark right after the documents, with no other people on the way."""
    if i < 1 or lowers[i - 1] != "to":
        return None
    low = bisect_left(firsts, i - PURPOSE_REACH - 8)
    for first in reversed(firsts[low : bisect_left(firsts, i)]):
        held = held_object(doc, lex, lowers, first) or _cards_term(analysis, lowers, first)
        if held is None or held[0] >= i or lowers[held[0]] not in APPOSITION_MARKS:
            continue
        between = range(held[0] + 1, i - 1)
        if len(between) > PURPOSE_REACH or any(
            doc[k].is_sent_start or k in analysis.by_start for k in between
        ):
            return None
        to = _recipient_after(doc, analysis, lowers, i, i + 1)
        return Recipient(first, to[0], to[1], held[1]) if to is not None else None
    return None


STANDING_NOUNS = frozenset({"status", "protection", "residency", "recognition"})
"""What documents give their holders ("temporary legal status", "legal protection")."""
STANDING_REACH = 4
"""Words between a verb of giving and the standing it gives ("provides temporary legal
status")."""
SCHEME_NOUNS = frozenset({"system", "scheme", "regime", "programme", "program"})
"""A noun after a card's name that names its scheme ("the PoR system")."""
SUBJECT_FILLERS = AUXILIARY_FILLERS | {"also", "still", "only", "currently", "effectively"}
NOT_A_SUBJECT = HOLDING_WORDS | {"of", "for", "to", "without", "on", "under", "by", "from",
                                 "their", "his", "her", "whose"}  # fmt: skip
"""Words before a card's name that make it an object, not the subject of a verb of giving
("refugees with PoR cards get ...", "holders of ACCs")."""
APPOSITION_REACH = 20
"""How far back a comma or bracket opening an aside after the documents may lie ("The ACC,
issued by Pakistan's National Database and Registration Authority (NADRA), provides ...")."""


def _subject_gives(doc: Doc, lex: Lexicon, analysis: Analysis, lowers: list[str], i: int):
    """ "The ACC, issued by NADRA, provides temporary legal status to Afghan refugees", "the
    PoR system grants legal status to ...": documents as the subject of a verb of giving whose
    object is a standing (status, protection, residency); the people it is given to
    hold the documents, as "the ACCs were issued to ..." says. An aside between the documents
    and the verb is read through when it names no people."""
    if i < 1 or lowers[i - 1] in PASSIVE_AUXILIARIES:
        return None  # "were granted status": the people are the subject
    standing = next(
        (k for k in range(i + 1, min(len(doc), i + 1 + STANDING_REACH))
         if lowers[k] in STANDING_NOUNS),
        None,
    )  # fmt: skip
    if standing is None:
        return None
    start = sentence_at(doc, i).start
    for end in _subject_ends(doc, analysis, lowers, i, start):
        for first in range(max(start, end - 6), end):
            held = held_object(doc, lex, lowers, first)
            if held is None or (
                held[0] != end and not (held[0] + 1 == end and lowers[held[0]] in SCHEME_NOUNS)
            ):
                continue
            if first > start and lowers[first - 1] in NOT_A_SUBJECT:
                return None
            to = _recipient_after(doc, analysis, lowers, i, standing + 1)
            return Recipient(first, to[0], to[1], held[1]) if to is not None else None
    return None


def _subject_ends(doc: Doc, analysis: Analysis, lowers: list[str], i: int, start: int):
    """Where the subject of the verb at ``i`` may end: right before it (past auxiliaries and
    adverbs; "The Afghan Citizen Card (ACC) offers"), or before an aside set off by commas or
    brackets that names no people ("The ACC, issued by NADRA, provides")."""
    k = i - 1
    while k > start and lowers[k] in SUBJECT_FILLERS:
        k -= 1
    if k <= start:
        return
    yield k + 1
    if lowers[k] not in (",", ")"):
        return
    opener = "," if lowers[k] == "," else "("
    for j in range(k - 1, max(start, k - APPOSITION_REACH), -1):
        mention = analysis.by_start.get(j)
        if mention is not None and mention.kind in PEOPLE_KINDS:
            return  # people in the aside ("PoR cards, which ACC holders lack, give ...")
        if lowers[j] == opener:
            yield j
            return


def _documents_given(doc: Doc, lex: Lexicon, analysis: Analysis, lowers: list[str], i: int):
    """(first word, where to look for "to", category) of the documents the verb at ``i``
    gives, or None."""
    if lowers[i] in GIVEN_PARTICIPLES:
        k, steps = i - 1, 0
        # "the ACCs (, which) were issued to ...", "the ACCs, issued to ..."
        while k >= 0 and steps < 4 and (lowers[k] in AUXILIARY_FILLERS or lowers[k] in LINKS):
            k -= 1
            steps += 1
        for first in range(max(0, k - 5), k + 1):  # the documents: "the ACCs", "PoR cards"
            if lowers[first] not in lex.holding_firsts and not doc[first].is_title:
                continue
            held = held_object(doc, lex, lowers, first)
            if held is not None and held[0] == k + 1:
                return first, i + 1, held[1]
    n = len(doc)
    for first in range(i + 1, min(n, i + 1 + ACTIVE_OBJECT_REACH)):
        people = analysis.by_start.get(first)
        if people is not None and people.kind in PEOPLE_KINDS:
            break  # people first: "gave 880,000 refugees ACCs" (:func:`_first_object`)
        if lowers[first] not in lex.holding_firsts and not doc[first].is_title:
            continue  # no document's name opens here (fillers are read by the next step)
        held = held_object(doc, lex, lowers, first)
        if held is not None:
            return first, held[0], held[1]
        if doc[first].is_punct and lowers[first] not in ("-", "‑"):
            break
    return None


def _first_object(doc: Doc, lex: Lexicon, analysis: Analysis, lowers: list[str], i: int):
    """ "Pakistan gave 880,000 Afghan refugees ACCs", "issued them ... ": people right after
    the verb and a group's documents right after them."""
    at, number = _past_number(doc, lowers, i + 1)
    mention = analysis.by_start.get(at)
    end = mention.end if mention is not None else at
    if mention is None and number is not None:  # "gave 814,000 Afghans PoR cards"
        while end < len(doc) and end < at + 3 and (lowers[end] in lex.people or doc[end].is_title):
            if end > at and held_object(doc, lex, lowers, end) is not None:
                break
            end += 1
    if end == at:
        return None
    held = held_object(doc, lex, lowers, end)
    if held is None:
        return None
    return Recipient(end, mention.start if mention is not None else None, number, held[1])


def _past_number(doc: Doc, lowers: list[str], at: int) -> tuple[int, int | None]:
    """Past determiners, hedges and a number: (where the people's noun may start, the
    number's first token or None)."""
    n, start, number = len(doc), at, None
    while at < n and at < start + 6:
        lower = lowers[at]
        if doc[at].like_num or lower in NUMBER_SCALES:
            number = at if number is None else number
        elif lower not in FIGURE_HEDGES and lower not in RECIPIENT_OPENERS:
            break
        at += 1
    return at, number


def _recipient_after(doc: Doc, analysis: Analysis, lowers: list[str], i: int, after: int):
    """(mention start or None, number start or None) of the people after the "to" that
    follows the verb at ``i``, or None."""
    n = len(doc)
    stop = min(n - 1, after + RECIPIENT_REACH)
    for j in range(after, stop):
        if lowers[j] in (".", ";", ":") or (j > after and doc[j].is_sent_start):
            return None
        if lowers[j] not in RECIPIENT_PREPOSITIONS:
            continue
        at, number = _past_number(doc, lowers, j + 1)
        mention = analysis.by_start.get(at)
        if mention is None and number is None:
            return None
        return (mention.start if mention is not None else None), number
    return None


def _cards_term(analysis: Analysis, lowers: list[str], first: int) -> tuple[int, str] | None:
    """(end, category) of a group's term that ends in its cards ("holders of Afghan Citizen
    Cards", read whole as the group's name): what follows the cards is said of them. A term
    ending in the people ("ACC holders") is not."""
    for mention in analysis.mentions:
        if mention.start <= first < mention.end and mention.kind == "term":
            if lowers[mention.end - 1] in ("card", "cards") and len(mention.categories) == 1:
                return mention.end, next(iter(mention.categories))
            return None
    return None
