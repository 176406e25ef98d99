"""A count of what a credited organisation itself handled, told in the next sentence.

Part of the count claims reader (:func:`.counts_coverage.by_neighbour` asks this of the sentence
before a count). "The Edhi ambulance service says it usually takes around 30 to 40 people to
the Karachi city morgue daily. But over the last six days, it has collected some 568 bodies"
(r24 hunt hd-030) and "Most of the bodies belonged to homeless people and drug addicts, the
Edhi Foundation said. On Tuesday (June 25) itself, the non-profit had received 135 bodies at
their morgues" (r23 hunt hd-047): the organisation credited in the sentence before is the
subject of the count's sentence (a pronoun, or "the" and a noun for an organisation), and the
count is what it received, collected or recovered: its own figure, as "the army claims to have
killed 40" is the army's. Another subject ("Rescuers recovered 12 bodies", "Police have
received 135 bodies" after a hospital's statement) or a count of what befell people ("it
killed 12") is not this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_numbers import Count
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span

HANDLING_VERBS = frozenset(
    {"received", "collected", "recovered", "retrieved", "shifted", "transported", "buried",
     "brought", "handled", "registered", "admitted", "treated"}
)  # fmt: skip
"""What an organisation does with the dead or hurt it counts itself."""
ORGANISATION_NOUNS = frozenset(
    {"foundation", "profit", "nonprofit", "charity", "organisation", "organization", "service",
     "trust", "agency", "hospital", "morgue", "department", "authority", "centre", "center"}
)  # fmt: skip
"""Nouns by which "the …" refers back to an organisation ("the non-profit", "the service")."""
PRONOUN_SUBJECTS = frozenset({"it", "they"})
AUXILIARIES = frozenset({"has", "have", "had", "also", "already", "so", "far", "reportedly"})
COUNT_LEADERS = frozenset(
    {"some", "at", "least", "around", "about", "nearly", "over", "more", "than", "a", "total",
     "of", "almost", "up", "to"}
)  # fmt: skip
"""Words between the verb and the count's number ("collected some 568", "received at least")."""
MAX_LEADERS = 4


def handled_by_the_source(own: Span, count: Count, previous: Span) -> bool:
    """Is ``count`` what the organisation credited in ``previous`` itself handled, told with it
    as the subject of ``own``? (See the module's docstring; the caller has found a credit in
    ``previous``.)"""
    doc = own.doc
    lowers = doc_lowers(doc)
    k = count.number.start - 1
    leaders = 0
    while k > own.start and lowers[k] in COUNT_LEADERS and leaders < MAX_LEADERS:
        k -= 1
        leaders += 1
    if k <= own.start or lowers[k] not in HANDLING_VERBS:
        return False
    k -= 1
    while k > own.start and lowers[k] in AUXILIARIES:
        k -= 1
    if k < own.start or not _organisation_named(lowers, previous):
        return False
    if lowers[k] in PRONOUN_SUBJECTS:
        return True
    noun = k
    while noun > own.start and lowers[noun] != "the" and noun > k - 3:
        noun -= 1
    return lowers[noun] == "the" and lowers[k] in ORGANISATION_NOUNS


def _organisation_named(lowers: list[str], previous: Span) -> bool:
    """Does the credited sentence name an organisation (a noun of one)?"""
    return not ORGANISATION_NOUNS.isdisjoint(lowers[previous.start : previous.end])
