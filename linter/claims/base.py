"""What every claim has: the tokens it rests on, its kind, and the ledger fact it resolved to.

A claim is something the draft asserts (a date in a role, a count and who gave it, a group of
people, a person's title at a time). Readers in :mod:`narrlint.claims` build claims once per
draft; rules compare them with the ledger. ``narrlint claims FILE`` prints them, with
:meth:`Claim.details` as the kind-specific fields of the JSON output.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from narrlint.model import Evidence

if TYPE_CHECKING:  # spaCy is not imported to name a claim's fields
    from spacy.tokens import Span


@dataclass(frozen=True)
class Resolution:
    """The ledger fact a claim was matched with, or why none was."""

    fact: str | None
    """``section/id`` of the ledger entry (``deadlines/ifrp_phase1``), ``None`` if unresolved."""
    summary: str = ""
    """One line a writer reads: what the record says."""
    evidence: Evidence | None = None
    """The ledger line and the entry's source."""
    reason: str = ""
    """Why no fact was chosen (or why the one chosen), in plain words."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "summary": self.summary,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "reason": self.reason,
        }


@dataclass(frozen=True, eq=False)
class Claim:
    """Base of the four claim kinds. ``span`` is in ``draft.doc``; findings point at it."""

    kind: ClassVar[str] = ""
    span: Span

    @property
    def text(self) -> str:
        return self.span.text

    def details(self) -> dict[str, Any]:
        """Kind-specific fields for ``narrlint claims --format json`` (JSON-able values)."""
        return {}
