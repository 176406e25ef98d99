"""A campaign that began, told in a relative clause on its drive (round 15).

"The move is part of a larger deportation drive that began in <month year>" reports the
campaign's start as "the deportation drive began in …" does: the relative's antecedent is the
noun phrase before "that", over an "of" to its head ("a repatriation drive of foreign
citizens that began …"). A repatriation drive is the campaign (voluntary repatriation and
"the repatriation process" are not: the agency's returns began long before any order). A
start a year off is reported; look-alikes stay silent. Values come from the loaded ledger
(the campaign's first order and its enforcement start)."""

import datetime as dt

import pytest

from .deadlines_support import codes, ledger_orders

FORMS = (
    "The move is part of a larger deportation drive that began in {when}.",
    "The move is part of a wider repatriation drive of foreign citizens that began in {when}, "
    "with many thousands sent back since.",
)

LOOK_ALIKES = (
    "The voluntary repatriation drive, which began in {when}, has helped many families home.",
    "He is part of a team of doctors that began work in {when}.",
    "The repatriation process began in {when} under the refugee agency.",
)


@pytest.fixture
def orders(seed_corpus):
    first, later = ledger_orders(seed_corpus, "ifrp_phase1", "ifrp_phase2_acc")
    if first.enforcement_from is None or later.date is None:
        pytest.skip("the ledger's orders lack the dates these cases are built on")
    return first, later


def _month(day: dt.date) -> str:
    return f"{day:%B} {day.year}"


def test_a_drive_that_began_is_the_campaigns_start(seed_corpus, orders):
    first, later = orders
    when = (later.date + dt.timedelta(days=9)).isoformat()
    start = first.enforcement_from
    wrong = []
    for form in FORMS:
        for day, expected in ((start, []), (start.replace(year=start.year + 1), ["NL101"])):
            text = form.format(when=_month(day))
            if codes(seed_corpus, text, when) != expected:
                wrong.append(text)
    assert wrong == []


def test_drive_look_alikes_stay_silent(seed_corpus, orders):
    first, later = orders
    when = (later.date + dt.timedelta(days=9)).isoformat()
    day = first.enforcement_from.replace(year=first.enforcement_from.year + 1)
    loud = [f for f in LOOK_ALIKES if codes(seed_corpus, f.format(when=_month(day)), when)]
    assert loud == []
