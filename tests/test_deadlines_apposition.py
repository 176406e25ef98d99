"""A date in apposition to a day word (issue 11, round 6): "the cards expire today, June 30",
"the deadline ends today (October 31)", "expired yesterday, November 1": the date restates the
day word, and the cue before that word ("expire", "ends", "by") is the date's cue. Grids cross
the forms with the seed ledger's national orders (values read from the loaded ledger): the
recorded day stays silent, a day a month later is reported, and the same apposition after a
verb that sets no cut-off ("talks were held today, …") stays silent."""

import datetime as dt

from .deadlines_support import claims, reported

ORDERS = {"ifrp_phase1": "illegal foreigners", "ifrp_phase2_acc": "ACC holders"}
# (template, days from the cut-off to the text's date, the day word)
FORMS = (
    ("The deadline for {group} to leave the country ends today, {date}.", 0, "today"),
    ("The deadline for {group} to leave the country ends today ({date}).", 0, "today"),
    ("The deadline for {group} to leave Pakistan expires tomorrow, {date}.", -1, "tomorrow"),
    ("{Group} must leave the country by tomorrow, {date}, officials said.", -1, "tomorrow"),
    ("The deadline for {group} to leave expired yesterday, {date}.", 1, "yesterday"),
    ("The deadline for {group} to leave the country expires on {weekday}, {date}.", -2, ""),
)
LOOK_ALIKES = (
    "Talks on the return of {group} were held today, {date}, in Islamabad.",
    "Officials met a delegation of {group} yesterday, {date}, in Peshawar.",
    "The minister visited a camp for {group} on {weekday}, {date}.",
)


def _text(template: str, group: str, day: dt.date) -> str:
    return template.format(
        group=group,
        Group=group[0].upper() + group[1:],
        date=f"{day:%B} {day.day}",
        weekday=f"{day:%A}",
    )


def _grid(corpus):
    """(text, draft date, should report) for every form, order and value. The wrong value of a
    text dated after the cut-off is earlier (a later one could be an extension the ledger has
    no record of yet); that of a text dated before it is a month later."""
    for order, group in ORDERS.items():
        cut = corpus.ledger.deadlines[order].date
        for template, shift, _ in FORMS:
            wrong = cut + dt.timedelta(days=-10 if shift > 0 else 30)
            when = (cut + dt.timedelta(days=shift)).isoformat()
            for day, bad in ((cut, False), (wrong, True)):
                yield _text(template, group, day), when, bad


def test_a_date_restating_a_day_word_is_read_with_the_cue_before_it(seed_corpus):
    wrong = [
        (text, when, bad)
        for text, when, bad in _grid(seed_corpus)
        if [c for c, _, _ in reported(seed_corpus, text, when)] != (["NL101"] if bad else [])
    ]
    assert wrong == []


def test_the_restated_date_keeps_its_role(seed_corpus):
    cut = seed_corpus.ledger.deadlines["ifrp_phase1"].date
    text = _text(FORMS[0][0], "illegal foreigners", cut)
    (claim,) = [c for c in claims(seed_corpus, text, cut.isoformat()) if c.is_date]
    assert claim.role == "deadline"
    assert claim.span.text == f"{cut:%B} {cut.day}"  # the date's own span, not the day word


def test_an_apposition_without_a_cut_off_stays_silent(seed_corpus):
    loud = []
    for order, group in ORDERS.items():
        wrong = seed_corpus.ledger.deadlines[order].date + dt.timedelta(days=30)
        for template in LOOK_ALIKES:
            text = _text(template, group, wrong)
            if reported(seed_corpus, text, wrong.isoformat()):
                loud.append(text)
    assert loud == []
