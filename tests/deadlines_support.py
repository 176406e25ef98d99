"""What the deadline-reading tests (tests/test_deadlines_*.py) share: the deadline codes, the
findings and date claims a draft gives against a corpus, and number words for the grids."""

import datetime as dt

import pytest

from narrlint.engine.linter import Linter
from narrlint.input.source import SourceText

from .conftest import lint_text

CODES = ("NL101", "NL102")


def reported(corpus, text, date):
    """(code, severity, excerpt) of each deadline finding."""
    findings = lint_text(corpus, text, date=date, codes=CODES)
    return [(f.code, f.severity.value, f.excerpt) for f in findings]


def codes(corpus, text, date):
    """The deadline codes a draft gets."""
    return [c for c, _, _ in reported(corpus, text, date)]


def month_day(date: dt.date) -> str:
    """ "December 1", as a draft writes a cut-off without its year."""
    return f"{date:%B} {date.day}"


def full_day(date: dt.date) -> str:
    """ "December 1, 2023", as a draft writes a cut-off with its year."""
    return f"{date:%B} {date.day}, {date.year}"


def announced_links(corpus, chain: str) -> list[tuple[dt.date, dt.date]]:
    """(a day five days after the announcement, the recorded cut-off) of the last two links of
    a deadline chain whose links record both: a text written just after each extension."""
    found = [
        (link.announced + dt.timedelta(days=5), link.date)
        for link in corpus.ledger.deadlines[chain].chain()
        if link.announced is not None and link.date is not None
    ]
    return found[-2:]


LATER = dt.timedelta(days=92)
"""How far past a recorded cut-off the wrong date of a validity grid lies."""


def validity_grid_misses(corpus, links, forms) -> list[str]:
    """Each form at each link's text date: the recorded cut-off silent, one ``LATER`` NL101
    (full dates); the sentences that did otherwise."""
    wrong = []
    for when, right in links:
        for form in forms:
            for value, bad in ((right, False), (right + LATER, True)):
                text = form.format(date=full_day(value))
                if codes(corpus, text, when.isoformat()) != (["NL101"] if bad else []):
                    wrong.append(f"{when}: {text}")
    return wrong


def look_alike_alarms(corpus, links, forms) -> list[str]:
    """Each look-alike form with a date ``LATER`` than the cut-off at each link's text date:
    the sentences that got a deadline finding (all should stay silent)."""
    loud = []
    for when, right in links:
        for form in forms:
            text = form.format(date=full_day(right + LATER))
            if codes(corpus, text, when.isoformat()):
                loud.append(f"{when}: {text}")
    return loud


def assert_wrong_fires_right_silent(corpus, forms, right: dt.date, wrong: dt.date, when: str):
    """Each form ("... by {date} ...") with the wrong cut-off gets NL101, with the right none."""
    for form in forms:
        assert codes(corpus, form.format(date=month_day(wrong)), when) == ["NL101"], form
        assert codes(corpus, form.format(date=month_day(right)), when) == [], form


def month_day_misses(corpus, forms, right: dt.date, when: str) -> list[str]:
    """Each form ("… {date} …", written "December 1") with the recorded cut-off ``right``
    silent and with a day 30 days later NL101: the sentences that did otherwise."""
    wrong = []
    for form in forms:
        for day, expected in ((right, []), (right + dt.timedelta(days=30), ["NL101"])):
            text = form.format(date=month_day(day))
            if codes(corpus, text, when) != expected:
                wrong.append(text)
    return wrong


def month_day_alarms(corpus, forms, right: dt.date, when: str) -> list[str]:
    """Each look-alike form with a day 30 days after the cut-off ``right``: the sentences
    that got a deadline finding (all should stay silent)."""
    day = month_day(right + dt.timedelta(days=30))
    return [form for form in forms if codes(corpus, form.format(date=day), when)]


def grid_misses(corpus, forms, groups, days, when: str) -> list[str]:
    """The sentences of a grid that get the wrong codes: each form filled with each group and
    each ``(day, wrong)`` of ``days`` (``{day}`` as "December 1") must get NL101 exactly when
    ``wrong``."""
    misses = []
    for form in forms:
        for group in groups:
            for day, wrong in days:
                text = form.format(day=month_day(day), group=group)
                if codes(corpus, text, when) != (["NL101"] if wrong else []):
                    misses.append(text)
    return misses


def claims(corpus, text, date):
    linter = Linter([], corpus, date=dt.date.fromisoformat(date))
    draft = linter.parse(SourceText(text), "draft.md")
    return draft.claims.dates


# A number of months as reporting writes it (the figure tests and the added-time grid).
NUMBER_WORDS = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
    9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
    15: "fifteen", 16: "sixteen",
}  # fmt: skip


def ledger_orders(corpus, *ids: str):
    """The ledger's deadline entries ``ids``, in that order; the test is skipped where a ledger
    lacks one (a newsroom's own ledger need not hold the seed orders these grids are built on)."""
    found = corpus.ledger.deadlines
    missing = [i for i in ids if i not in found]
    if missing:
        pytest.skip(f"the ledger lacks the orders these cases are built on: {', '.join(missing)}")
    return tuple(found[i] for i in ids)


def ledger_order(corpus, ident: str, *fields: str):
    """The ledger's deadline entry ``ident``, with every one of ``fields`` set (``"date"``,
    ``"announced"``, ``"enforcement_from"``); the test is skipped where the ledger lacks it."""
    (order,) = ledger_orders(corpus, ident)
    if any(getattr(order, field) is None for field in fields):
        pytest.skip(
            f"the ledger's {ident} lacks what these cases are built on: {', '.join(fields)}"
        )
    return order
