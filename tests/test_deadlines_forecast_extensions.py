"""An extension told as a forecast, not decided (issue 11, round 20): "refugees are likely to
get another extension, and it may be till …", "are expected to be granted an extension until
…" is what someone foresees, not a link of the validity chain (dev news-r19-dl-014, a clean
passage: officials' guess of a later end). A word of forecasting before the value, with no
decision told between them, makes it no cut-off claim; one after the value ("… given an
extension until …, after which they are expected to return") leaves the decision judged.

The seed ledger's PoR validity chain: in late May 2016 the link in force ran to 30 June 2016,
a later link to 31 December 2017 (so that date is "an end the record sets only later").
"""

import pytest

from .deadlines_support import codes

WHEN = "2016-05-27"

FORECASTS = (
    "It is believed that registered Afghan refugees are likely to get another extension, and "
    "this time it may be till December 31, 2017, officials said.",
    "Registered Afghan refugees are expected to be granted one more extension of their PoR "
    "cards until December 31, 2017, sources said.",
    "Officials anticipate a further extension of the PoR cards of registered refugees to "
    "December 31, 2017.",
)
DECIDED = (
    "Registered Afghan refugees got another extension of their PoR cards, this time till "
    "December 31, 2017, officials said.",
    "The government extended the PoR cards of registered refugees till December 31, 2017, "
    "after which they are expected to return home.",
)


@pytest.mark.parametrize("text", FORECASTS)
def test_a_forecast_extension_is_no_claim(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []


@pytest.mark.parametrize("text", DECIDED)
def test_a_decided_extension_is_still_judged(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == ["NL101"]
