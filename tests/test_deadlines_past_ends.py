"""A validity's past end told as holding now (issue 11, round 17): "Under this decision, refugees
with PoR cards can remain in Pakistan until June 30, 2024" the day after the cabinet extended
the cards to June 2025 gives the end that extension replaced (dev news-r16-dm-008, an edited
passage). A chain accepted every date it ever recorded; a stay or validity told in the present
("can remain until", "are valid until", "beyond the current expiry date of": dev
news-r15-dm-007), dated with its year before the text's date while the link in force then runs
past it, is now reported. "can remain until" names the validity as
"can stay until" does.

Links come from the seed ledger's PoR validity chain: each link with a later end, in a text
written five days after it was announced; the link's own end stays silent, the end it replaced
is reported, and the new end without its year stays silent. Look-alikes: the same end told in
the past ("were valid until", "could stay until") or negated, and talks, stay silent.
"""

import datetime as dt
import itertools

import pytest

from .deadlines_support import codes, full_day, month_day

CHAIN = "por_validity_chain"

PRESENT = (
    "Under this decision, refugees with PoR cards can remain in Pakistan until {date}.",
    "Proof of Registration cards are valid until {date}, officials said.",
    "Extend the validity of PoR cards for registered refugees beyond the current expiry date of "
    "{date}, the group urged.",
)
LOOK_ALIKES = (
    "Under the earlier decision, PoR cards were valid until {date}.",
    "Refugees with PoR cards could stay in Pakistan until {date} under the old notification.",
    "Talks on the return of refugees can continue until {date}.",
    "The cards were extended beyond their previous expiry date of {date}.",
)


@pytest.fixture
def links(seed_corpus) -> list[tuple[str, dt.date, dt.date]]:
    """(text date, the end the link replaced, its new end) of each extension with a new end
    still ahead five days after it was announced."""
    found = []
    for link in seed_corpus.ledger.deadlines[CHAIN].chain():
        if None in (link.announced, link.date, link.previous):
            continue
        when = link.announced + dt.timedelta(days=5)
        if link.previous < when < link.date:
            found.append((when.isoformat(), link.previous, link.date))
    assert found
    return found


def test_a_replaced_end_told_as_holding_now_is_reported(seed_corpus, links):
    for when, old, _ in links:
        for form in PRESENT:
            assert codes(seed_corpus, form.format(date=full_day(old)), when) == ["NL101"], (
                when,
                form,
            )


def test_the_end_in_force_is_silent(seed_corpus, links):
    for when, _, new in links:
        for form in PRESENT:
            assert codes(seed_corpus, form.format(date=full_day(new)), when) == [], (when, form)
            yearless = form.format(date=month_day(new))  # the next one: the end in force
            assert codes(seed_corpus, yearless, when) == [], (when, yearless)


def test_past_negated_and_other_look_alikes_stay_silent(seed_corpus, links):
    for when, old, _ in links:
        for form in LOOK_ALIKES:
            assert codes(seed_corpus, form.format(date=full_day(old)), when) == [], (when, form)
        negated = f"Refugees with PoR cards cannot be deported until {full_day(old)}."
        assert codes(seed_corpus, negated, when) == [], when


@pytest.fixture
def next_ends(seed_corpus) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(a link's announcement, the next link's announcement, the next link's new end) of each
    pair of links in the chain."""
    links = [
        link
        for link in seed_corpus.ledger.deadlines[CHAIN].chain()
        if link.announced is not None and link.date is not None
    ]
    links.sort(key=lambda link: link.announced)
    pairs = [(a.announced, b.announced, b.date) for a, b in itertools.pairwise(links)]
    assert pairs
    return pairs


def test_an_end_set_only_months_later_is_reported(seed_corpus, next_ends):
    """An end of a link announced months after the text (dev news-r8-dm-039: "till March 31"
    in November 2023, when the cards had just been extended to December 31)."""
    for announced, later, end in next_ends:
        when = announced + dt.timedelta(days=5)
        if (later - when).days <= 60:
            continue
        for date in (full_day(end), month_day(end)):
            text = PRESENT[1].format(date=date)
            if date == month_day(end) and seed_corpus.ledger.deadlines[CHAIN].accepted_dates() & {
                end.replace(year=when.year)
            }:
                continue  # without its year, the end in force that year may be meant
            assert codes(seed_corpus, text, when.isoformat()) == ["NL101"], (when, text)


def test_an_end_reported_days_before_its_announcement_is_silent(seed_corpus, next_ends):
    for _, later, end in next_ends:
        when = later - dt.timedelta(days=10)
        text = PRESENT[1].format(date=full_day(end))
        assert codes(seed_corpus, text, when.isoformat()) == [], (when, text)
