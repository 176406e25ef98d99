"""Titles: NL401 ``stale-title`` (:mod:`.nl401`), NL402 ``wrong-title`` (:mod:`.nl402`) and
NL403 ``title-superseded-in-corpus`` (:mod:`.nl403`).

NL401 and NL402 compare the draft's title claims (``draft.claims.titles``, read by
:mod:`narrlint.claims.titles`: person, title, qualifier, time frame) with the ledger's people,
posts, offices and governments: who held which office, with which qualifier (caretaker,
interim, acting), from when to when. NL403 compares the draft's titles the ledger says nothing about
with the archive's dated usage (:mod:`narrlint.knowledge.archive_titles`).
"""

from __future__ import annotations

from narrlint.api import Rule, hookimpl

from .nl401 import StaleTitle
from .nl402 import WrongTitle
from .nl403 import SupersededTitle

__all__ = ["StaleTitle", "SupersededTitle", "WrongTitle", "narrlint_rules"]


@hookimpl
def narrlint_rules() -> list[Rule]:
    return [StaleTitle(), WrongTitle(), SupersededTitle()]
