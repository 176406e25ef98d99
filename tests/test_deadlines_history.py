"""A cut-off the clause places in a past period ("set … last month", "was announced early last
month that …", "ordered last year to leave by …") tells the history of the order on record, even
in a text written after the ledger's last record of it: compared, not taken for a later deadline
the ledger has no record of yet. Grids cross sentence shapes with the ledger's own orders (values
read from the loaded ledger, never written in a test)."""

import datetime as dt

import pytest

from narrlint.claims.dates_record import CURRENT_RECORD_DAYS

from .deadlines_support import month_day, reported

HISTORY_ORDERS = {
    "ifrp_phase1": ("illegal foreigners", "undocumented Afghans", "immigrants living illegally"),
}

LAST_MONTH = (
    "The government last month set {date} as the deadline for {group} to leave the country.",
    "It was announced early last month that all {group} would have to leave Pakistan by {date}.",
    "Last month, the interior ministry ordered {group} to leave the country before {date}.",
    "{Group} were told last month to leave Pakistan by {date} or face deportation.",
    "Pakistan earlier last month gave {group} until {date} to leave voluntarily.",
    "Under an order issued last month, {group} had to leave Pakistan by {date}.",
)
"""Shapes that place the order in the month before the text, in several word orders, voices and
positions of the period (before the verb, after it, opening the sentence)."""


def _last_known(deadline) -> dt.date:
    """The latest day the ledger records for the order (its date, enforcement, extensions)."""
    days = [deadline.date, deadline.enforcement_from]
    days += [e.date for e in deadline.extensions]
    return max(d for d in days if d is not None)


def _grid(corpus):
    for order, groups in HISTORY_ORDERS.items():
        deadline = corpus.ledger.deadlines[order]
        when = _last_known(deadline) + dt.timedelta(days=6)
        wrong = deadline.date + dt.timedelta(days=30)
        for template in LAST_MONTH:
            for group in groups:
                for value, bad in ((wrong, True), (deadline.date, False)):
                    text = template.format(
                        group=group,
                        Group=group[0].upper() + group[1:],
                        date=f"{value:%B} {value.day}",
                    )
                    yield text, when.isoformat(), bad


def test_an_order_given_last_month_is_its_history_grid(seed_corpus):
    wrong = [
        (text, when, bad)
        for text, when, bad in _grid(seed_corpus)
        if bool([c for c, severity, _ in reported(seed_corpus, text, when) if severity != "info"])
        != bad
    ]
    assert wrong == []


def test_an_order_given_last_year_is_its_history(seed_corpus):
    deadline = seed_corpus.ledger.deadlines["ifrp_phase1"]
    when = deadline.date.replace(year=deadline.date.year + 1) - dt.timedelta(days=120)
    text = (
        "Repatriation began last year, after the caretaker government directed all illegal "
        "immigrants to leave the country by {date:%B} {date.day}, {date.year}."
    )
    later = deadline.date.replace(year=deadline.date.year + 1)
    assert [c for c, _, _ in reported(seed_corpus, text.format(date=later), when.isoformat())] == [
        "NL101"
    ]
    assert reported(seed_corpus, text.format(date=deadline.date), when.isoformat()) == []


@pytest.mark.parametrize(
    "template",
    [
        # a change told: maybe a new cut-off the ledger has no record of yet (info at most)
        "The government last month extended the deadline for illegal foreigners until {date}.",
        "Last month the deadline for undocumented Afghans was pushed back to {date}.",
        # the period after the date: when it was said, not when the order was given
        "Illegal foreigners must leave by {date}, the minister said last month.",
        # a period the record may not cover: maybe a new order
        "Last week the government set {date} as the deadline for illegal foreigners to leave.",
    ],
)
def test_an_order_given_last_month_look_alikes(seed_corpus, template):
    assert _warnings_after_the_record(seed_corpus, template, days=6) == []


PASSED = (
    "Since the {date} deadline for {group} lapsed, thousands have crossed the border.",
    "After the {date} deadline expired, police began arresting {group}.",
    "The {date} deadline for {group} to leave the country expired last week.",
    "Pakistan's {date} deadline for {group} has expired, officials said.",
    "The deadline of {date} for {group} ended and deportations began.",
)
"""Shapes that tell the cut-off as passed: the deadline noun before or after the date, its verb
of ending in a past form, with or without "has"."""


def test_a_cut_off_told_as_passed_is_never_a_later_one_grid(seed_corpus):
    deadline = seed_corpus.ledger.deadlines["ifrp_phase1"]
    cases = []
    # no year: a text weeks after the cut-off, the date a month after the recorded one
    when = _last_known(deadline) + dt.timedelta(days=19)
    wrong = deadline.date + dt.timedelta(days=30)
    for value, bad in ((wrong, True), (deadline.date, False)):
        cases.append((f"{value:%B} {value.day}", when, bad))
    # the year written: the recorded day a year later, in a text months after the cut-off
    when = deadline.date + dt.timedelta(days=85)
    later = deadline.date.replace(year=deadline.date.year + 1)
    for value, bad in ((later, True), (deadline.date, False)):
        cases.append((f"{value:%B} {value.day}, {value.year}", when, bad))
    wrong_cases = []
    for template in PASSED:
        for group in HISTORY_ORDERS["ifrp_phase1"]:
            for date, when_, bad in cases:
                text = template.format(date=date, group=group)
                found = [c for c, severity, _ in reported(seed_corpus, text, when_.isoformat())]
                if bool(found) != bad:
                    wrong_cases.append((text, when_, found))
    assert wrong_cases == []


@pytest.mark.parametrize(
    "template",
    [
        # not told as passed: maybe a later deadline the ledger has no record of yet
        "The {date} deadline for illegal foreigners has not expired yet.",
        "The {date} deadline for illegal foreigners will expire soon.",
        "Once the {date} deadline for illegal foreigners expires, arrests will begin.",
        "The {date} deadline for illegal foreigners was extended after the old one lapsed.",
    ],
)
def test_a_cut_off_told_as_passed_look_alikes(seed_corpus, template):
    # months after the record (weeks after it, a date not told as passed and no change told
    # contradicts the record in force: tests/test_deadlines_current_record.py)
    days = CURRENT_RECORD_DAYS + 19
    assert _warnings_after_the_record(seed_corpus, template, days, ahead=True) == []


def _warnings_after_the_record(corpus, template, days, ahead=False):
    """Severities above info for ``template`` given phase 1's date a month late (``ahead``: a
    month after the text's date), in a text written ``days`` after the ledger's last record of
    that order."""
    deadline = corpus.ledger.deadlines["ifrp_phase1"]
    when = _last_known(deadline) + dt.timedelta(days=days)
    wrong = (when if ahead else deadline.date) + dt.timedelta(days=30)
    text = template.format(date=f"{wrong:%B} {wrong.day}")
    found = reported(corpus, text, when.isoformat())
    return [severity for _, severity, _ in found if severity != "info"]


# ---------------------------------------------------------------------------------------------
# A deadline noun "for" an act one of the ledger's orders names ("the deadline for repatriation",
# "for departure", "for leaving the country") is a deadline for people, like "the deadline for
# illegal foreigners"; one for an act no order names ("for applications") is not.

FOR_AN_ACT = (
    "The deadline for departure of {group} is {date}.",
    "The deadline for repatriation of {group} falls on {date}.",
    "For {group}, the deadline for leaving the country is {date}, officials said.",
    "{Group} have been warned. The deadline for repatriation is {date}.",
    "Officials said the deadline for the return of {group} was {date}.",
)


def _soon_after(deadline) -> str:
    """The text's date: five days after the order was announced."""
    return (deadline.announced + dt.timedelta(days=5)).isoformat()


def _phase1_grid_failures(corpus, templates) -> list:
    """Each template with each of phase 1's group phrases, with the recorded deadline (silent)
    and two weeks after it (reported), in a text dated just after the order."""
    deadline = corpus.ledger.deadlines["ifrp_phase1"]
    when = _soon_after(deadline)
    wrong = deadline.date + dt.timedelta(days=14)
    failures = []
    for template in templates:
        for group in HISTORY_ORDERS["ifrp_phase1"]:
            for value, bad in ((wrong, True), (deadline.date, False)):
                text = template.format(
                    group=group, Group=group[0].upper() + group[1:], date=month_day(value)
                )
                found = [c for c, _, _ in reported(corpus, text, when)]
                if bool(found) != bad:
                    failures.append((text, found))
    return failures


def _reported_two_weeks_late(corpus, order: str, text: str) -> list:
    """What ``text`` gets with ``order``'s deadline two weeks late, dated just after it."""
    deadline = corpus.ledger.deadlines[order]
    wrong = deadline.date + dt.timedelta(days=14)
    return reported(corpus, text.format(date=month_day(wrong)), _soon_after(deadline))


def test_a_deadline_for_an_orders_act_grid(seed_corpus):
    assert _phase1_grid_failures(seed_corpus, FOR_AN_ACT) == []


@pytest.mark.parametrize(
    "text",
    [
        "The deadline for applications from illegal foreigners is {date}.",
        "The deadline for public comment on the repatriation plan is {date}.",
        "The deadline for submissions is {date}, the ministry said.",
    ],
)
def test_a_deadline_for_an_orders_act_look_alikes(seed_corpus, text):
    assert _reported_two_weeks_late(seed_corpus, "ifrp_phase1", text) == []


# ---------------------------------------------------------------------------------------------
# A date set as the deadline with adverbs and auxiliaries between ("<date> has been officially
# set as the deadline", "<date> was formally declared the deadline", "<date> will be the
# deadline"): the words between qualify the setting; the date is the deadline.

SET_AS = (
    "{date} has been officially set as the deadline for {group} to leave Pakistan.",
    "{date} was formally declared the deadline for {group} to go home.",
    "{date} has now been fixed as the final deadline for {group}.",
    "{date} will be the deadline for {group} to leave the country.",
    "Officials said {date} had been firmly set as the deadline for {group}.",
)


def test_a_date_set_as_the_deadline_with_words_between_grid(seed_corpus):
    assert _phase1_grid_failures(seed_corpus, SET_AS) == []


@pytest.mark.parametrize(
    "text",
    [
        "{date} was officially the day the deadline for illegal foreigners was announced.",
        "{date} has been officially set as the date of talks on the deadline for illegal "
        "foreigners.",
        "{date} was quietly marked by officials who discussed the deadline for illegal foreigners.",
    ],
)
def test_a_date_set_as_the_deadline_look_alikes(seed_corpus, text):
    assert _reported_two_weeks_late(seed_corpus, "ifrp_phase1", text) == []


# ---------------------------------------------------------------------------------------------
# An act of enforcement before a long phrase of the people it is done to ("decided to expel
# over 1.3 million Afghan nationals holding Proof of Registration Cards (PoRs) after …"): the
# phrase is walked over, so the act still cues the date, for each of the ledger's national orders.

LONG_PEOPLE = {
    "undocumented": "some 1.7 million undocumented Afghan migrants and other illegal foreigners "
    "living in Pakistan",
    "acc": "all of the 800,000 Afghans holding Afghan Citizen Cards (ACCs) residing in Pakistan",
    "por": "over 1.3 million Afghan nationals holding Proof of Registration Cards (PoRs)",
}
LONG_OBJECT = (
    "The UN agency urged the government to reconsider its decision to expel {people} after {date}.",
    "Pakistan will deport {people} after {date}, the interior ministry said.",
    "Officials said the government would begin expelling {people} from {date}.",
)


def test_an_act_before_a_long_phrase_of_people_grid(seed_corpus):
    failures = []
    for order in ("ifrp_phase1", "ifrp_phase2_acc", "ifrp_phase3_por"):
        deadline = seed_corpus.ledger.deadlines[order]
        when = _soon_after(deadline)
        start = deadline.enforcement_from or deadline.date
        for template in LONG_OBJECT:
            after = template.count("after") > 0
            right = deadline.date if after else start
            wrong = right + dt.timedelta(days=14)
            for value, bad in ((wrong, True), (right, False)):
                text = template.format(
                    people=LONG_PEOPLE[deadline.targets[0]], date=month_day(value)
                )
                found = [c for c, _, _ in reported(seed_corpus, text, when)]
                if bool(found) != bad:
                    failures.append((text, when, found))
    assert failures == []


@pytest.mark.parametrize(
    "text",
    [
        # a report of what was done, not the order
        "Police detained over 200 Afghan nationals holding Proof of Registration Cards (PoRs) "
        "after {date}.",
        # the act in another clause
        "The government decided to expel them, and over 1.3 million Afghan nationals holding "
        "Proof of Registration Cards (PoRs) met officials after {date}.",
    ],
)
def test_an_act_before_a_long_phrase_of_people_look_alikes(seed_corpus, text):
    assert _reported_two_weeks_late(seed_corpus, "ifrp_phase3_por", text) == []
