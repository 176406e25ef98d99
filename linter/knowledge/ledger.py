"""The fact ledger: typed, validated, and queryable by the rules.

The schema is documented in ``docs/ledger-schema.md``. Every entry keeps the line it came from,
so a finding can cite ``ledger.yaml:123`` and the entry's source, and every error names the file
and line of the offending entry. This module is the one import path for the ledger; the work is
split by job: the model and its queries (``ledger_model``), reading and validating a file
(``ledger_parse``), and the warnings of ``narrlint ledger check`` and the cross-reference
check of merged ledgers (``ledger_lint``).
"""

from __future__ import annotations

from narrlint.knowledge.ledger_lint import (
    LedgerWarning,
    check_references,
    lint_ledger,
    reference_errors,
)
from narrlint.knowledge.ledger_model import (
    CONFIDENCES,
    ENDED_BY,
    EXTENSION_KINDS,
    FIGURE_PSEUDO_CATEGORIES,
    HOLDERS,
    NATIONAL,
    QUALIFIERS,
    TOLL_ROLES,
    Category,
    ChainState,
    Conflation,
    DatedAlternative,
    Deadline,
    Duration,
    Event,
    Extension,
    Figure,
    Government,
    Ledger,
    NameVariant,
    Office,
    Person,
    Post,
    Rank,
    RankTerm,
    Sourced,
    Toll,
    normalise_title,
    partial_bounds,
    term_covers,
)
from narrlint.knowledge.ledger_parse import (
    load_ledger,
    parse_ledger,
)

__all__ = [
    "CONFIDENCES",
    "ENDED_BY",
    "EXTENSION_KINDS",
    "FIGURE_PSEUDO_CATEGORIES",
    "HOLDERS",
    "NATIONAL",
    "QUALIFIERS",
    "TOLL_ROLES",
    "Category",
    "ChainState",
    "Conflation",
    "DatedAlternative",
    "Deadline",
    "Duration",
    "Event",
    "Extension",
    "Figure",
    "Government",
    "Ledger",
    "LedgerWarning",
    "NameVariant",
    "Office",
    "Person",
    "Post",
    "Rank",
    "RankTerm",
    "Sourced",
    "Toll",
    "check_references",
    "lint_ledger",
    "load_ledger",
    "normalise_title",
    "parse_ledger",
    "partial_bounds",
    "reference_errors",
    "term_covers",
]
