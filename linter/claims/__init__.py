"""What a draft asserts, read once per draft for every rule: dates, counts, groups and titles.

``draft.claims`` (a :class:`Claims`) reads each kind on first use and keeps it, so the rules
of a family share one reading and a run that selects no rule of a kind never pays for it.
Each kind has its module: ``dates`` (:class:`DateClaim`), ``counts`` (:class:`CountClaim`),
``groups`` (:class:`GroupClaim`), ``titles`` (:class:`TitleClaim`), each with ``read(draft,
corpus)`` and ``resolve(claim, draft, corpus)``.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from narrlint.claims.base import Claim, Resolution

if TYPE_CHECKING:
    from narrlint.engine.draft import Draft
    from narrlint.knowledge.corpus import Corpus

KINDS = ("date", "count", "group", "title")
ATTRIBUTES = {"date": "dates", "count": "counts", "group": "groups", "title": "titles"}

__all__ = ["KINDS", "Claim", "Claims", "Resolution", "reader"]


def reader(kind: str) -> ModuleType:
    """The module that reads and resolves claims of ``kind``, imported on first use."""
    if kind == "date":
        from narrlint.claims import dates as module
    elif kind == "count":
        from narrlint.claims import counts as module
    elif kind == "group":
        from narrlint.claims import groups as module
    elif kind == "title":
        from narrlint.claims import titles as module
    else:
        raise ValueError(f"no claims of kind {kind!r} (kinds: {', '.join(KINDS)})")
    return module


class Claims:
    """The claims of one draft, by kind, each list read on first access.

    A reading that was stopped (a rule's time budget ran out inside it, or the reader failed) is
    not started again for the next rule that needs the same kind: that rule gets the same
    exception at once, so one slow reader costs one budget and every rule that needed it is
    reported as not run, instead of each rule spending its own budget on the same work."""

    def __init__(self, draft: Draft, corpus: Corpus) -> None:
        self.draft = draft
        self.corpus = corpus
        self._read: dict[str, list] = {}
        self._stopped: dict[str, BaseException] = {}

    def _kind(self, kind: str) -> list:
        if kind in self._read:
            return self._read[kind]
        if kind in self._stopped:
            raise self._stopped[kind]
        try:
            found = reader(kind).read(self.draft, self.corpus)
        except BaseException as stopped:
            self._stopped[kind] = stopped
            raise
        self._read[kind] = found
        return found

    @property
    def dates(self) -> list:
        return self._kind("date")

    @property
    def counts(self) -> list:
        return self._kind("count")

    @property
    def groups(self) -> list:
        return self._kind("group")

    @property
    def titles(self) -> list:
        return self._kind("title")

    def of_kind(self, kind: str) -> list[Claim]:
        return getattr(self, ATTRIBUTES[kind])

    def all(self) -> list[Claim]:
        """Every claim, in the order of the draft."""
        found = [c for kind in KINDS for c in self.of_kind(kind)]
        return sorted(found, key=lambda c: (c.span.start, c.span.end, KINDS.index(c.kind)))

    def resolve(self, claim: Claim) -> Resolution | None:
        """The ledger fact ``claim`` rests on, through the module of its kind."""
        return reader(claim.kind).resolve(claim, self.draft, self.corpus)
