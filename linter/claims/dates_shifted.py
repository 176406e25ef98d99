"""Whether an extension's length is followed by the thing extended, and that thing is no one's
cut-off: "the cabinet … also extended for ten years the quota of provinces in federal
services" (the object shifted past the length, as a long object is) gives the quota ten years,
not the refugees named in the clause before it. A length whose shifted object names people, a
document, a stay, a validity or a cut-off ("extended for a year the stay of Afghans …") stays
the extension's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.dates_groups import categories
from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_words import (
    DEADLINE_NOUN_ENDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    VALIDITY_WORDING,
    WINDOW_NOUNS,
)
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span

SHIFTED_OBJECT_REACH = 8
"""Words after the length's determiner that may name the thing extended ("the stay of
registered Afghan refugees")."""
OBJECT_ENDS = {",", ";", ":", ".", "and", "but", "while", "which", "who", "that", "("}
"""Words past which the shifted object has ended."""
CUT_OFF_WORDS = DOCUMENT_NOUNS | WINDOW_NOUNS | DEADLINE_NOUN_ENDS | VALIDITY_WORDING
"""Words that make a shifted object a cut-off's: a document, a stay, a validity, a deadline."""


def other_object_after(clause: Span, span: Span, lexicon: Lexicon) -> bool:
    """Whether a determiner right after the length ``span`` opens the object extended and that
    object names no people, document, stay or cut-off ("for ten years the quota of …")."""
    lowers = doc_lowers(clause.doc)
    if span.end >= clause.end or lowers[span.end] not in DETERMINERS:
        return False  # most lengths: "extended by two months", "for a year."
    lemmas = lemma_lowers(clause.doc)
    end = span.end + 1
    while end < min(clause.end, span.end + 1 + SHIFTED_OBJECT_REACH) and (
        lowers[end] not in OBJECT_ENDS
    ):
        end += 1
    words = range(span.end + 1, end)
    if any(
        lowers[k] in CUT_OFF_WORDS
        or lemmas[k] in CUT_OFF_WORDS
        or lowers[k] in lexicon.people
        or lowers[k] in lexicon.document_starts
        for k in words
    ):
        return False
    tokens = clause.doc[span.end : end]
    return next(categories(tokens, lowers[span.end : end], lexicon), None) is None
