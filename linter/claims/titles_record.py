"""The ledger's tenures as the title rules compare them, and the post (or government) a title
claim rests on on a draft's date (:func:`resolve`), or why none."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from narrlint.claims.base import Resolution
from narrlint.claims.titles_model import GovernmentClaim, RankClaim, TitleClaim
from narrlint.claims.titles_names import TEMPORARY
from narrlint.knowledge.ledger import Government, Ledger, Person, Post, partial_bounds
from narrlint.knowledge.title_lexicon import (
    describe_government,
    describe_post,
    describe_rank,
    title_lexicon,
)

if TYPE_CHECKING:
    from narrlint.engine.draft import Draft
    from narrlint.knowledge.corpus import Corpus

__all__ = [
    "ended_before",
    "government_of",
    "holders_on",
    "post_end",
    "post_tenure",
    "resolve",
    "temporary_elsewhere",
]

# ---------------------------------------------------------------------------------------------
# Tenures as the rules compare them


def post_end(post: Post) -> dt.date | None:
    """The first day ``post`` was no longer held: its ``end``, or the day after the month or
    year an end known only so (``end_partial``) names; ``None`` while held or when the record
    gives no end."""
    if post.end is not None:
        return post.end
    last = partial_bounds(post.end_partial)[1]
    return last + dt.timedelta(days=1) if last is not None else None


def ended_before(end: dt.date | None, day: dt.date) -> bool:
    """Whether a tenure ending on ``end`` (the first day it was no longer held) had ended
    before ``day``, the draft's date. A draft dated the very day of a handover still reports
    that day's events under the title held until the handover ("Caretaker Prime Minister
    Kakar attended the oath-taking"), so that day is not yet after the end."""
    return end is not None and end < day


def post_tenure(post: Post) -> tuple[dt.date | None, dt.date | None]:
    """``(first day, first day after)`` of a post, a start known only to the month or year
    taken at its earliest (``None``: open)."""
    return post.start or partial_bounds(post.start_partial)[0], post_end(post)


def temporary_elsewhere(claim: TitleClaim, corpus: Corpus, day: dt.date) -> bool:
    """Whether the temporary word of an unnamed title ("the interim prime minister") also
    names a government in office on ``day`` in the country of another of the title's offices:
    the ledger calls the Taliban set-up "interim" too, so "the interim foreign minister says"
    may be its minister, not Pakistan's caretaker one whose term ended."""
    words = [q for q in claim.qualifiers if q in TEMPORARY]
    if not words:
        return False
    word = words[-1]
    countries = {
        g.country
        for g in corpus.ledger.governments
        if g.country
        and (g.start is None or g.start <= day)
        and not ended_before(g.end, day)
        and any(word in term.split() for term in g.terms)
    }
    lexicon = title_lexicon(corpus)
    return any(lexicon.office_country.get(o) in countries for o in claim.offices)


def holders_on(corpus: Corpus, office: str, day: dt.date) -> list[tuple[Person, Post]]:
    """Who held ``office`` on ``day``, per the ledger: the evidence that the post was someone
    else's then. A tenure whose start the ledger does not know counts from at most
    :data:`UNKNOWN_START_REACH` before the ledger first sees it, not as held since ever:
    "Punjab Chief Minister X" on a page of 2015 is not shown someone else's post by a chief
    minister of 2022 whose start is unknown."""
    posts = title_lexicon(corpus).posts.get(office, ())
    return [(person, post) for person, post in posts if post.held_on(day) and _seen_by(post, day)]


UNKNOWN_START_REACH = dt.timedelta(days=3 * 365)
"""How long before the ledger first sees a tenure of unknown start (its source's date, else
its end) it may have begun, as far as it is evidence of who held the post: a term of the
posts the ledger records (a chief minister's, an ambassador's, a police chief's) is rarely
longer."""


def _seen_by(post: Post, day: dt.date) -> bool:
    """Whether ``post`` may be taken as held on ``day``: its start is known (to the day, month
    or year), or ``day`` lies within :data:`UNKNOWN_START_REACH` before the ledger first sees
    it (its source's date, else its recorded end)."""
    if post.start is not None or post.start_partial:
        return True
    seen = post.origin.source_date or post_end(post)
    return seen is not None and seen - day <= UNKNOWN_START_REACH


def recorded_before(corpus: Corpus, office: str, day: dt.date) -> bool:
    """Whether the ledger records a tenure of ``office`` (anyone's) begun before ``day``: its
    record of the office reaches back past that date, which then falls in a gap of the record,
    not before its beginning (a start known to the month or year counts from its earliest)."""
    for _, post in title_lexicon(corpus).posts.get(office, ()):
        start = post.start or partial_bounds(post.start_partial)[0]
        if start is not None and start < day:
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Resolution


def government_of(claim: GovernmentClaim, corpus: Corpus) -> Government | None:
    """The ledger government ``claim`` refers to (``None`` when the term is ambiguous)."""
    if claim.government is None:
        return None
    for government in title_lexicon(corpus).governments.get(claim.term, ()):
        if government.id == claim.government:
            return government
    return None


def resolve(
    claim: TitleClaim | GovernmentClaim | RankClaim, draft: Draft, corpus: Corpus
) -> Resolution | None:
    """The ledger post (``people/<person>/<post>``) or government (``governments/<id>``) the
    claim rests on on the draft's date, or a :class:`Resolution` with ``fact=None`` saying why
    none."""
    day = draft.date_for(claim.span)
    if isinstance(claim, GovernmentClaim):
        return _resolve_government(claim, corpus, day)
    ledger = corpus.ledger
    if isinstance(claim, RankClaim):
        return _resolve_rank(claim, ledger, day)
    if claim.person is not None:
        person = ledger.people.get(claim.person_id or "")
        if person is None:
            return Resolution(None, reason=f"{claim.person.text} is not among the ledger's people")
        posts = [(person, p) for p in person.posts if p.office in claim.offices]
        if not posts:
            known = "; ".join(describe_post(person, p) for p in person.posts) or "none"
            return Resolution(
                None,
                reason=f'the ledger records no "{claim.title.text}" post for {person.name} '
                f"(known posts: {known})",
            )
        return _resolve_posts(claim, posts, day)
    if claim.holder is not None:
        return Resolution(
            None, reason=f"the title names {claim.holder.text}, whom the ledger does not know"
        )
    posts = [
        (person, p)
        for person in ledger.people.values()
        for p in person.posts
        if p.office in claim.offices
        and (claim.temporary is None or TEMPORARY.get(p.qualifier or "") == claim.temporary)
    ]
    if not posts:
        return Resolution(
            None, reason=f'no post of the ledger matches "{claim.phrase.text}" (no name given)'
        )
    if claim.temporary is None:
        held = [(person, p) for person, p in posts if p.held_on(day)]
        if not held:
            return Resolution(
                None,
                reason=f'no one held a "{claim.title.text}" post on the draft\'s date '
                f"({day.isoformat()}), per the ledger, and the draft names no one",
            )
        if len(held) > 1:
            return Resolution(
                None,
                reason=f'{len(held)} people held a "{claim.title.text}" post on the draft\'s '
                f"date ({day.isoformat()}) and the draft names none of them",
            )
    return _resolve_posts(claim, posts, day)


def _resolve_posts(claim: TitleClaim, posts: list[tuple[Person, Post]], day: dt.date) -> Resolution:
    held = [(person, p) for person, p in posts if p.held_on(day)]
    ended = [(person, p) for person, p in posts if ended_before(post_end(p), day)]
    if held:
        (person, post), why = held[0], f"held on the draft's date ({day.isoformat()})"
    elif ended:
        person, post = max(ended, key=lambda item: post_end(item[1]) or dt.date.max)
        end = f"on {post.end.isoformat()}" if post.end else f"in {post.end_partial}"
        why = f"ended {end}, before the draft's date ({day.isoformat()})"
        if claim.past_marked:
            why += "; the draft writes it as past"
        elif claim.frame.past_framed([post_tenure(p) for _, p in posts]):
            why += "; the sentence places it inside the tenure"
    else:
        person, post = min(posts, key=lambda item: item[1].start or dt.date.min)
        start = post.start.isoformat() if post.start else "?"
        why = f"starts on {start}, after the draft's date ({day.isoformat()})"
    text = describe_post(person, post)
    return Resolution(f"people/{person.id}/{post.id}", text, post.origin.evidence(text), why)


def _resolve_rank(claim: RankClaim, ledger: Ledger, day: dt.date) -> Resolution:
    person = ledger.people[claim.person_id or ""]
    held = ledger.rank_on(person.id, day)
    if held is None:
        return Resolution(
            None, reason=f"the ledger records no rank for {person.name} on {day.isoformat()}"
        )
    if held.rank in claim.ranks:
        why = f"held on the draft's date ({day.isoformat()})"
    else:
        why = f'the rank held on the draft\'s date ({day.isoformat()}), not "{claim.rank.text}"'
    text = describe_rank(ledger, person, held)
    return Resolution(
        f"people/{person.id}/ranks/{held.rank}", text, held.origin.evidence(text), why
    )


def _resolve_government(claim: GovernmentClaim, corpus: Corpus, day: dt.date) -> Resolution:
    government = government_of(claim, corpus)
    if government is None:
        if not claim.candidates:
            return Resolution(None, reason=f'no government of the ledger uses "{claim.term}"')
        return Resolution(
            None,
            reason=f'{len(claim.candidates)} governments of the ledger use "{claim.term}" and the '
            "sentence names the country of none (or of several) of them",
        )
    if ended_before(government.end, day):
        why = f"ended on {government.end.isoformat()}, before the draft's date ({day.isoformat()})"
    elif government.start is not None and day < government.start:
        why = f"starts on {government.start.isoformat()}, after the draft's date"
    else:
        why = f"in office on the draft's date ({day.isoformat()})"
    text = describe_government(government)
    return Resolution(f"governments/{government.id}", text, government.origin.evidence(text), why)
