"""Refugee categories: NL301 ``conflated-refugee-category`` and NL302 ``category-figure-mismatch``.

The ledger's ``categories`` name groups of people that must not be confused (in the seed ledger:
PoR card holders, who are registered refugees; ACC holders, who may stay but are not refugees;
undocumented Afghans). The claims reader :mod:`narrlint.claims.groups` reads once per draft the
groups a draft names (modifier + head, holders of documents, phases, predicates, inclusions) and
the figures it ties to them; these rules compare those claims with the ledger:

* :mod:`.nl301`: phrases that fuse two groups (a modifier of one group on a head noun or term of
  another whose attributes it contradicts, a phase paired with a group another phase targets, a
  predicate that gives a group a property the ledger denies it);
* :mod:`.nl302`: a number given for one group that the ledger records for another.

Every group word comes from the ledger, so the rules work on any ledger with the same schema.
"""

from __future__ import annotations

from narrlint.api import Rule, hookimpl

from .nl301 import ConflatedRefugeeCategory
from .nl302 import CategoryFigureMismatch

__all__ = ["CategoryFigureMismatch", "ConflatedRefugeeCategory", "narrlint_rules"]


@hookimpl
def narrlint_rules() -> list[Rule]:
    return [ConflatedRefugeeCategory(), CategoryFigureMismatch()]
