"""A length given as a range ("a three to six-month extension", "two to three months") is a
length not yet decided, like "for six months or one year": nothing to compare, so no NL101
against the link of the PoR validity chain in force (dev news-r11-dl-015 was a false alarm).
A single length, or a date after "to" ("from March 31 to June 30", "by three months to …"),
is still compared. The chain's links come from the loaded seed ledger."""

import datetime as dt

import pytest

from .deadlines_support import announced_links, codes, full_day


def _last_link(corpus) -> tuple[str, dt.date]:
    """A text date after the latest announced link of the chain, and that link's cut-off."""
    when, right = announced_links(corpus, "por_validity_chain")[-1]
    return when.isoformat(), right


RANGES = (
    "The government is considering a {low} to {high}-month extension for PoR card holders.",
    "Officials proposed a {low} to {high} month extension of PoR cards, he said.",
    "PoR card holders may get an extension of {low} to {high} months, the ministry said.",
    "The cabinet will decide on a {low}–{high} month extension for Proof of Registration "
    "card holders.",
)
LENGTHS = (("three", "six"), ("two", "three"), ("four", "five"))


@pytest.mark.parametrize("shape", RANGES)
def test_a_range_of_lengths_is_not_compared(seed_corpus, shape):
    when, _ = _last_link(seed_corpus)
    for low, high in LENGTHS:
        assert codes(seed_corpus, shape.format(low=low, high=high), when) == [], (low, high)


@pytest.mark.parametrize(
    "text",
    [
        # one length, not a range: the link in force records a year
        "The government granted a six-month extension for PoR card holders last year.",
        "Last year PoR card holders were given a three-month extension, the ministry said.",
        # a date after "to" is the new cut-off, not the top of a range
        "PoR cards were extended from {old} to {wrong}.",
        "The government extended PoR cards by three months to {wrong}.",
    ],
)
def test_a_single_length_or_date_is_still_compared(seed_corpus, text):
    when, right = _last_link(seed_corpus)
    wrong = right + dt.timedelta(days=92)
    old = right - dt.timedelta(days=365)
    filled = text.format(old=full_day(old), wrong=full_day(wrong))
    found = codes(seed_corpus, filled, when)
    assert found and set(found) == {"NL101"}  # "by three months to …": both may be wrong
