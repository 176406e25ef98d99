"""Registration with a body named for a group's own noun.

"1.32 million of whom are registered with the UN's refugee agency": a bare "registered" says
the people hold documents without saying which (NADRA registered the ACC holders too), but a
registrar named with a group's head noun ("refugee agency", "Commissionerate for Afghan
Refugees") registers the people as that group. The noun must stand in a body's name, as a
modifier ("refugee agency") or in a capitalised title, not as the people themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.groups_lexicon import Lexicon
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import CLAUSE_BREAKS

if TYPE_CHECKING:
    from spacy.tokens import Doc

REGISTRAR_REACH = 6
"""Words after "with" within which the registrar's group noun stands ("the UN's refugee
agency", "the Commissionerate for Afghan Refugees")."""
_OPENERS = frozenset({"with", "by"})


def registrar_groups(
    doc: Doc, lex: Lexicon, end: int, groups: frozenset[str]
) -> tuple[frozenset[str], int] | None:
    """(the groups of ``groups`` the registrar after ``end`` is named for, the end of its
    name), for "registered | with the UN refugee agency"; None for any other registrar."""
    n = len(doc)
    lowers = doc_lowers(doc)
    if end >= n or lowers[end] not in _OPENERS:
        return None
    for k in range(end + 1, min(n, end + 1 + REGISTRAR_REACH)):
        token = doc[k]
        if (token.is_punct and lowers[k] != "'s") or lowers[k] in CLAUSE_BREAKS:
            return None
        named = lex.heads.get(lowers[k], frozenset()) & groups
        if named and _in_a_name(doc, lex, k):
            return named, _name_end(doc, k)
    return None


def _in_a_name(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Does the head noun at ``k`` stand in a body's name: capitalised ("Afghan Refugees",
    "UN Refugee Agency") or modifying a noun that names no people ("refugee agency")?"""
    if doc[k].text.istitle():
        return True
    if k + 1 >= len(doc):
        return False
    after = doc[k + 1].lower_
    return _name_word(doc, k + 1) and after not in lex.heads and after not in lex.nouns


def _name_end(doc: Doc, k: int) -> int:
    """The end of the registrar's name from its group noun at ``k``: the content words
    right after it ("agency")."""
    j = k + 1
    while j < len(doc) and _name_word(doc, j):
        j += 1
    return j


def _name_word(doc: Doc, j: int) -> bool:
    """A content word (no function word, number or punctuation): part of a body's name."""
    token = doc[j]
    return token.is_alpha and not token.is_stop
