"""A title or rank the person took up only after the draft's date (for NL402).

The ledger records "Interior Minister" for Mohsin Naqvi from 11 March 2024: in a draft of
September 2023 the title is not stale (NL401: held before, and ended) but not yet his. The
ledger decides where it records what was so on that date (someone else held the office then,
or the person held another post: the chargé d'affaires later made ambassador; or another rank:
a major general later promoted), and for an office one person holds at a time, named by a
title no other office of the person's country shares, also where the date falls in a gap
of its record: the person's first recorded tenure starts their holding of it ("Khyber
Pakhtunkhwa Governor Faisal Karim Kundi" in a draft of 2015, the ledger recording governors
since 2011 and his tenure from 2024, is wrong whoever held the post then, though the ledger
does not say who); before the record's beginning it decides nothing. A title written as
past or future ("former", "then-", "incoming", "-designate"), a sentence that reports the
appointment or the promotion, one placed inside the later tenure, and a draft dated up to
:data:`~.common.NEWS_GRACE` before the recorded start (the appointment is reported before
the oath) are not judged. A kind of post several offices of one country share ("Ambassador"
alone, kept by diplomats as a courtesy; "Information Minister", federal or provincial) is
judged only where the ledger records a holder of each of those offices then, none of them
the person, and either what the person held then or a record of the kind that is one office
(the person's first term of one province's chief ministership; not "Ambassador", a
courtesy). A place or owner that narrows the title to one office makes it no kind; so does
the person's country, where every post on record for them is in one: "Interior Minister X"
for Iran's minister is Iran's office, not a kind of post Pakistan's provinces share.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from narrlint.api import Corpus, Person, Post, RankTerm, partial_bounds
from narrlint.claims.titles import (
    RankClaim,
    TitleClaim,
    holders_on,
    post_end,
    post_tenure,
    recorded_before,
)
from narrlint.claims.words import lowers

from .common import NEWS_GRACE, of_persons_country
from .levels import named_levels, named_province
from .other_office import COURTESY

__all__ = ["EarlyPost", "EarlyRank", "early_post", "early_rank"]


@dataclass(frozen=True)
class EarlyPost:
    """A post given on a date before the person took it up."""

    post: Post
    """The person's first recorded tenure of the office the title names."""
    day: dt.date
    """The draft's date, on which the title is judged."""
    others: tuple[tuple[Person, Post], ...]
    """Who held the office on that date instead, per the ledger."""
    held: tuple[Post, ...]
    """What the person held on that date, per the ledger."""


@dataclass(frozen=True)
class EarlyRank:
    """A rank given on a date before the person's promotion to it."""

    term: RankTerm
    """The person's first recorded term of the rank written."""
    current: RankTerm
    """The rank the person held on the date."""
    day: dt.date


def _first(start: dt.date | None, partial: str | None) -> dt.date | None:
    """The first day of a term, one known only to the month or year taken at its earliest."""
    return start or partial_bounds(partial)[0]


def _unframed(claim: TitleClaim | RankClaim) -> bool:
    """Not written as of another time, nor a report of a change of post (or, for a rank, of
    a promotion)."""
    frame = claim.frame
    promoted = isinstance(claim, RankClaim) and frame.rank_change
    return not (claim.past_marked or frame.then or frame.tenure_end or promoted)


def early_post(
    corpus: Corpus, claim: TitleClaim, person: Person, posts: list[Post], day: dt.date
) -> EarlyPost | None:
    """The person's tenure of the office ``claim`` names (``posts``: their recorded posts of
    it) that starts after ``day``, the draft's date, when the ledger shows that the title was
    not theirs then; ``None`` otherwise. The draft's date, not the dates a sentence names:
    reporting gives a person the title of its own day, for past events too ("Prime Minister
    Kakar said on Wednesday that 2,267 people had been killed since August 2021")."""
    if not posts or any(p.held_on(day) or _ended(post_end(p), day) for p in posts):
        return None  # held on the draft's date (most titles), or held and ended (NL401's)
    if not _unframed(claim) or claim.foreign_owner or _announced(claim):
        return None
    levels = named_levels(corpus, claim)
    if levels == claim.offices:  # "Provincial Information Minister X" in a Punjab story
        levels = named_province(corpus, claim, {p.office for p in posts})
    meant = of_persons_country(corpus, levels, person)  # X's country
    offices = [corpus.ledger.offices.get(o) for o in meant]
    if any(o is None for o in offices):
        return None
    countries = [o.country for o in offices if o is not None]
    kind = len(set(countries)) < len(countries)
    if claim.frame.past_framed([post_tenure(p) for p in posts]):
        return None  # placed inside the later tenure
    starts = [_first(p.start, p.start_partial) for p in posts]
    if any(s is None or s - day <= NEWS_GRACE for s in starts):
        return None
    first = min(posts, key=lambda p: _first(p.start, p.start_partial) or dt.date.max)
    others = tuple(
        (holder, held)
        for office in {p.office for p in posts}
        for holder, held in holders_on(corpus, office, day)
        if holder.id != person.id
    )
    held = tuple(p for p in person.posts if p.held_on(day) and p.office not in claim.offices)
    if not others and not held and not _starts_holding(corpus, claim, person, posts, day):
        return None  # the ledger records nothing of that date to decide by
    if kind and not (
        (held or _one_of_kind(claim, posts)) and _all_held_by_others(corpus, meant, person, day)
    ):
        # a kind of post ("Information Minister": federal or provincial; "Ambassador"): the
        # person may hold one the ledger does not record, unless it records every office of
        # the title in someone else's hands then, and what the person held, or their whole
        # record of the kind is one office ("Chief Minister X" months before X's first term)
        return None
    return EarlyPost(first, day, others, held)


NEW_WORDS = frozenset({"new", "newly-appointed", "nominated", "likely", "expected"})
"""Words before a title that announce the post ("Pakistan's new Interior Minister …"): a
report of the appointment, which may come days or weeks before the start the ledger records."""


def _announced(claim: TitleClaim) -> bool:
    """Whether one of :data:`NEW_WORDS` stands right before the title phrase."""
    start = claim.phrase.start
    return start > 0 and claim.phrase.doc[start - 1].lower_ in NEW_WORDS


def _one_of_kind(claim: TitleClaim, posts: list[Post]) -> bool:
    """Whether the person's recorded posts of the kind the title names are all of one office,
    and the title is no courtesy style kept for life ("Ambassador": a diplomat so called
    before a posting the ledger records may have held one it does not)."""
    words = set(lowers(claim.title.doc)[claim.title.start : claim.title.end])
    return len({p.office for p in posts}) == 1 and not words & COURTESY


def _all_held_by_others(
    corpus: Corpus, offices: tuple[str, ...], person: Person, day: dt.date
) -> bool:
    """Whether the ledger records a holder of each of ``offices`` on ``day``, none of them
    ``person``."""
    for office in offices:
        held = holders_on(corpus, office, day)
        if not held or any(holder.id == person.id for holder, _ in held):
            return False
    return True


def _starts_holding(
    corpus: Corpus, claim: TitleClaim, person: Person, posts: list[Post], day: dt.date
) -> bool:
    """Whether the person's first recorded tenure of the office the title names starts their
    holding of it, though no holder on ``day`` is on record: the title names one office of
    the person's country (no kind of post, before any reading of the level: "Interior
    Minister X" may be a provincial home minister's the ledger does not record), one person
    holds at a time, whose record reaches back past ``day`` (the date falls in a gap of the
    record). Before the record's beginning the ledger says nothing: a politician's earlier
    stints in a cabinet post ("Finance Minister X" in 2016, the ledger's record of the post
    starting with X's tenure of 2022) are often missing. An office several hold at once (an
    adviser's, a senator's) gives no such start either."""
    if len(of_persons_country(corpus, claim.offices, person)) != 1:
        return False
    for post in posts:
        office = corpus.ledger.offices.get(post.office)
        if office is None or office.holders != "single":
            return False
        if not recorded_before(corpus, post.office, day):
            return False
    return True


def _ended(end: dt.date | None, day: dt.date) -> bool:
    return end is not None and end <= day


def early_rank(corpus: Corpus, claim: RankClaim, day: dt.date) -> EarlyRank | None:
    """The person's term of the rank ``claim`` writes that starts after ``day``, the draft's
    date, when the ledger records another rank for them on that date; ``None`` otherwise
    (NL401 judges a rank left by a promotion)."""
    ledger = corpus.ledger
    person_id = claim.person_id or ""
    current = ledger.rank_on(person_id, day)
    if current is None or current.rank in claim.ranks or not _unframed(claim):
        return None  # the rank held on the draft's date (most ranks written)
    terms = [t for t in ledger.rank_succession(person_id) if t.rank in claim.ranks]
    if not terms or claim.frame.past_framed([(t.start, t.end) for t in terms]):
        return None
    if any(t.held_on(day) or _ended(t.end, day) for t in terms):
        return None
    starts = [_first(t.start, t.start_partial) for t in terms]
    if any(s is None or s - day <= NEWS_GRACE for s in starts):
        return None
    first = min(terms, key=lambda t: _first(t.start, t.start_partial) or dt.date.max)
    return EarlyRank(first, current, day)
