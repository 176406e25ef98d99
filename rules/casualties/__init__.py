"""Casualty attribution: NL201 ``unattributed-casualty-count`` (:mod:`.nl201`).

The counts and their attribution are read once per draft by :mod:`narrlint.claims.counts`
(``draft.claims.counts``); the rules here compare those claims with the ledger and corpus.
"""

from __future__ import annotations

from narrlint.api import Rule, hookimpl

from .nl201 import UnattributedCasualtyCount

__all__ = ["UnattributedCasualtyCount", "narrlint_rules"]


@hookimpl
def narrlint_rules() -> list[Rule]:
    return [UnattributedCasualtyCount()]
