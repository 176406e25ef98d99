"""NL201: the day a source spoke ("a police official said on Sunday that …", "told reporters
on Monday") is no day of the event it tells: a credited account of the count's attack given
the day after it still sources the count; a day the account gives the event itself (another
day's attack) does not (a fresh page, r16: a night attack reported the next morning).

Invented sentences (never a passage of the news sets).
"""

import pytest

from .casualties_support import fires

COUNT = (
    "Four policemen were martyred when terrorists attacked a police station in the village "
    "late Saturday night."
)


@pytest.mark.parametrize(
    "credit",
    [
        "A police official said on Sunday that the attackers stormed the police station from "
        "two sides.",
        "The district police officer told reporters on Sunday the attackers stormed the police "
        "station from two sides.",
        "Police said in a statement on Sunday that the attackers stormed the police station.",
    ],
)
def test_the_day_a_source_spoke_does_not_make_another_incident(seed_corpus, credit):
    assert fires(seed_corpus, f"{COUNT} {credit}") == []


@pytest.mark.parametrize(
    "credit",
    [
        "A police official said the attackers stormed a police station in the town on Sunday.",
        "A police official said that on Sunday the attackers stormed the police station.",
    ],
)
def test_a_day_of_the_event_told_is_another_incident(seed_corpus, credit):
    assert any("Four policemen" in f for f in fires(seed_corpus, f"{COUNT} {credit}"))
