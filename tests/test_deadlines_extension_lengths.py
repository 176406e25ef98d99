"""The length of an extension is not an order's first window: "extended for a year", "another
six months" is judged by a chain's link in force, never by the "30 days to leave" the first
order gave; an order with no extension on record says nothing of its length, and nor does
another order when the clause names one that cannot judge it. The first window itself
("given 60 days to leave") is still judged."""

import pytest

from .deadlines_support import codes

# Undocumented foreigners in October 2023: the order's first window is on record (28 or 30
# days), no extension of it is.
EXTENSIONS_WITHOUT_A_LINK = (
    "The deadline for undocumented Afghans was extended by two months, officials said.",
    "Pakistan extended the deadline for illegal immigrants by a year.",
    "Illegal immigrants were granted a 90-day extension to leave the country.",
    "The government gave undocumented foreigners another six months to leave.",
    "Pakistan on Wednesday extended for a year the stay of Afghans living illegally.",
)


@pytest.mark.parametrize("text", EXTENSIONS_WITHOUT_A_LINK)
def test_an_extension_length_is_not_the_first_window(seed_corpus, text):
    assert codes(seed_corpus, text, "2023-10-20") == []


@pytest.mark.parametrize(
    "text",
    [
        "Undocumented Afghans were given 60 days to leave the country.",
        "Pakistan issued a 60-day deadline for illegal immigrants to leave the country.",
        "Illegal immigrants have a 60-day window to leave Pakistan.",
    ],
)
def test_the_first_window_is_still_judged(seed_corpus, text):
    assert codes(seed_corpus, text, "2023-10-20") == ["NL101"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the ACC holders' Eid extension ran ten days (a chain's link)
        ("The deadline for ACC holders was extended by a month due to Eid.", "2025-04-03"),
        ("ACC holders were granted a 30-day extension to leave the country.", "2025-04-03"),
    ],
)
def test_a_link_still_judges_an_extension_length(seed_corpus, text, date):
    assert codes(seed_corpus, text, date) == ["NL101"]


@pytest.mark.parametrize(
    "text",
    [
        # the clause names the undocumented first (their order has no link), the ACC
        # holders' order with its ten-day link second: nothing certain is said
        "As part of the Illegal Foreigners Repatriation Plan, the deadline for illegal "
        "foreigners was later extended by one month.",
        "Under the Illegal Foreigners Repatriation Plan, illegal foreigners were later granted "
        "a one-month extension.",
        "Under the IFRP, the deadline for undocumented Afghans was extended by a month.",
    ],
)
def test_the_best_order_cannot_judge_the_length(seed_corpus, text):
    assert codes(seed_corpus, text, "2025-04-18") == []
