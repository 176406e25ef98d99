"""A title written as past ("former …", "ex-…") for a post the person holds again on the
draft's date (for NL402): "former U.S. President Donald Trump" in August 2025, when the ledger
has him back in office since January. The ledger decides only where it records an earlier,
ended tenure of the same office (the word is left over from it) and the present one open on
that date, begun more than :data:`~.common.NEWS_GRACE` before it (a person just back in a
post may still be called former in the first reports), of an office one person holds at a
time that the title names: a tenure the ledger holds open with no earlier one may have ended
since its sources were read. Or where it records the tenure's end, more than
:data:`END_NEWS` after that date ("the former UN High Commissioner for Refugees
Filippo Grandi" in April 2024, when his term ran to the end of 2025): the ledger then knows
the post was still held. A sentence dated inside that tenure ("ISLAMABAD, June 19: former
President X said …", "in May", "in 2023") is judged the same way. Not judged: a sentence
placed at another time ("In 2019, former President …" of one back in office later, "at
the time"), a report of a tenure's end or of a move, an appositive
in the past ("who was …"), "then-" (the past of another time), "outgoing" and "the late", a
title another body owns, one joined to another title before the name, and a quotation (the
rule leaves speakers' words alone).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from narrlint.api import Corpus, Person, Post, partial_bounds
from narrlint.claims.titles import TitleClaim
from narrlint.claims.titles_frame import TimeFrame
from narrlint.claims.words import lowers

from .common import NEWS_GRACE

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FORMER_WORDS", "StillHeld", "still_held"]

FORMER_WORDS = frozenset({"former", "ex", "erstwhile"})
"""Words that write a title as no longer held ("former", "ex-", "erstwhile"); not "outgoing"
(the tenure is ending), "the late" or "then-"."""


END_NEWS = dt.timedelta(days=31)
"""How long before a recorded end "former" may already be written: a resignation is reported
days or weeks before the successor's oath the ledger dates the end by ("former KP chief
minister Ali Amin Gandapur" on 2025-10-11, resigned on the 8th, the ledger's end the 15th)."""


@dataclass(frozen=True)
class StillHeld:
    """A post the person holds on the draft's date, given with a word of the past."""

    post: Post
    word: Token
    """The word of the past ("former") the fix takes out."""


def still_held(
    corpus: Corpus, claim: TitleClaim, person: Person, posts: list[Post], day: dt.date
) -> StillHeld | None:
    """The person's post of the office ``claim`` names (``posts``: their posts of it) when
    the title is written as past with one of :data:`FORMER_WORDS` and the ledger holds the
    tenure open on ``day``, the draft's date, or records its end well after it; ``None``
    otherwise."""
    phrase, lower = claim.phrase, lowers(claim.phrase.doc)  # no Token per word of the phrase
    before = min(phrase.end, claim.title.start)
    words = [i for i in range(phrase.start, before) if lower[i] in FORMER_WORDS]
    if len(words) != 1 or set(claim.qualifiers) - {"former", "caretaker", "acting"}:
        return None  # no such word, or "then-", "outgoing", "incoming", "the late" with it
    if any(w in ("outgoing", "late") for w in lower[phrase.start : phrase.end]):
        return None
    frame = claim.frame
    if claim.past_clause or frame.then or frame.tenure_end:
        return None
    if claim.foreign_owner or claim.coordinated:
        return None
    offices = corpus.ledger.offices
    for post in posts:
        office = offices.get(post.office)
        if office is None or office.holders != "single":
            continue
        earliest, latest = (
            (post.start, post.start) if post.start else partial_bounds(post.start_partial)
        )  # a start the ledger gives by its month ("2018-09"): the month's first and last day
        if post.end_partial or earliest is None or latest is None:
            continue
        if post.end is not None:
            if post.end - day <= END_NEWS:
                continue  # ended, or ending within weeks: "former" may be news of the end
        elif not any(_ended_before(p, earliest) for p in posts if p is not post):
            continue  # no earlier tenure the word may be left from: an open end may be old news
        if not _placed_within(frame, latest, post.end):
            continue  # "In 2019, former President X": the word may be of that time
        if post.held_on(day) and day - latest > NEWS_GRACE:
            if claim.temporary and (post.qualifier or "") != claim.temporary:
                continue  # "former caretaker PM X" for one now PM in his own right
            return StillHeld(post, phrase.doc[words[0]])
    return None


def _placed_within(frame: TimeFrame, start: dt.date, end: dt.date | None) -> bool:
    """Whether every time the sentence places what it tells in (its dates, months and years;
    none: the draft's date) lies inside the tenure from ``start`` to ``end`` (``None``: open),
    clear of both by the margins the draft's date must keep: "ISLAMABAD, June 19: former
    President X said" when X held the post then as on the draft's date, so "former" fits
    neither time. A time outside the tenure may be one when the word was true ("In 2019,
    former President X …" of one back in office since)."""
    spans = [(p.first, p.last) for p in frame.periods]
    spans += [(dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in frame.years]
    return all(
        first - start > NEWS_GRACE and (end is None or end - last > END_NEWS)
        for first, last in spans
    )


def _ended_before(post: Post, start: dt.date) -> bool:
    """Whether ``post`` (an earlier tenure of the same office) ended by ``start``."""
    end = post.end
    if end is None and post.end_partial:
        return post.end_partial < start.isoformat()
    return end is not None and end <= start
