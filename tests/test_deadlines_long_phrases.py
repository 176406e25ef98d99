"""Deadline phrases whose parts stand far apart or are worded unlike the ledger (issue 11,
round 7): a verb of extending that governs its deadline noun across a long complement ("extended
the deadline for Afghans who are waiting to be resettled in a third country … to <date>");
people "who possessed" or "carried" a group's document (so a deadline "for their voluntary
repatriation" that "expired" on the group's last day to leave is theirs, not the cards' expiry).
Values are read from the loaded ledger."""

import datetime as dt

from .deadlines_support import codes, full_day


def _extension(corpus, order: str) -> tuple[dt.date, dt.date]:
    """(announced, new cut-off) of the order's first recorded extension."""
    link = next(link for link in corpus.ledger.deadlines[order].chain() if link.previous)
    return link.announced, link.date


LONG_EXTENSIONS = (
    "The federal cabinet has extended the deadline for Afghans who are waiting to be resettled "
    "in a third country such as Germany or Canada to {date}.",
    "Officials extended the deadline for Afghans awaiting relocation to a third country through "
    "the end of the winter to {date}.",
    "Pakistan has now extended the ultimatum given to the Afghans whose resettlement to a third "
    "country is still pending until {date}, a spokesman said.",
)
EXTENSION_LOOK_ALIKES = (
    # negated, a comma between, another purpose
    "The cabinet did not extend the deadline for Afghans who are waiting to be resettled in a "
    "third country such as Germany or Canada to {date}.",
    "The cabinet extended the deadline for Afghans bound for a third country, who were sent to "
    "camps, to {date}.",
    "Officials extended the deadline for filing applications from lawyers representing Afghans "
    "in a third country to {date}.",
)


def test_an_extension_across_a_long_complement_is_read(seed_corpus):
    announced, new = _extension(seed_corpus, "third_country_resettlement_2023")
    when = (announced + dt.timedelta(days=5)).isoformat()
    wrong = new - dt.timedelta(days=29)
    for form in LONG_EXTENSIONS:
        assert codes(seed_corpus, form.format(date=full_day(wrong)), when) == ["NL101"], form
        assert codes(seed_corpus, form.format(date=full_day(new)), when) == [], form


def test_an_extension_look_alike_stays_silent(seed_corpus):
    announced, new = _extension(seed_corpus, "third_country_resettlement_2023")
    when = (announced + dt.timedelta(days=5)).isoformat()
    wrong = new - dt.timedelta(days=29)
    for form in EXTENSION_LOOK_ALIKES:
        assert codes(seed_corpus, form.format(date=full_day(wrong)), when) == [], form


def test_an_extension_of_another_groups_order_across_a_long_object(seed_corpus):
    announced, new = _extension(seed_corpus, "ifrp_phase2_acc")
    when = (announced + dt.timedelta(days=5)).isoformat()
    text = (
        "The government extended the deadline for the departure of the hundreds of thousands "
        "of Afghan Citizen Card holders still living in Pakistan to {date}."
    )
    assert codes(seed_corpus, text.format(date=full_day(new + dt.timedelta(days=10))), when)
    assert codes(seed_corpus, text.format(date=full_day(new)), when) == []


ENDED_WINDOWS = (
    "The deadline for the voluntary repatriation of Afghans who possess PoR cards expired on "
    "{date}.",
    "The government's deadline for their safe return lapsed on {date}, and police have since "
    "detained Afghans who carried Proof of Registration cards.",
    "Ever since the official deadline for their orderly departure expired on {date}, police "
    "have arrested Afghans who possessed PoR cards.",
)


def test_a_deadline_for_a_qualified_act_that_expired_is_the_orders_last_day(seed_corpus):
    """The order's last day stays silent (it is not read as the cards' expiry), a month
    earlier is reported."""
    order = seed_corpus.ledger.deadlines["ifrp_phase3_por"]
    last = order.date - dt.timedelta(days=1)
    when = (order.date + dt.timedelta(days=20)).isoformat()
    early = last - dt.timedelta(days=31)
    for form in ENDED_WINDOWS:
        assert codes(seed_corpus, form.format(date=f"{last:%B} {last.day}"), when) == [], form
        text = form.format(date=f"{early:%B} {early.day}")
        assert codes(seed_corpus, text, when) == ["NL101"], form


def test_a_deadline_for_another_purpose_that_expired_stays_silent(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase3_por"]
    when = (order.date + dt.timedelta(days=20)).isoformat()
    for text in (
        "The deadline for public comment on the draft expired on July 31.",
        "The deadline for written submissions to the commission expired on July 31.",
    ):
        assert codes(seed_corpus, text, when) == [], text
