"""Group words inside the name of an office or an institution.

"Minister for Refugees", "UN High Commissioner for Refugees", "Chief Commissioner for Afghan
Refugees", "the Commissionerate for Afghan Refugees": the group's noun names a post or a body,
not people, so it is no group mention at all (an office title of the ledger, or a capitalised
office noun with "for"/"of" and capitalised words up to the group's noun). A headline's
capitals alone ("Ticking Clock for Illegal Afghans") name no office.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.nlp.pipeline_data import TITLE
from narrlint.nlp.tokens import ents as doc_ents
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_at
from narrlint.nlp.tokens import texts as doc_texts

if TYPE_CHECKING:
    from spacy.tokens import Doc

OFFICE_NOUNS = frozenset(
    {"minister", "ministry", "commissioner", "commissionerate", "commission", "department",
     "directorate", "secretary", "secretariat", "office", "agency", "council", "committee",
     "bureau", "envoy", "representative", "rapporteur", "coordinator", "organisation",
     "organization"}
)  # fmt: skip
"""Nouns of posts and bodies whose names go on with "for/of" and what they are charged with."""
OFFICE_LINKS = frozenset({"for", "of", "on"})
NAME_GLUE = frozenset({"and", "&", "the", "of", "for", "(", ")", "-"})
"""Small words a capitalised name keeps lower-case ("Ministry of States and Frontier Regions")."""
OFFICE_REACH = 8
"""Most words from the office noun to the end of the group's noun."""


def in_office_name(doc: Doc, start: int, end: int) -> bool:
    """Do tokens ``[start, end)`` lie inside the name of an office or an institution? (Read
    from the doc's word lists, with no Token built: this is asked of every group mention.)"""
    types = doc_ents(doc)
    if types[start] == TITLE and all(types[i] == TITLE for i in range(start, end)):
        return True
    words = doc_texts(doc)
    if not words[end - 1].istitle():  # ``Token.is_title``
        return False
    lowers = doc_lowers(doc)
    sent_start = sentence_at(doc, start).start
    for j in range(start - 1, max(sent_start, end - OFFICE_REACH) - 1, -1):
        word = words[j]
        office = lowers[j] in OFFICE_NOUNS and word.istitle() and j + 1 < start
        if office and lowers[j + 1] in OFFICE_LINKS:
            return _capitalised(words, lowers, j + 2, end)
        if not (word.istitle() or word.isupper() or lowers[j] in NAME_GLUE):
            return False
    return False


def _capitalised(words: list[str], lowers: list[str], start: int, end: int) -> bool:
    """Every word of tokens ``[start, end)`` is capitalised or a name's small word."""
    return all(
        words[i].istitle() or words[i].isupper() or lowers[i] in NAME_GLUE
        for i in range(start, end)
    )
