"""Which codes a list of codes and prefixes names: one answer for every place that selects.

``--select``/``--ignore``, the config's ``select``, ``ignore``, ``severity`` and
``per-file-ignores``, and the codes of suppression comments all name rules the same way: a full
code (``NL401``), a prefix (``NL4``, ``NL``) or ``ALL``. This module is the only one that reads
such a list.
"""

from __future__ import annotations

from collections.abc import Iterable

ALL = "ALL"


def pattern_for(code: str, patterns: Iterable[str]) -> str | None:
    """The first pattern that names ``code`` (``ALL`` names every code), or ``None``."""
    return next((p for p in patterns if p == ALL or code.startswith(p)), None)


def names(code: str, patterns: Iterable[str]) -> bool:
    """Whether any pattern names ``code``."""
    return pattern_for(code, patterns) is not None


def is_known(pattern: str, known: Iterable[str]) -> bool:
    """Whether ``pattern`` names at least one of the ``known`` codes (``ALL`` always does)."""
    return pattern == ALL or any(code.startswith(pattern) for code in known)


def selected(codes: Iterable[str], select: list[str], ignore: list[str]) -> bool:
    """Whether a rule reporting under ``codes`` runs: some code selected (all when ``select`` is
    empty) and not every code ignored."""
    codes = list(codes)
    if select and not any(names(c, select) for c in codes):
        return False
    return not (ignore and all(names(c, ignore) for c in codes))


def asked_for(code: str, select: list[str], ignore: list[str], flag: bool = False) -> bool:
    """Whether a code the user must ask for (``NL001``, off by default) is reported: asked
    for with its option (``flag``) or named in full in ``select``, and not ignored."""
    return (flag or code in select) and not names(code, ignore)
