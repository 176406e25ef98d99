"""Shared by the casualties grid tests: what NL201 reports on a text, and the ledger's own
casualty figures as the grids' numbers (never hard-coded tolls)."""

from .conftest import lint_text

CODES = ("NL201",)


def fires(corpus, text: str) -> list[str]:
    """The excerpts NL201 reports on ``text`` in a draft dated 2026-06-01."""
    return [f.excerpt for f in lint_text(corpus, text, date="2026-06-01", codes=CODES)]


def ledger_tolls(corpus) -> list[int]:
    """Three killed figures of the ledger's casualty records (lowest, middle, highest above 1)."""
    values = sorted(
        {
            int(item["killed"])
            for event in corpus.ledger.events.values()
            for item in event.casualties
            if isinstance(item.get("killed"), int) and item["killed"] > 1
        }
    )
    assert len(values) >= 3
    return [values[0], values[len(values) // 2], values[-1]]


def fires_on(found: list[str], n: int) -> bool:
    """Whether one of the reported excerpts ``found`` holds the figure ``n`` as a word."""
    return any(str(n) in f.split() for f in found)
