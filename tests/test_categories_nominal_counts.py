"""NL301: a count whose people a status adjective alone names ("one million unregistered").

"Pakistan hosts three million Afghan refugees, including 1.6 million registered and one million
unregistered": a count followed by a group's adjective and nothing more ("one million
unregistered", "800,000 undocumented") counts that group's people, as "one million who are
unregistered" does; listed among "refugees", the undocumented are counted as refugees. The
registered part of refugees, or an adjective that goes on to a noun or a place ("800,000
undocumented Afghans", "registered in 2017"), is read as before.

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2017-05-11"


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan hosts around three million Afghan refugees, including 1.6 million registered "
        "and one million unregistered.",
        "Pakistan hosts around three million Afghan refugees, including one million unregistered.",
        "Pakistan hosts around three million Afghan refugees including about one million "
        "undocumented, officials said.",
        "Around three million Afghan refugees live in Pakistan, including one million "
        "undocumented and 1.6 million registered.",
        # "including" with no comma before it opens the parts too
        "Pakistan hosts around three million Afghan refugees including one million who are "
        "unregistered.",
    ],
)
def test_an_unregistered_count_listed_among_refugees(seed_corpus, text):
    assert "NL301" in found(seed_corpus, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # the refugees' own registered part
        "Pakistan hosts around three million Afghans, including 1.6 million registered.",
        # the whole is no group: the undocumented are among Afghans
        "Pakistan hosts around three million Afghans, including 1.6 million registered and one "
        "million unregistered.",
        # groups side by side, each with its own noun
        "Pakistan hosts 1.4 million registered Afghan refugees and one million undocumented "
        "Afghans.",
        # a part of no group
        "Pakistan hosts 1.4 million registered Afghan refugees including 500,000 children.",
        "Pakistan hosts 1.4 million Afghan refugees including 500,000 registered in Punjab.",
        # the adjective goes on: not the people's only name
        "Pakistan hosts around three million Afghans, including one million unregistered in "
        "Karachi.",
    ],
)
def test_look_alikes_stay_silent(seed_corpus, text):
    assert "NL301" not in found(seed_corpus, text, DAY)
