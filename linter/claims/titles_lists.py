"""A title that opens the next item of a list of titled names (for :mod:`.titles_names`).

Reports of who attended list people as a title set before each name, the items set off by
commas: "attended by Governor X, Federal Minister Y, Speaker Provincial assembly Z, …". A
title after "Y," then stands where an appositive of Y would, but its item runs on to a name
of its own (one the ledger need not know), with the title's place or body between
("Speaker <place> assembly Z"): :func:`named_item` tells that item from an appositive, whose
words end with the post's own complement ("Y, Speaker of the National Assembly, said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.titles_frame import sentence_bounds
from narrlint.claims.titles_tense import CLAUSE_VERBS, verb_like
from narrlint.nlp.tokens import lowers, texts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["listed_with_title", "named_item"]

MAX_ITEM = 8
"""Words of one list item after its title: its place or body and the name ("KP assembly
Babar Salim Swati")."""
MIN_NAME = 2
"""Capitalised words that end an item as a name (a given name and a surname at least)."""
ITEM_CLOSERS = frozenset({",", ";", "and", "&"})
"""What closes an item of the list after its name."""
COMPLEMENT_GLUE = frozenset({"of", "the", "for", "on", "to", "in", "'s", "’s"})
"""Words that open a complement of the title: capitalised words after them are its object
("of the National Assembly"), not a name."""


MAX_LEAD = 4
"""Capitalised words of a title the ledger does not hold before a listed name ("Federal
Minister Engr Y")."""


def listed_with_title(person: Span) -> bool:
    """Whether the name ``person`` is an item of such a list itself: set after a comma behind
    up to :data:`MAX_LEAD` words, its own title, in capitals or not ("…, Federal Minister Engr
    Y,", "…, federal minister Engr Y,"), with no verb among them ("…, he met Y,": a clause)."""
    doc = person.doc
    written, words = texts(doc), lowers(doc)
    first = sentence_bounds(doc, person.start)[0]
    k = person.start
    while (
        k > first
        and person.start - k < MAX_LEAD
        and written[k - 1].isalpha()
        and (written[k - 1].istitle() or not _verb(doc, words, k - 1))
    ):
        k -= 1
    return first < k < person.start and written[k - 1] == ","


def _verb(doc: Doc, words: list[str], i: int) -> bool:
    """Whether the lower-case word at ``i`` may be a verb: what stands after the comma is a
    clause, not a list item's title."""
    return words[i] in CLAUSE_VERBS or verb_like(doc, i)


def _name_word(doc_texts: list[str], k: int, ent_type: str) -> bool:
    word = doc_texts[k].rstrip(".")
    return bool(word) and word.isalpha() and word.istitle() and not ent_type


def named_item(title: Span) -> bool:
    """Whether the words after ``title`` up to the next comma (or "and", or the sentence's
    end) are its list item's place or body and then a name: at least :data:`MIN_NAME`
    capitalised words outside the ledger's entities, after a word that is neither the title
    nor a complement's glue ("of the …"), with no verb among them."""
    doc = title.doc
    written, words = texts(doc), lowers(doc)
    end = sentence_bounds(doc, title.end - 1)[1]
    i = title.end
    while i < end and words[i] not in ITEM_CLOSERS:
        if i - title.end >= MAX_ITEM or not written[i].replace(".", "").isalpha():
            return False
        if _verb(doc, words, i):
            return False  # "…, Speaker of the assembly Ali praised …": a clause
        i += 1
    k = i
    while k > title.end and _name_word(written, k - 1, doc[k - 1].ent_type_):
        k -= 1
    if i - k < MIN_NAME or k == title.end:
        return False  # a name right after the title is :func:`holder_follows`'s to judge
    return words[k - 1] not in COMPLEMENT_GLUE and not written[k - 1].istitle()
