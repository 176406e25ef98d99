"""NL301: a departure "from Iran and Pakistan" counts the ledger country's people (GitHub issue
11).

"... were sent back from Iran" is another country's people, whose name the ledger country's
groups do not judge; joined to the ledger's own country ("from Iran and Pakistan", "from Iran,
Pakistan") the people include that country's, so their name is judged as any other. Found on
the round-15 blind split, opened (an edited passage's "undocumented refugees have returned
from Iran and Pakistan"; that item is dated after the PoR holders' papers lapsed, so it stays
clean by NL301's documented boundary, as its label says).

The sentences are invented; the groups and days are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2025-05-09"


@pytest.mark.parametrize(
    "text",
    [
        "Some 33,000 undocumented Afghan refugees were sent back from Iran and Pakistan last"
        " month.",
        "Over two million undocumented refugees have returned from Iran and Pakistan since"
        " September 2023.",
        "Thousands of illegal Afghan refugees were deported from Iran, Pakistan and Turkey.",
    ],
)
def test_a_departure_joined_to_the_ledger_country(seed_corpus, text):
    assert found(seed_corpus, text, DAY) == ["NL301"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Some 33,000 undocumented Afghan refugees were sent back from Iran last month.", DAY),
        ("Over two million undocumented Afghans have returned from Iran and Pakistan.", DAY),
        (
            "Over two million undocumented refugees have returned from Iran and Pakistan since"
            " September 2023.",
            "2025-08-09",
        ),
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text, day):
    assert found(seed_corpus, text, day) == []
