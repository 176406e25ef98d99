"""Whether a cut-off refers back to the sentences before, and to whom.

"The deadline is December 1." or "They have until November 15." names no event of its own: the
event is that of the text before (:func:`anaphoric`). When the text before names people in
general rather than a ledger group ("… the deadline for deporting Afghan refugees. The deadline
initially set for …"), the deadline is the order in force for them (:func:`people_before`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.dates_clues import Clues, clues_of
from narrlint.claims.dates_generic import (
    names_no_group,
    names_people,
    names_people_only,
    people_word,
)
from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_model import Cue
from narrlint.claims.dates_values import value_starts
from narrlint.claims.dates_words import (
    ANAPHORIC_DETERMINERS,
    DEADLINE_NOUN_ENDS,
    DOCUMENT_NOUNS,
    ENFORCEMENT_PREPOSITIONS,
    EXTENSION_LEMMAS,
    EXTENSION_NOUNS,
    PRONOUNS,
    RANGE_WORDS,
    WEAK_PREPOSITIONS,
)
from narrlint.nlp.quantities import month_of
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import DEPARTURE_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Span

ELIDED_OPENERS = frozenset({"but"})
"""Contrasts a clause may open with no subject of its own ("… but was extended by …")."""
ELIDED_LEAD_INS = frozenset(
    {"later", "then", "again", "subsequently", "was", "were", "has", "had", "been"}
)
"""Words between such a contrast and its verb of extending ("but later extended", "but was
then extended", "but had been extended")."""


def anaphoric(cue: Cue, clues: Clues, people: frozenset[str], clause: Span | None = None) -> bool:
    """ "The deadline is December 1." or "… will be deported after November 15" after a
    sentence that named the event."""
    if clues.categories or clues.subjects or clues.foreign_purpose:
        return False
    if cue.noun is None:
        if cue.word in ("until", "till", "til") and cue.strong:
            return True  # "They have until November 15."
        if cue.role == "extension" and clause is not None and _referred(clause, EXTENSION_NOUNS):
            return True  # "The extension has been granted until …": of what was named before
        if cue.role == "extension" and clause is not None and _subject_elided(clause):
            return True  # "… expired on December 31 but was extended by three months"
        if cue.role == "expiry" and clause is not None and _referred(clause, DOCUMENT_NOUNS):
            return True  # "The cards will now remain valid until …"
        if cue.role == "expiry" and clues.referring:
            return True  # "barred any action against these individuals until …": people
            # protected up to the date, named before
        if cue.word in WEAK_PREPOSITIONS and not cue.strong:
            return clues.referring and bool(clues.actions)  # "those who fail to leave by …"
        if not (cue.before_first_day or cue.word in ENFORCEMENT_PREPOSITIONS):
            return False
        # not "the series will begin on …"
        staying = clues.referring and clues.staying  # "anyone remaining after …"
        return clues.enforcement or bool(clues.actions) or staying
    doc = cue.noun.doc
    start = cue.noun.start
    start = value_starts(doc).get(start, start)  # "the November 15 deadline", "the 60-day window"
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[cue.noun.end].lower_ if cue.noun.end < len(doc) else ""
    if after in ("for", "to") and cue.noun.end + 1 < len(doc):
        nxt = doc[cue.noun.end + 1]
        leaving = after == "to" and nxt.lemma_.lower() in DEPARTURE_LEMMAS  # "deadline to leave"
        if not (leaving or nxt.lower_ in PRONOUNS | {"them", "those"} or people_word(nxt, people)):
            return False  # "the deadline for filing …" has a purpose of its own
    if before in ("'", "’", "'s", "’s") and start > 1 and people_word(doc[start - 2], people):
        return True  # "the Afghan migrants' deadline"
    return before in ANAPHORIC_DETERMINERS


def _subject_elided(clause: Span) -> bool:
    """A clause after a contrast that goes on with the subject of the clause before, its verb
    right after the conjunction ("… expired on December 31 but was extended by three months",
    "… but later extended it"): what it extends is what that clause named (not "but the
    cabinet extended …", which names its own subject)."""
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    k = clause.start
    if lowers[k] not in ELIDED_OPENERS:
        return False
    k += 1
    while k < clause.end and lowers[k] in ELIDED_LEAD_INS:
        k += 1  # "but later extended …"
    return k < clause.end and lemmas[k] in EXTENSION_LEMMAS


def _referred(clause: Span, nouns: set[str]) -> bool:
    """ "The extension has been granted until …", "Their cards remain valid until …": an
    extension or a document named by a determiner that refers back (not "talks were postponed
    until …")."""
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    for i in range(clause.start, clause.end - 1):
        if lowers[i] in ANAPHORIC_DETERMINERS and (
            lemmas[i + 1] in nouns or lowers[i + 1] in nouns
        ):
            return True
    return False


def alternative(span: Span) -> bool:
    """ "for six months or one year", "by June 30 or December 31": a value joined by "or" to
    another value is one of alternatives (not "by November 1 or face deportation")."""
    doc = span.doc
    lowers = doc_lowers(doc)
    after = span.end + 1 < len(doc) and lowers[span.end] == "or" and _value_word(doc[span.end + 1])
    before = span.start >= 2 and lowers[span.start - 1] == "or" and _value_word(doc[span.start - 2])
    return after or before or _range(span)


def _range(span: Span) -> bool:
    """ "a three to six-month extension", "two to three months": a window whose length is
    given as a range of numbers is a length not decided (not "from March 31 to June 30", whose
    value is a date, nor "from six months to one year", a change of length)."""
    doc = span.doc
    if span.start < 2 or doc_lowers(doc)[span.start - 1] not in RANGE_WORDS:
        return False  # the word tested first: each ``span._`` builds a new accessor
    if span._.date is not None:
        return False
    low = doc[span.start - 2]
    return low.like_num and month_of(low) is None


def _value_word(token) -> bool:
    """A number, a month, or a word of a number ("one", "a few")."""
    return token.like_num or month_of(token) is not None or token.lower_ in ("a", "an")


def people_before(earlier: list[Span], lexicon: Lexicon, cue: Cue | None = None) -> Clues | None:
    """The clues of the nearest earlier text when it names people in general and nothing
    that says which order ("Pakistan delays the deadline for deporting Afghan refugees"), or
    gives an order to people it names by no group ("Only one day remains for those required
    to leave the country", read with the anaphoric deadline's ``cue``): an anaphoric deadline
    then means the order in force for them."""
    for span in earlier:
        if not len(span):
            continue
        clues = clues_of(span, lexicon)
        if names_people_only(span, span[-1:], clues, lexicon):
            return clues
        unnamed = cue is not None and names_no_group(span, span[-1:], clues, lexicon, cue)
        return clues if unnamed else None
    return None


def enforced_after_deadline(
    before: Span, clues: Clues, cue: Cue, clause: Span, lexicon: Lexicon
) -> bool:
    """ "The deadline given by the government was ending, so action would be launched from
    November 15": an enforcement start after a bare deadline of its sentence (``before``, the
    words before the date: "the deadline", "the ultimatum", with no phrase of whose or what
    for after it), with no people, group, order or other authority named in its sentence, is
    the start of the order in force, as a cut-off given without saying whose is
    (:func:`names_no_group`)."""
    if not len(before) or cue.role != "enforcement_start":
        return False
    if not clues.enforcement or _says_which(clues) or names_people(clause, lexicon):
        return False
    lowers = doc_lowers(before.doc)
    nouns = [
        k
        for k in range(before.start + 1, before.end)
        if lowers[k] in DEADLINE_NOUN_ENDS and lowers[k - 1] in ANAPHORIC_DETERMINERS
    ]
    if len(nouns) != 1 or not {"for", "to"}.isdisjoint(lowers[nouns[0] + 1 : before.end]):
        return False  # "the deadline for filing returns", "given to contractors": whose
    return not (_says_which(clues_of(before, lexicon)) or names_people(before, lexicon))


def _says_which(clues: Clues) -> bool:
    """The clues name a group, an order's terms or phase, another authority, people bound
    elsewhere or a purpose of another kind."""
    return bool(
        clues.categories
        or clues.subjects
        or clues.phases
        or clues.other_authority
        or clues.onward
        or clues.foreign_purpose
    )
