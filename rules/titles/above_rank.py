"""A rank above any the person held, of their own service (for NL402): "General X" for a
lieutenant general who never became one (in Pakistan's army "General" is the four-star rank
of the army chief and the joint chiefs' chairman, not a short form for the generals below).

The ledger gives ranks of one service an order of seniority; where it records the person's
rank on the draft's date, the rank written is of the same service and senior to it, and the
person holds no recorded term of it (a later promotion is :func:`~.not_yet.early_rank`'s), the
rank was never theirs on that date. Not judged: a rank written as past or set at another time,
a sentence that reports a promotion (a post's end is no excuse: "Y will replace General X"),
a rank the ledger gives no order, and a rank right after a capitalised word the draft names
nothing with ("Leitenant General X": a misspelt part of a
longer rank, which the ledger's forms do not know, leaves its last word to be read alone),
unless that word is the rank's own ("Director General General X": a post's name ends with it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from narrlint.api import Corpus, Draft, Problem, RankTerm
from narrlint.claims.titles import RankClaim

from .common import draft_dated
from .held_rank import held_name, held_rank, held_rank_problem, person_name

__all__ = ["AboveRank", "above_rank", "above_rank_problem"]


@dataclass(frozen=True)
class AboveRank:
    """A rank senior to the one the person held on the date, never recorded for them."""

    current: RankTerm
    """The rank the person held on the date."""
    day: dt.date


def above_rank(corpus: Corpus, claim: RankClaim, day: dt.date) -> AboveRank | None:
    """The person's rank on ``day`` when ``claim`` writes a senior rank of the same service
    that the ledger records for them at no time; ``None`` otherwise."""
    ledger = corpus.ledger
    person_id = claim.person_id or ""
    # not a post's end ("will replace General X"): never held is never
    current = held_rank(corpus, claim, day, post_end_excuses=False)
    if current is None:
        return None
    if any(t.rank in claim.ranks for t in ledger.rank_succession(person_id)):
        return None  # held before (NL401) or later (not yet)
    held = ledger.ranks.get(current.rank)
    written = [ledger.ranks.get(r) for r in claim.ranks]
    if held is None or held.order is None or not written:
        return None
    for rank in written:
        if rank is None or rank.order is None or rank.service != held.service:
            return None
        if rank.order <= held.order:
            return None  # a junior rank the ledger does not record: perhaps an earlier one
    if _after_unknown_word(claim):
        return None
    return AboveRank(current, day)


def _after_unknown_word(claim: RankClaim) -> bool:
    """Whether a capitalised word outside every entity stands right before the rank, other
    than the rank's own first word: "Director General General X" ends a post's name with the
    word the rank repeats, no misspelt part of a longer rank."""
    start = claim.rank.start
    if start == 0:
        return False
    before = claim.rank.doc[start - 1]
    if before.lower_ == claim.rank[0].lower_:
        return False
    return before.is_alpha and before.text[:1].isupper() and not before.ent_type_


def above_rank_problem(draft: Draft, corpus: Corpus, claim: RankClaim, above: AboveRank) -> Problem:
    """The problem for a rank above any the person held: the fix writes the rank held on
    the date."""
    name = person_name(corpus, claim)
    now = held_name(corpus, above.current)
    written = claim.rank.text
    details = (
        f'"{written}" is senior to the rank on record for {name}; '
        f"{draft_dated(draft, above.day)}, when {name} was {now}."
    )
    message = (f'{name} never held the rank "{written}"', f"the rank {name} held on that date")
    return held_rank_problem(draft, corpus, claim, above.current, message=message, details=details)
