"""Whether a clause's infinitive is another purpose than the ledger's actions ("a deadline … to
apply for resettlement"), and whether such a purpose reaches a date.
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_words import (
    CLAUSE_SUBORDINATORS,
    COMPLETION_LEMMAS,
    COMPLIANCE_LEMMAS,
    CONTENT_HEADS,
    ENDING_LEMMAS,
    ENDING_TIME_WORDS,
    ENFORCEMENT_LEMMAS,
    EXPIRY_LEMMAS,
    EXTENSION_LEMMAS,
    MEETING_LEMMAS,
    MONTH_LEAD_INS,
    REMAINING_LEMMAS,
    TO_PREPOSITIONS,
    UNDERTAKING_LEMMAS,
)
from narrlint.nlp.quantities import month_of
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import DEPARTURE_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def foreign_purpose_in(tokens: Span, lexicon: Lexicon) -> bool:
    """:attr:`Clues.foreign_purpose` of any stretch of a clause (the phrase of one deadline)."""
    lowers = doc_lowers(tokens.doc)[tokens.start : tokens.end]
    return foreign_purpose(tokens, lowers, lexicon)


def purpose_reaches(clause: Span, span: Span, lexicon: Lexicon) -> bool:
    """Whether another purpose of the clause is the date's: not when the date stands in a
    content clause of a decision or a saying that names none ("staged a sit-in to protest the
    decision mandating that any crossing … will require a passport and visa from <date>"); a
    relative clause ("a deadline for refugees to apply for visas that ends on …") does not
    shield it."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    aside = False  # a comma between: "…, once extended, ends on <date>" is an aside
    for k in range(span.start - 1, clause.start, -1):
        if lowers[k] == "that" and lemmas[k - 1] in CONTENT_HEADS:
            content = doc[k + 1 : clause.end]
            return foreign_purpose_in(content, lexicon)
        aside = aside or lowers[k] == ","
        opens = lowers[k] in CLAUSE_SUBORDINATORS and lowers[k + 1] != "of"
        if opens and lowers[k - 1] == "," and not aside:
            # "a plan to extradite illegal immigrants, as the Nov. 20 deadline approaches":
            # the date's own clause says whose purpose it is
            return foreign_purpose_in(doc[k : clause.end], lexicon)
    return True


AFTER_VALUE_REACH = 3
"""Words after a value that may hold its own infinitive ("until March 20 to finalise", "by
June 30 to strictly verify")."""


def purpose_right_after(clause: Span, span: Span, lexicon: Lexicon) -> bool:
    """The infinitive right after the value is another purpose than the orders' ("gave the
    authority until <date> to finalise the lists", "have until <date> to apply for …"): the
    value is that step's day, even when the clause names an order's action elsewhere ("asked
    the holders to leave by <date>, and gave the authority until <date> to …")."""
    end = span.end
    if end + 1 >= clause.end or doc_lowers(clause.doc)[end] != "to":
        return False
    if lemma_lowers(clause.doc)[end + 1] in MEETING_LEMMAS:
        return False  # "by November 30 to avoid legal action", "to wind up": meeting it
    if _then_leaving(clause, end + 1):
        return False  # "until <date> to collect their slips and leave": the order's act too
    return foreign_purpose_in(clause.doc[end : min(clause.end, end + AFTER_VALUE_REACH)], lexicon)


LEAVING_ONESELF = DEPARTURE_LEMMAS - {"deport", "expel", "evict", "repatriate"}
"""Verbs of people leaving by themselves ("leave", "return", "go"), not being made to leave
by others ("register and deport them" is the authorities' step)."""
JOINED_ACTION_REACH = 8
"""Words after a value's infinitive where "and" and a second verb may stand ("to collect their
deregistration slips and leave")."""


def _then_leaving(clause: Span, start: int) -> bool:
    """An "and" before a verb of leaving within the infinitive's phrase (up to a punctuation
    mark): the step is done on the way out, and leaving is the cut-off's purpose ("to register
    and deport them" is not: the authorities' step)."""
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    for k in range(start, min(clause.end - 1, start + JOINED_ACTION_REACH)):
        if clause.doc[k].is_punct:
            return False
        if lowers[k] == "and" and lemmas[k + 1] in LEAVING_ONESELF:
            return True
    return False


_TO_FOR = frozenset({"to", "for"})
"""The words that may open another purpose: an infinitive, or "for" and a gerund."""


def _ends_itself(verb: Token, after: Token | None) -> bool:
    """ "set to end on", "due to expire at midnight": an intransitive verb of ending or expiring
    (nothing ended follows it, only a time) tells the deadline's own end, not another purpose
    ("to close their shops" is one)."""
    if verb.lemma_.lower() not in ENDING_LEMMAS | EXPIRY_LEMMAS:
        return False
    return after is None or after.is_punct or after.lower_ in ENDING_TIME_WORDS


COMPLETED_REACH = 4
"""Words after a verb of completing where the process it completes may stand ("complete the
repatriation process", "finish the whole deportation")."""


def _completes_an_action(lowers: list[str], k: int, verb: Token, lexicon: Lexicon) -> bool:
    """ "to complete the repatriation of Afghan refugees", "to engage in voluntary repatriation":
    a verb of completing or undertaking whose object is an action of the ledger's orders (its
    noun) purposes that action, not another."""
    if verb.lemma_.lower() not in COMPLETION_LEMMAS | UNDERTAKING_LEMMAS:
        return False
    doc = verb.doc
    start = verb.i + 1
    return any(
        doc[j].lemma_.lower() in lexicon.actions
        for j in range(start, min(start + COMPLETED_REACH, start + len(lowers) - k - 1))
    )


PLURAL_AGENT_ENDINGS = ("ers", "ors", "ords", "ants", "ents", "ists", "ees")
"""Endings of plural nouns for people ("landowners", "landlords" aside, "tenants", "residents",
"refugees"): no verb's base form ends so, so "to" before one is a preposition ("issued to
landowners"), not an infinitive."""


def _plural_agent(lower: str) -> bool:
    """Whether ``lower`` is a plural noun for people by its ending (``PLURAL_AGENT_ENDINGS``)."""
    return len(lower) > 5 and lower.endswith(PLURAL_AGENT_ENDINGS)


def _verb_after(later: Token | None) -> bool:
    """Whether the word after a "to …ly" word may be the verb that adverb stands before ("to
    strictly enforce"): a word, not a stop word ("to apply for", "to comply with", "to rely on":
    the "…ly" word is the verb itself)."""
    return later is not None and later.is_alpha and not later.is_stop


def foreign_purpose(tokens: Span, lowers: list[str], lexicon: Lexicon) -> bool:
    """ "a deadline … to apply for resettlement", "the deadline for filing returns"."""
    doc = tokens.doc
    for i in compress(range(len(lowers) - 1), map(_TO_FOR.__contains__, lowers)):  # found in C
        word = lowers[i]
        lower = lowers[i + 1]
        if word == "for" and not lower.endswith("ing"):
            continue
        if word == "to" and i > 0 and lowers[i - 1] in TO_PREPOSITIONS:
            continue  # "according to government officials", "due to Eid": not an infinitive
        nxt = doc[tokens.start + i + 1]
        later = doc[tokens.start + i + 2] if i + 2 < len(lowers) else None
        if lower in MONTH_LEAD_INS and later is not None and month_of(later) is not None:
            continue  # "extended to early April": a time, not a purpose
        if word == "to" and lower.endswith("ly") and _verb_after(later):
            nxt, lower = later, later.lower_  # "to strictly enforce": the verb after its adverb
            later = doc[tokens.start + i + 3] if i + 3 < len(lowers) else None
        if _ends_itself(nxt, later):
            continue  # "the deadline, which is set to conclude on …": its own end, no purpose
        if _completes_an_action(lowers, i + 1, nxt, lexicon):
            continue  # "to complete (engage in) the repatriation of …": the order's own act
        if (
            nxt.is_alpha
            and nxt.is_lower
            and not nxt.is_stop
            and not nxt.ent_type_
            and month_of(nxt) is None
            and nxt.lemma_.lower() not in lexicon.actions
            and nxt.lemma_.lower() not in ENFORCEMENT_LEMMAS  # "scheduled to begin on …"
            and nxt.lemma_.lower() not in COMPLIANCE_LEMMAS  # "until November 1 to comply"
            and nxt.lemma_.lower() not in REMAINING_LEMMAS  # "allowed to stay for …"
            and nxt.lemma_.lower() not in EXTENSION_LEMMAS  # "agreed to prolong their stay"
            and nxt.lemma_.lower() not in ("let", "allow")  # "decided to let them stay …"
            and lower not in lexicon.modifiers
            and lower not in lexicon.people  # "the deadline given to people living …": whom
            and not _plural_agent(lower)  # "a deadline issued to landowners to …": whom
        ):
            return True
    return False
