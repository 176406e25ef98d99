"""A clause that tells a recorded order's history in a text written after the record's last
day (issue 11, round 6): opening with the month the order was given ("In October, the
government asked … by …"), with "Earlier," or in the past perfect ("had set … as the
deadline") it gives that order's cut-off, not a later deadline the ledger may not hold yet. The
grid reads the phase-1 order from the loaded ledger: its day stays silent, a later day is an
error; clauses that tell of a change or give a deadline now still get no error."""

import datetime as dt

from .deadlines_support import reported

HISTORY = (
    "In {month}, the government asked all undocumented foreigners to leave or face deportation "
    "by {date}.",
    "In {month} {year}, Pakistan ordered illegal foreigners to leave the country by {date}.",
    "Earlier, the government asked immigrants without documents to leave the country before "
    "{date}.",
    "Pakistan had set {date} as the deadline for illegal foreigners to leave the country.",
    "The government had given illegal foreigners a deadline to leave the country by {date}.",
    "Earlier, {date} had been set as the deadline for all undocumented foreigners to leave.",
)
NOT_HISTORY = (
    "In {now}, the government extended the deadline for illegal foreigners to {date}.",
    "The government had extended the deadline for illegal foreigners to {date}.",
    "Illegal foreigners now have until {date} to leave the country.",
)


def _setting(corpus):
    order = corpus.ledger.deadlines["ifrp_phase1"]
    when = order.date + dt.timedelta(days=10)  # after the record's last day
    return order, when


def _format(form: str, order, when: dt.date, day: dt.date) -> str:
    return form.format(
        month=f"{order.announced:%B}",
        year=order.announced.year,
        now=f"{when:%B}",
        date=f"{day:%B} {day.day}",
    )


def test_a_recorded_order_s_history_is_compared(seed_corpus):
    order, when = _setting(seed_corpus)
    wrong = when + dt.timedelta(days=20)
    mismatched = []
    for form in HISTORY:
        for day, expected in ((order.date, []), (wrong, [("NL101", "error")])):
            text = _format(form, order, when, day)
            found = [(c, s) for c, s, _ in reported(seed_corpus, text, when.isoformat())]
            if found != expected:
                mismatched.append((text, found))
    assert mismatched == []


def test_a_change_or_a_deadline_now_gets_no_error(seed_corpus):
    order, when = _setting(seed_corpus)
    later = when + dt.timedelta(days=20)
    errors = [
        text
        for form in NOT_HISTORY
        for text in [_format(form, order, when, later)]
        if any(s == "error" for _, s, _ in reported(seed_corpus, text, when.isoformat()))
    ]
    assert errors == []
