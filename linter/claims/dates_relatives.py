"""A deadline's date restated in a relative clause after its predicate: "the deadline for
repatriation of registered Afghan refugees is approaching speedily, which is December 31". The
relative ", which is <date>" names the deadline when the clause before the comma has a deadline
noun as its subject and a short predicate with no noun phrase of its own ("is approaching
speedily", "is drawing near"); after another noun ("was discussed at a meeting on a Friday,
which was …") it names that noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.dates_frames import for_people
from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_model import Cue
from narrlint.claims.dates_nouns import deadline_noun_ending_at
from narrlint.claims.dates_words import DETERMINERS, NOUN_GROUP_REACH
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span

PREDICATE_TAIL = 3
"""Words after the predicate's "is" up to the comma ("approaching speedily", "drawing near"):
more may hold a noun phrase the relative would speak of."""


def restated_deadline(clause: Span, comma: int, lexicon: Lexicon) -> Cue | None:
    """The deadline cue of a date after ", which is" (``comma``: the comma's index), or None."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    first = max(clause.start, comma - NOUN_GROUP_REACH - PREDICATE_TAIL - 1)
    for i in range(comma - 1, first - 1, -1):
        if doc[i].is_punct:
            return None
        noun = deadline_noun_ending_at(doc, i, clause)
        if noun is None:
            continue
        verb = next((k for k in range(noun.end, comma) if lemmas[k] == "be"), None)
        if verb is None or comma - verb - 1 > PREDICATE_TAIL:
            return None
        tail = range(verb + 1, comma)
        if any(lowers[k] in DETERMINERS or doc[k].is_title or doc[k].like_num for k in tail):
            return None  # "… on a Friday, which was …": the relative is that noun's
        return Cue("deadline", True, noun) if for_people(doc, noun.end, verb, lexicon) else None
    return None
