"""NL302: a forecast of people leaving is a flow (round-14 false-alarm hunt, class F2).

"Aid agencies estimate that more than 1.6 million Afghan refugees will return from Pakistan
this year" counts people expected to move, not the size of the group it names: a modal of
prediction before a verb of departure in its base form, active, is a movement, as "have
returned" is. What an order demands ("must leave"), what it will do to a group ("will be
deported") and a future that is no movement ("will remain") still give the group's size. The
sentences are invented; groups, figures and dates are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2025-03-10"

SUBJECTS = ("more than 1.6 million Afghan refugees", "some 800,000 PoR card holders")
FORECASTS = ("will return", "could leave", "may go back", "would return")


@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize("forecast", FORECASTS)
def test_a_forecast_of_departures_is_no_group_size(seed_corpus, subject, forecast):
    text = f"Aid agencies estimate that {subject} {forecast} to Afghanistan this year."
    assert found(seed_corpus, text, DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "About 800,000 registered refugees will remain in the country after June.",
        "Some 800,000 PoR card holders live in Pakistan.",
        "Officials said 800,000 PoR card holders will be deported by the end of the year.",
        "Officials said 800,000 PoR card holders must leave by the end of the year.",
    ],
)
def test_a_size_an_order_or_a_stay_gives_still_fires(seed_corpus, text):
    # 800,000 is the ACC holders' count in 2025, not the registered refugees'
    assert found(seed_corpus, text, DAY) == ["NL302"]
