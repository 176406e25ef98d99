"""Deadlines: NL101 ``deadline-mismatch`` and NL102 ``deadline-conflict``, one module each.

Both compare the draft's date claims (``draft.claims.dates``, read by
:mod:`narrlint.claims.dates`) with the ledger's deadlines: a value is wrong (NL101) only when no
deadline the sentence plausibly names accepts it, so a sentence about two events never produces
a false alarm about the wrong one. NL102 compares the draft with itself: two different values
for the same, unambiguous event.
"""

from __future__ import annotations

from narrlint.api import Rule, hookimpl
from narrlint.rules.deadlines.nl101 import DeadlineMismatch
from narrlint.rules.deadlines.nl102 import DeadlineConflict

__all__ = ["DeadlineConflict", "DeadlineMismatch", "narrlint_rules"]


@hookimpl
def narrlint_rules() -> list[Rule]:
    return [DeadlineMismatch(), DeadlineConflict()]
