"""People's stay extended, in other words than the ledger's (issue 11, round 17): "the Pakistani
cabinet agreed to prolong the refugees' stay until June 30, 2025" (dev news-r5-dl-003) named
nothing: "to prolong" was read as another purpose than the deadline's (only the ledger's own
"extend" was not), and "the refugees' stay" was no stay noun (only "the stay", "their stay").
A verb of extending is the deadline's own change, never another purpose, and a possessive
makes "stay" a noun, so the extended stay of people named in general is their documents'
validity chain's link.

Links come from the seed ledger's PoR validity chain: each link with a new end, in a text
written five days after it was announced: the new end stays silent, eleven weeks later is
reported.
Look-alikes: a delegation prolonging its own stay, an agreement to postpone talks.
"""

import datetime as dt

import pytest

from .deadlines_support import codes, full_day

CHAIN = "por_validity_chain"

FORMS = (
    "The cabinet agreed to prolong the refugees' stay until {date}.",
    "The cabinet agreed to prolong the stay of Afghan refugees until {date}.",
    "Officials decided to extend the Afghan refugees’ stay in Pakistan until {date}.",
)
LOOK_ALIKES = (
    "The visiting delegation agreed to prolong its stay in Kabul until {date}.",
    "The two sides agreed to postpone the talks on refugees until {date}.",
)


@pytest.fixture
def links(seed_corpus) -> list[tuple[str, dt.date]]:
    found = []
    for link in seed_corpus.ledger.deadlines[CHAIN].chain():
        if link.announced is not None and link.date is not None:
            found.append(((link.announced + dt.timedelta(days=5)).isoformat(), link.date))
    assert found
    return found


def _later(day: dt.date) -> dt.date:
    """Eleven weeks after a recorded end: no end on record."""
    return day + dt.timedelta(days=75)


def test_an_extended_stay_is_the_validity_chain(seed_corpus, links):
    for when, end in links:
        for form in FORMS:
            assert codes(seed_corpus, form.format(date=full_day(end)), when) == [], (when, form)
            wrong = form.format(date=full_day(_later(end)))
            assert codes(seed_corpus, wrong, when) == ["NL101"], (when, wrong)


def test_look_alikes_stay_silent(seed_corpus, links):
    for when, end in links:
        for form in LOOK_ALIKES:
            text = form.format(date=full_day(_later(end)))
            assert codes(seed_corpus, text, when) == [], (when, text)
