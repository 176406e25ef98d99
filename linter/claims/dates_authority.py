"""Who sets a clause's deadline when the ledger does not know them: a proper name acting on or
owning the order ("Iran has set …", "Germany's deadline …", "to leave Iran").
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

from narrlint.claims.dates_actions import action_of, verb_like
from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_words import (
    AUTHORITY_VERBS,
    NEWS_ABBREVIATIONS,
    POSSESSED_ORDER_WORDS,
    POSSESSED_REACH,
)
from narrlint.nlp.quantities import month_of
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import (
    AUTHORITY_NOUNS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span


def other_authority(
    tokens: Span, lowers: list[str], lemmas: list[str], lexicon: Lexicon
) -> str | None:
    """A proper name the ledger does not know, as the one who sets or owns the deadline:
    "Iran has set …", "Turkey gave …", "Germany's deadline …"."""
    if lexicon.common is None:
        return None
    doc = tokens.doc
    written = doc_texts(doc)
    known, common, start = lexicon.known, lexicon.common, tokens.start
    # a capitalised word only (spaCy's is_title is this test of the text), found in C
    titled = compress(range(start, tokens.end), map(str.istitle, written[start : tokens.end]))
    for i in titled:
        lower, lemma = lowers[i - start], lemmas[i - start]
        if lower in known or lower in NEWS_ABBREVIATIONS or lower != lemma:
            continue  # a name the ledger knows, a news agency, an inflection
        if lower in common and lower not in lexicon.foreign:
            continue  # a common word ("Police", "Govt"), not a country's name ("Turkey")
        text = written[i]  # spaCy's is_alpha is this test of the text
        if not (text.isalpha() and len(text) >= 3):
            continue
        token = doc[i]
        if not (token.is_title and token.is_alpha and len(token) >= 3) or token.ent_type_:
            continue
        if lower in AUTHORITY_NOUNS or _plural_of_common(lower, lexicon.common):
            continue  # "Authorities set …": a capitalised plural of a common word
        if lower.endswith("ly") and lower[:-2] in common:
            continue  # "Originally set for …": an adverb of a common adjective opening a clause
        if token.is_stop:
            continue
        if month_of(token) or lower in WEEKDAYS:
            continue
        nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if nxt in AUTHORITY_VERBS or nxt in AUTHORITY_NOUNS:
            return token.text  # "Iran has set", "Iranian authorities"
        if nxt in ("'s", "’s") and _owns_an_order(lowers, lemmas, i - start + 2):
            return token.text  # "Iran's deadline", not "Khyber Pakthunkhwa's border points"
        prev = doc[token.i - 1] if token.i > tokens.start else None
        if prev is not None and action_of(prev, lexicon) and verb_like(prev):
            return token.text  # "to leave Iran"
    return None


def _owns_an_order(lowers: list[str], lemmas: list[str], k: int) -> bool:
    """Whether the words after a possessive (from ``k``, clause-relative) name an order or its
    maker ("Iran's deadline", "Germany's new deportation rules", "Turkey's interior
    ministry"), not a thing of the place ("Punjab's border points", "Sindh's capital")."""
    for word, lemma in zip(
        lowers[k : k + POSSESSED_REACH], lemmas[k : k + POSSESSED_REACH], strict=True
    ):
        if word in POSSESSED_ORDER_WORDS or lemma in POSSESSED_ORDER_WORDS:
            return True
    return False


def _plural_of_common(lower: str, common: frozenset[str]) -> bool:
    if not lower.endswith("s"):
        return False
    singulars = {lower[:-1], lower[:-2] if lower.endswith("es") else ""}
    if lower.endswith("ies"):
        singulars.add(lower[:-3] + "y")
    return bool(singulars & common)
