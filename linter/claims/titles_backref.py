"""A title with no name that refers back to the one person the sentence before named as a
speaker (for :mod:`narrlint.claims.titles`): "Talking to the media, Sarfraz Bugti said that
… . The caretaker interior minister said that …". News names a speaker once and then calls
the speaker by the post; the title is then that person's, judged by the person's record
rather than read as a generic reference to whoever held the post.

Read only in the plainest shape: the title phrase opens its sentence with "the" and is the
subject of a reporting verb, and the sentence before names exactly one person of the ledger,
no title, as the subject of a reporting verb. Another person or title in that sentence, or a
sentence between, leaves the title generic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.titles_appositives import CLAUSE_FILLERS, MAX_CLAUSE_FILLERS
from narrlint.claims.titles_frame import sentence_bounds
from narrlint.claims.titles_model import entity_id
from narrlint.nlp.pipeline_data import PERSON
from narrlint.nlp.tokens import lemma_lowers, lowers
from narrlint.nlp.vocabulary import REPORTING_LEMMAS

if TYPE_CHECKING:  # annotations only (P1)
    from spacy.tokens import Doc, Span

__all__ = ["referred_back"]


def referred_back(ents: list[Span], index: int, reach: int) -> Span | None:
    """The person of the sentence before whom the title ``ents[index]`` (its phrase walked
    back to ``reach``) refers back to, or ``None``."""
    title = ents[index]
    doc = title.doc
    words = lowers(doc)
    first = sentence_bounds(doc, title.start)[0]
    if first == 0 or reach != first or words[first] != "the":
        return None
    if not _speaks(doc, title.end, sentence_bounds(doc, title.start)[1]):
        return None
    before, end = sentence_bounds(doc, first - 1)
    inside = [e for e in ents if before <= e.start < end]
    people = [e for e in inside if e.label_ == PERSON]
    if len(people) != 1 or len(inside) != 1 or not entity_id(people[0]):
        return None
    person = people[0]
    return person if _speaks(doc, person.end, end) else None


def _speaks(doc: Doc, i: int, end: int) -> bool:
    """Whether a reporting verb follows at ``i`` (after a few fillers: "also", "on Tuesday")."""
    words, lemmas = lowers(doc), lemma_lowers(doc)
    stop = min(i + MAX_CLAUSE_FILLERS + 1, end)
    while i < stop and (
        words[i] in CLAUSE_FILLERS or (doc[i].is_title and i > 0 and words[i - 1] == "on")
    ):
        i += 1
    return i < end and lemmas[i] in REPORTING_LEMMAS and lemmas[i] != words[i]
