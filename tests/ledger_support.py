"""What the ledger-entry tests share: the seed ledger's path and the codes narrlint reports on one
passage at a day (each round's ``test_ledger_r*_entries.py`` had its own copy; the loaded ledger
is the ``ledger`` fixture of ``tests/conftest.py``)."""

from __future__ import annotations

from pathlib import Path

from tests.evaluate import lint_items

SEED_LEDGER = Path(__file__).resolve().parent.parent / "seeds" / "ledger.yaml"
TITLE_CODES = frozenset({"NL401", "NL402"})


def codes(text: str, day: str) -> set[str]:
    """The codes narrlint reports on ``text`` as a draft dated ``day`` (YYYY-MM-DD)."""
    (result,) = lint_items([{"id": "ledger-entry", "text": text, "date": day}])
    return result.found
