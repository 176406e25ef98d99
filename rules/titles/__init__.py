"""Titles: NL401 ``stale-title`` (:mod:`.nl401`) and NL402 ``wrong-title`` (:mod:`.nl402`).

Both compare the draft's title claims (``draft.claims.titles``, read by
:mod:`narrlint.claims.titles`: person, title, qualifier, time frame) with the ledger's people,
posts, offices and governments: who held which office, with which qualifier (caretaker,
interim, acting), from when to when.
"""

from __future__ import annotations

from narrlint.api import Rule, hookimpl

from .nl401 import StaleTitle
from .nl402 import WrongTitle

__all__ = ["StaleTitle", "WrongTitle", "narrlint_rules"]


@hookimpl
def narrlint_rules() -> list[Rule]:
    return [StaleTitle(), WrongTitle()]
