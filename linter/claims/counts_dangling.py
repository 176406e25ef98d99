"""A participle of saying that opens a sentence whose subject is the counted people names no one.

Part of the count claims reader (:mod:`.counts_attribution`). "Alleging Pakistan for the
strikes, at least 10 people were killed" (dev news-r18-ob-014): the participle's phrase has an
object of its own (who is blamed) and its understood subject is the main clause's, the people
counted, who report nothing; the sentence gives the count with no source. Where the main clause
opens with a source ("Alleging that …, provincial officials said …") or the count stands inside
the participle's own that-clause ("Confirming that 10 people died, the police chief …"), the
reading is left to the other markers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_words import HEDGES
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CLAUSE_OPENERS = frozenset({"that", ":", "to", "how", "what", "whether"})
"""Words after an opening participle that make what follows its report ("Alleging that …",
"Confirming to reporters …"), not an object of its own."""
MAX_PHRASE = 15
"""Tokens from the participle to the comma that closes its phrase."""


def dangling_report(token: Token, sentence: Span) -> bool:
    """Is ``token`` a participle ("Alleging", "Claiming") opening ``sentence`` with an object
    of its own, no number in its phrase, and the main clause after its comma opening with a
    count ("at least 10 people were killed")? Then it credits no one with that count."""
    if not token.lower_.endswith("ing") or not _opens(token, sentence):
        return False
    doc = sentence.doc
    lowers = doc_lowers(doc)
    if token.i + 1 >= sentence.end or lowers[token.i + 1] in CLAUSE_OPENERS:
        return False
    if doc[token.i + 1].is_quote:
        return False
    end = min(sentence.end, token.i + 1 + MAX_PHRASE)
    comma = next((k for k in range(token.i + 1, end) if lowers[k] == ","), None)
    if comma is None or any(doc[k].like_num for k in range(token.i + 1, comma)):
        return False
    k = comma + 1
    while k < sentence.end and (lowers[k] in HEDGES or doc[k].is_space):
        k += 1
    return k < sentence.end and doc[k].like_num


def _opens(token: Token, sentence: Span) -> bool:
    """The first word of the sentence (after any quotation mark or space)."""
    doc = sentence.doc
    return all(doc[k].is_quote or doc[k].is_space for k in range(sentence.start, token.i))
