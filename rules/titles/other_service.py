"""A rank of another service than the person's (for NL402): "General X" for an admiral, "Air
Marshal Y" for an army officer. The ledger gives each rank its service (army, navy, air
force); where every rank it records for the person is of one service and the rank written is
of none of them, the rank is not the person's in any form: not a promotion still to come
(:func:`~.not_yet.early_rank` judges those) nor a shortening on second reference ("General
Malik" for a lieutenant general keeps the service). A sentence set at another time, one that
reports a promotion, and a rank written as past are not judged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from narrlint.api import Corpus, RankTerm
from narrlint.claims.titles import RankClaim

from .held_rank import held_rank

__all__ = ["OtherService", "other_service"]


@dataclass(frozen=True)
class OtherService:
    """A rank written for a person whose recorded ranks are all of another service."""

    current: RankTerm
    """The rank the person held on the date."""
    service: str
    """The person's service, per the ledger."""
    day: dt.date


def other_service(corpus: Corpus, claim: RankClaim, day: dt.date) -> OtherService | None:
    """The person's rank on ``day`` when the rank ``claim`` writes is of another service than
    every rank the ledger records for the person; ``None`` otherwise."""
    ledger = corpus.ledger
    person_id = claim.person_id or ""
    current = held_rank(corpus, claim, day, post_end_excuses=True)
    if current is None:
        return None
    ranks = ledger.ranks
    held = {
        rank.service if (rank := ranks.get(t.rank)) else None
        for t in ledger.rank_succession(person_id)
    }
    written = {rank.service if (rank := ranks.get(r)) else None for r in claim.ranks}
    if len(held) != 1 or None in held or None in written or held & written:
        return None
    (service,) = held
    return OtherService(current, service, day)
