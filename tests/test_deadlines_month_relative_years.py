"""A month with no day before "next year", "last year" or "this year" ("extended till June next
year", "in March of last year") is a month date whose year is counted from the text's date, as
"June 30 next year" already was: without it the sentence gave no date at all, so a wrong month
for an extension went unread (dev news-r12-dl-061: "till June next year" for an extension to 31
March of the next year). The modal "may" and a month that is part of a fuller date are not
read again.

Dates are read from the loaded ledger, never written in a test."""

import datetime as dt

import pytest

from .deadlines_support import claims, codes


def _months(corpus, text, date):
    return [
        (c.value.date.month, c.value.date.day, c.value.date.year)
        for c in claims(corpus, text, date)
        if c.value.date is not None
    ]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("till June next year", (6, None, 2017)),
        ("till June of next year", (6, None, 2017)),
        ("in March last year", (3, None, 2015)),
        ("by December this year", (12, None, 2016)),
        ("till June 30 next year", (6, 30, 2017)),
    ],
)
def test_a_month_before_a_relative_year_is_a_month_date(seed_corpus, phrase, expected):
    text = f"The government extended the stay of the visitors {phrase}."
    assert _months(seed_corpus, text, "2016-09-10") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The visitors may next year return home.",  # the modal verb
        "The visitors will march next year to the capital.",  # a verb, not a month
        "The visitors came last year.",  # no month at all
    ],
)
def test_no_month_no_date(seed_corpus, text):
    assert _months(seed_corpus, text, "2016-09-10") == []


def _cross_year_link(corpus):
    """(the chain, the text's date, the recorded new end) of a PoR validity link announced in
    the year before its new end: a text written just after it can name the end as "<month>
    next year"."""
    for deadline in corpus.ledger.deadlines.values():
        if "por" not in deadline.targets:
            continue
        for link in deadline.chain() if deadline.steps else ():
            announced, end = link.announced, link.date
            if announced is None or end is None or end.year != announced.year + 1:
                continue
            if announced.month >= 10 or end.month - 3 < 1:
                continue
            return deadline, announced + dt.timedelta(days=1), end
    pytest.skip("the ledger records no validity link announced in the year before its new end")


def test_the_wrong_month_of_an_extension_given_as_next_year_is_reported(seed_corpus):
    deadline, when, end = _cross_year_link(seed_corpus)
    group = "the Proof of Registration cards of Afghan refugees"
    form = "The cabinet extended the validity of {group} till {month} next year."
    right = form.format(group=group, month=f"{end:%B}")
    wrong = form.format(group=group, month=f"{end.replace(month=end.month - 3):%B}")
    assert codes(seed_corpus, right, when.isoformat()) == []
    assert codes(seed_corpus, wrong, when.isoformat()) == ["NL101"], deadline.id
