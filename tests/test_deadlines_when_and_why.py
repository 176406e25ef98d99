"""A cut-off whose clause names no one but says when and why (issue 11, round 10): "The
repatriation process, initially scheduled to begin on April 1, was delayed", "the arrests and
deportations were postponed until April 10 due to the Eid holidays", "The deadline to leave
the country ends today (Monday), March 31". A day, the order's first setting and a cause
without people name no one: the clause means the order in force at the text's date, like any
cut-off given without its group (tests/test_deadlines_unnamed.py). Grids cross these shapes
with the seed ledger's national orders (values read from the loaded ledger); a cause or a time
that names other people keeps the clause silent."""

import datetime as dt

from .deadlines_support import codes, month_day

ORDERS = ("ifrp_phase1", "ifrp_phase2_acc", "ifrp_phase3_por")

DEADLINES = (
    "The deadline to leave the country, initially set for {date}, will not be extended.",
    "The deadline to leave the country was originally set for {date}, officials said.",
    "The deadline to leave the country expires on Monday, {date}, officials said.",
    "The deadline to leave the country ends today, {date}.",
    "Deportations will start after {date} due to the expiry of the deadline to leave.",
    "Arrests will begin after {date} because of the end of the deadline to leave.",
)
STARTS = (
    "The repatriation process, initially scheduled to begin on {date}, was delayed.",
    "Deportations, originally slated to start on {date}, have been put off.",
    "Deportations will begin on {date} owing to the end of the deadline to leave.",
)


def _when(corpus, order: str, days: int = 5) -> str:
    return (corpus.ledger.deadlines[order].announced + dt.timedelta(days=days)).isoformat()


def _misses(corpus, forms, right_of, shift: int = 14) -> list[str]:
    """The texts of the grid that get the wrong codes: the recorded value (``right_of`` the
    order) stays silent, one ``shift`` days later is reported, in a text written five days
    after the order was announced."""
    wrong = []
    for order in ORDERS:
        right = right_of(corpus.ledger.deadlines[order])
        when = _when(corpus, order)
        for form in forms:
            for value, bad in ((right, False), (right + dt.timedelta(days=shift), True)):
                text = form.format(date=month_day(value))
                if codes(corpus, text, when) != (["NL101"] if bad else []):
                    wrong.append(f"{when}: {text}")
    return wrong


def test_a_cut_off_told_with_its_day_or_first_setting_grid(seed_corpus):
    assert _misses(seed_corpus, DEADLINES, lambda d: d.date) == []


def test_a_start_initially_scheduled_naming_no_one_grid(seed_corpus):
    assert _misses(seed_corpus, STARTS, lambda d: d.enforcement_from or d.date) == []


LOOK_ALIKES = (
    # a cause that names people: the order may be theirs
    "Deportations were postponed until {date} due to the arrival of Tajik refugees.",
    "The deadline to leave was initially set for {date} because of Iranians crossing over.",
    # another authority, another purpose
    "Turkey's deadline to leave the country, initially set for {date}, was not extended.",
    "The deadline to register, initially set for {date}, was extended due to the rush.",
    # a day and a setting with no order
    "The match, initially scheduled for {date}, was postponed due to rain.",
    "The meeting, originally slated for Monday, {date}, was put off.",
)


def test_when_and_why_look_alikes_stay_silent(seed_corpus):
    loud = []
    for order in ORDERS:
        deadline = seed_corpus.ledger.deadlines[order]
        when = _when(seed_corpus, order)
        for form in LOOK_ALIKES:
            text = form.format(date=month_day(deadline.date + dt.timedelta(days=14)))
            if codes(seed_corpus, text, when):
                loud.append(f"{when}: {text}")
    assert loud == []
