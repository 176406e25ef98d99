"""Whether a cut-off refers back to the sentences before, and to whom.

"The deadline is December 1." or "They have until November 15." names no event of its own: the
event is that of the text before (:func:`anaphoric`). When the text before names people in
general rather than a ledger group ("… the deadline for deporting Afghan refugees. The deadline
initially set for …"), the deadline is the order in force for them (:func:`people_before`).
"""

from __future__ import annotations

from spacy.tokens import Span

from narrlint.claims.dates_clues import Clues, clues_of
from narrlint.claims.dates_cues import Cue
from narrlint.claims.dates_generic import names_people_only, people_word
from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_values import value_starts
from narrlint.claims.dates_words import (
    ANAPHORIC_DETERMINERS,
    ENFORCEMENT_PREPOSITIONS,
    PRONOUNS,
    WEAK_PREPOSITIONS,
)


def anaphoric(cue: Cue, clues: Clues, people: frozenset[str]) -> bool:
    """ "The deadline is December 1." or "… will be deported after November 15" after a
    sentence that named the event."""
    if clues.categories or clues.subjects or clues.foreign_purpose:
        return False
    if cue.noun is None:
        if cue.word in ("until", "till", "til") and cue.strong:
            return True  # "They have until November 15."
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
        if not (nxt.lower_ in PRONOUNS | {"them", "those"} or people_word(nxt, people)):
            return False  # "the deadline for filing …" has a purpose of its own
    if before in ("'", "’", "'s", "’s") and start > 1 and people_word(doc[start - 2], people):
        return True  # "the Afghan migrants' deadline"
    return before in ANAPHORIC_DETERMINERS


def people_before(earlier: list[Span], lexicon: Lexicon) -> Clues | None:
    """The clues of the nearest earlier text when it names people in general and nothing
    that says which order ("Pakistan delays the deadline for deporting Afghan refugees"):
    an anaphoric deadline then means the order in force for them."""
    for span in earlier:
        if not len(span):
            continue
        clues = clues_of(span, lexicon)
        return clues if names_people_only(span, span[-1:], clues, lexicon) else None
    return None
