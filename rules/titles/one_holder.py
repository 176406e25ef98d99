"""Whether two titles joined by "and" before a name are one person's (for NL402).

"Deputy Prime Minister and Foreign Minister X" gives X both posts, but "PM and Army Chief X"
may list two people, the first title another's: a first title the person never held is
judged only where the sentence tells of one person: the name is followed by a verb agreeing
with one subject ("X has urged", "X is", "X was") or by a verb and a singular possessive
("X extended his condolences"). A plural ("X have", "X met their") or no such word keeps
the doubt.
"""

from __future__ import annotations

from narrlint.claims.titles import TitleClaim
from narrlint.claims.words import lowers

__all__ = ["told_of_one"]

ONE_SUBJECT_VERBS = frozenset({"has", "is", "was", "does"})
"""Verbs that agree with one subject only (a list of two takes "have", "are", "were", "do")."""
ONE_HOLDER_POSSESSIVES = frozenset({"his", "her"})
"""Possessives after the verb that tell of one person ("extended his condolences")."""
SKIPPED = frozenset({"also", "today", "yesterday", "later", "earlier"})
"""Adverbs that may stand between the name and its verb."""


def told_of_one(claim: TitleClaim) -> bool:
    """Whether the sentence tells of one holder of the joined titles (see the module)."""
    person = claim.person
    if person is None:
        return False
    words = lowers(claim.span.doc)
    end = claim.span.sent.end
    k = person.end
    while k < end and words[k] in SKIPPED:
        k += 1
    if k >= end:
        return False
    if words[k] in ONE_SUBJECT_VERBS:
        return True
    return k + 1 < end and words[k].isalpha() and words[k + 1] in ONE_HOLDER_POSSESSIVES
