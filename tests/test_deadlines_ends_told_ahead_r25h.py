"""A validity's end told as still to come with a date the record had replaced (issue 11, round
25, the deadlines hunter; dev news-r25-hdl-008, real: a January 2015 text gives the refugees'
agreement as one that "will come to an end on 31 December 2012", when the cards ran to the end of
2015). "The cards will expire on <an end with its year before the text's date>" says the end is
still ahead, so it is the end the link in force replaced, as "are valid until <that date>" is;
it was read as the history "expired on" tells, which the record accepts. (hdl-008 itself also
needs "come to an end on" read as a verb of ending, which the cue reader does not yet do.)

Cases from the seed ledger: the links of the validity chains whose announcement, replaced end
and new end are recorded; a text five days after a link's announcement.
"""

import datetime as dt

import pytest

from .deadlines_support import codes, full_day

AHEAD = (
    "The Proof of Registration cards of registered Afghan refugees will expire on {date}.",
    "Registered Afghan refugees' Proof of Registration cards are set to expire on {date}.",
    "The PoR cards held by registered refugees will lapse on {date}, officials said.",
)
LOOK_ALIKES = (
    "The Proof of Registration cards of registered Afghan refugees expired on {date}.",
    "The Proof of Registration cards of registered Afghan refugees would expire on {date}, "
    "officials had said.",
    "Registered refugees will be moved to camps as their Proof of Registration cards expired "
    "on {date}.",
    "The government will extend the Proof of Registration cards that expire on {date}.",
)


@pytest.fixture
def links(seed_corpus):
    """(text date, the end the link replaced, the link's new end) of each recorded link."""
    found = []
    for deadline in seed_corpus.ledger.deadlines.values():
        if not deadline.steps:
            continue
        for link in deadline.chain():
            if link.announced and link.previous and link.date and link.date > link.previous:
                when = link.announced + dt.timedelta(days=5)
                if link.previous < when < link.date:
                    found.append((when, link.previous, link.date))
    if not found:
        pytest.skip("the ledger records no validity link with both of its ends")
    return found


def test_a_replaced_end_told_ahead_fires(seed_corpus, links):
    missed = [
        f"{when}: {text}"
        for when, old, _ in links
        for text in (form.format(date=full_day(old)) for form in AHEAD)
        if codes(seed_corpus, text, when.isoformat()) != ["NL101"]
    ]
    assert not missed, missed


def test_the_end_in_force_told_ahead_stays_silent(seed_corpus, links):
    loud = [
        f"{when}: {text}"
        for when, _, new in links
        for text in (form.format(date=full_day(new)) for form in AHEAD)
        if codes(seed_corpus, text, when.isoformat())
    ]
    assert not loud, loud


def test_a_replaced_end_told_as_past_or_of_another_clause_stays_silent(seed_corpus, links):
    loud = [
        f"{when}: {text}"
        for when, old, _ in links
        for text in (form.format(date=full_day(old)) for form in LOOK_ALIKES)
        if codes(seed_corpus, text, when.isoformat())
    ]
    assert not loud, loud
