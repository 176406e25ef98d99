"""A title given to a person in the sentence before or after the one that reports the end of
that person's tenure (for :mod:`narrlint.claims.titles`): "… will not change with the departure
of Special Representative X. X, the US special representative, stepped down this week." The
report of the end is the story; the title is the one whose end it tells. And a rank written
after a title marked as past, before the same name, takes that mark (not after "outgoing": the
post and the rank are still held)."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from narrlint.claims.titles_frame import TimeFrame, may_end_tenure, sentence_bounds
from narrlint.claims.titles_model import GovernmentClaim, RankClaim, TitleClaim, entity_id
from narrlint.claims.titles_names import TEMPORARY
from narrlint.nlp.tokens import lowers

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["ends_beside", "ranks_of_past_titles"]

Claims = list[TitleClaim | GovernmentClaim | RankClaim]

SUBJECT_PRONOUNS = frozenset({"he", "she"})
"""A pronoun opening the next sentence as its subject: it tells of the person named last
("… Tom West, the US special representative, met him. He stepped down this week.")."""


def ends_beside(
    claims: Claims, people: list[Span], frame_of: Callable[[Span], TimeFrame]
) -> Claims:
    """The claims, each title given to a person whose tenure's end the sentence before or
    after reports (that person named in it, or "he"/"she" opening the next one) read as told
    in that report (``frame_of``: the
    time frame of a span's sentence). Only the person's mentions in those two sentences are
    looked at (found by bisection among the mentions in text order), and whether a sentence
    may tell an end is asked once per sentence: a draft naming one person thousands of times
    costs no more per title than one naming the person twice."""
    if not people:
        return claims
    by_person: dict[str, list[Span]] = {}
    for ent in people:
        by_person.setdefault(entity_id(ent), []).append(ent)
    starts = {pid: [e.start for e in named] for pid, named in by_person.items()}
    may_end: dict[tuple[int, int], bool] = {}
    out = claims
    for k, claim in enumerate(claims):
        if not isinstance(claim, TitleClaim) or claim.person is None or claim.frame.tenure_end:
            continue
        pid = entity_id(claim.person)
        named, at = by_person.get(pid, []), starts.get(pid, [])
        doc = claim.span.doc
        first, end = sentence_bounds(doc, claim.span.start)
        if claim.span.end > end:
            end = sentence_bounds(doc, claim.span.end - 1)[1]
        before = sentence_bounds(doc, first - 1)[0] if first > 0 else first
        after = sentence_bounds(doc, end)[1] if end < len(doc) else end
        beside = [
            *named[bisect_left(at, before) : bisect_left(at, first)],
            *named[bisect_left(at, end) : bisect_left(at, after)],
        ]
        if end < len(doc) and lowers(doc)[end] in SUBJECT_PRONOUNS:
            beside.append(doc[end : end + 1])  # "… X, the envoy, met Y. He stepped down …"
        for ent in beside:
            bounds = (before, first) if ent.start < first else (end, after)
            if bounds not in may_end:
                may_end[bounds] = may_end_tenure(doc, *bounds)
            if not may_end[bounds]:
                continue  # no word of that sentence can tell an end: its frame is not read
            frame = frame_of(ent)
            if frame.tenure_end:
                ended = dataclasses.replace(
                    claim.frame, tenure_end=True, moved_only=frame.moved_only
                )
                if out is claims:
                    out = list(claims)
                out[k] = dataclasses.replace(claim, frame=ended)
                break
    return out


def ranks_of_past_titles(
    claims: Claims,
) -> Claims:
    """The claims, a rank written between a title marked as past and the same name taking
    that mark ("Former Inter-Services Public Relations (ISPR) Director General (DG) Maj-Gen
    X": the rank of that former time), however long the title and its glosses. A title
    marked only "outgoing" ("outgoing Chairman Joint Chiefs of Staff Committee, Lieutenant
    General X", "outgoing army chief General X") gives the rank no mark, and takes away the
    one the rank read through it: its holder still holds the post, and the rank written is
    that of the draft's date."""
    past = {
        c.person.start: c
        for c in claims
        if isinstance(c, TitleClaim) and c.person is not None and c.past_marked
    }
    if not past:
        return claims
    out = list(claims)
    for k, claim in enumerate(out):
        if not isinstance(claim, RankClaim):
            continue
        title = past.get(claim.person.start)
        if title is None or title.title.end > claim.rank.start:
            continue
        if _outgoing_only(title):
            kept = tuple(q for q in claim.qualifiers if q in TEMPORARY)
            out[k] = dataclasses.replace(claim, qualifiers=kept)
        elif not claim.past_marked:
            marks = tuple(q for q in title.qualifiers if q not in TEMPORARY)
            out[k] = dataclasses.replace(claim, qualifiers=(*claim.qualifiers, *marks))
    return out


ENDING_MARKS = frozenset({"outgoing"})
"""Past markers that tell a tenure ending, not ended: the holder still holds the post."""


def _outgoing_only(claim: TitleClaim) -> bool:
    """Whether the title's only marks of the past are "outgoing" (no "former", "then-",
    "three-time", no past clause)."""
    if claim.past_clause:
        return False
    written = lowers(claim.span.doc)[claim.phrase.start : claim.title.start]
    ending = [w for w in written if w in ENDING_MARKS]
    marks = [q for q in claim.qualifiers if q not in TEMPORARY]
    return bool(ending) and len(marks) == len(ending)
