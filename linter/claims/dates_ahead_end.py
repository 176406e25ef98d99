"""A document's or a stay's end told as still to come: "The tripartite agreement … will expire
on 31 December 2012", "the cards will end on …", "the stay is set to expire on …". A future
auxiliary (not "would", which may report an old plan) or "set/due/scheduled to" governs a verb
of expiring or ending (or "remain valid") in its base form right before the date. Told so with
a year before the text's date, while the validity chain's link in force runs later, the date is
the end an extension replaced, as "are valid until <that date>" is
(:func:`narrlint.claims.dates_stale.past_end_told_now`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.dates_words import AHEAD_AUXILIARIES, ENDING_LEMMAS, EXPIRY_LEMMAS
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import NEGATIONS

if TYPE_CHECKING:
    from spacy.tokens import Span

AHEAD_END_REACH = 7
"""Words from the auxiliary to the date ("will come to an end on", "will remain valid till")."""
SCHEDULING_WORDS = frozenset({"set", "due", "scheduled"})
"""Words that with "to" tell an act as still ahead ("is set to expire on")."""
ENDING_VERBS = frozenset(EXPIRY_LEMMAS | ENDING_LEMMAS | {"valid"})
"""Words of a validity's or a stay's end ("expire", "lapse", "end", "remain valid")."""
CLAUSE_OPENERS = frozenset(
    {"that", "which", "who", "whose", "when", "as", "after", "before", "because", "and", "but",
     "or", "if", "once", "since"}
)  # fmt: skip
"""Words that open another clause between the auxiliary and the date: "will extend the cards
that expire on …" tells the extending as ahead, not the expiry."""


def end_told_ahead(clause: Span, span: Span) -> bool:
    """The clause tells the date as the end still to come of something: between a future
    auxiliary (or "set/due/scheduled to") and the date, within :data:`AHEAD_END_REACH` words and
    no punctuation, negation or word opening another clause, stands a verb of expiring or ending
    in its base form ("will expire on", "will come to an end on", "is set to lapse on", "will
    remain valid until"; not "will be deported as their cards expired on", nor "will extend the
    cards that expire on", nor "will not end on")."""
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    first = max(clause.start, span.start - AHEAD_END_REACH)
    for k in range(span.start - 1, first - 1, -1):
        word = lowers[k]
        if clause.doc[k].is_punct or word in NEGATIONS or word in CLAUSE_OPENERS:
            return False
        ahead = word in AHEAD_AUXILIARIES or (
            word == "to" and k > clause.start and lowers[k - 1] in SCHEDULING_WORDS
        )
        if ahead:
            return any(
                lemmas[i] in ENDING_VERBS and (lowers[i] == lemmas[i] or lowers[i] == "valid")
                for i in range(k + 1, span.start)
            )
    return False
