"""The rank a person held on the draft's date, where a written rank is judged against it, and
the NL402 problem that writes that rank as the fix.

A rank of another service (:mod:`.other_service`) and a rank above every one the person held
(:mod:`.above_rank`) are judged the same way: only where the ledger records the person's rank
on the date, the rank written is not it, and the sentence neither qualifies the rank nor is
set at another time or reports a promotion; the fix replaces the written rank with the held
one, citing the ledger's record of it.
"""

from __future__ import annotations

import datetime as dt

from narrlint.api import Corpus, Draft, Edit, Fix, Problem, RankTerm
from narrlint.claims.titles import RankClaim, describe_rank

from .common import fit, short

__all__ = ["held_name", "held_rank", "held_rank_problem", "person_name"]


def held_rank(
    corpus: Corpus, claim: RankClaim, day: dt.date, *, post_end_excuses: bool
) -> RankTerm | None:
    """The person's rank on ``day`` when ``claim``'s rank is open to judging against it:
    ``None`` when the ledger records none, the rank written is the one held, the rank is
    qualified, or the sentence is set at another time ("then") or reports a promotion; a
    sentence that reports a post's end excuses it only where ``post_end_excuses``."""
    current = corpus.ledger.rank_on(claim.person_id or "", day)
    frame = claim.frame
    if current is None or current.rank in claim.ranks or claim.qualifiers:
        return None
    if frame.then or frame.rank_change or (post_end_excuses and frame.tenure_end):
        return None
    return current


def held_rank_problem(
    draft: Draft,
    corpus: Corpus,
    claim: RankClaim,
    current: RankTerm,
    *,
    message: tuple[str, str],
    details: str,
) -> Problem:
    """The NL402 problem for a rank that is not ``current``, the rank held on the date: the
    fix writes it. ``message`` is the long and the short form, each after 'Write "<rank>": '."""
    ledger = corpus.ledger
    person = ledger.people[claim.person_id or ""]
    now = held_name(corpus, current)
    evidence = [current.origin.evidence(describe_rank(ledger, person, current))]
    first, _ = draft.offsets(claim.rank[0])
    _, last = draft.offsets(claim.rank[-1])
    fix = Fix(f'write "{now}"', (Edit(first, last, now),))
    text = fit(f'Write "{now}": {message[0]}', f'Write "{now}": {message[1]}')
    return draft.problem(claim.span, text, evidence, fix, details=details)


def held_name(corpus: Corpus, current: RankTerm) -> str:
    """How the held rank is written: the ledger's name of the rank, else its id."""
    held = corpus.ledger.ranks.get(current.rank)
    return held.name if held is not None else current.rank


def person_name(corpus: Corpus, claim: RankClaim) -> str:
    """The person's short name, for messages."""
    return short(corpus.ledger.people[claim.person_id or ""].name)
