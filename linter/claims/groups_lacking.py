"""People named only by what they lack: "people with no papers", "Afghans without valid
documents", "those lacking documentation"; and people whose group's papers lapsed ("Afghans
holding expired PoR cards").

A generic noun for people, restricted by a denial of documents, names the ledger's groups
without documents as surely as "undocumented Afghans" does; the phase reader pairs it with
a phase like any other group ("phase one targeted people with no papers"), and the
inclusion reader takes it as a whole other groups are named part of ("Afghan nationals residing
illegally, including ACC holders"). Nouns that are a
group's own head ("refugees", "migrants") are not read here: their denial is a predicate of
that group (NL301's own comparison).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.groups_denials import DENIAL_REACH, restricted_denial
from narrlint.claims.groups_gate import gate
from narrlint.claims.groups_holdings import held_object
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, Mention
from narrlint.claims.groups_words import EXPIRED, LACKING_PEOPLE
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import where_lower
from narrlint.nlp.vocabulary import HOLDING_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc


def lacking_mentions(
    doc: Doc, lex: Lexicon, analysis: Analysis, start: int, end: int, taken: list[Mention]
) -> list[Mention]:
    """Mentions in tokens ``[start, end)`` of a people noun that a denial of documents
    restricts ("people with no papers"), outside the mentions already ``taken``."""
    groups = frozenset(lex.undocumented)
    if not groups:
        return []
    lowers = doc_lowers(doc)
    found = (
        _lacking_at(doc, lex, analysis, k, end, groups, taken)
        for k in range(start, end - 1)
        if lowers[k] in LACKING_PEOPLE
    )
    return [mention for mention in found if mention is not None]


def _lacking_at(
    doc: Doc, lex: Lexicon, analysis: Analysis, k: int, end: int, groups, taken: list[Mention]
) -> Mention | None:
    """The people noun at ``k`` restricted by a denial of documents that ends by ``end``."""
    if any(m.start <= k < m.end for m in taken):
        return None
    denial = restricted_denial(doc, lex, analysis, k + 1)
    if denial is None or denial.end > end or not set(denial.negative) <= groups:
        return None
    return Mention(k, denial.end, groups, "lacking")


def expired_holding(doc: Doc, lex: Lexicon, i: int) -> tuple[int, str] | None:
    """(end, category) of "holding expired PoR cards" at ``i``: people once of the cards'
    group, whose number is still that group's size. Only the figure reader asks: the
    holders are no longer the group, so NL301 compares nothing with them."""
    lowers = doc_lowers(doc)
    if i + 1 >= len(doc) or lowers[i] not in HOLDING_WORDS or lowers[i + 1] not in EXPIRED:
        return None
    return held_object(doc, lex, lowers, i + 1, expired=True)


_PEOPLE = frozenset(LACKING_PEOPLE)


def lacking_wholes(doc: Doc, lex: Lexicon, analysis: Analysis) -> list[Mention]:
    """People named only by the papers they lack, anywhere in the doc, outside the group
    mentions ("all Afghan nationals residing illegally in the country", "individuals without
    valid documents"): wholes that other groups may be named as part of."""
    groups = frozenset(lex.undocumented)
    if not groups:
        return []
    candidates = where_lower(doc, _PEOPLE)
    if not candidates:
        return []
    covered = {k for m in analysis.mentions for k in range(m.start, m.end)}
    live = gate(doc, lex, analysis)
    found = (
        _lacking_at(doc, lex, analysis, k, len(doc), groups, [])
        for k in candidates
        if k + 1 < len(doc) and k not in covered and live.ahead(k + 1, DENIAL_REACH, denial=True)
    )
    return [mention for mention in found if mention is not None]
