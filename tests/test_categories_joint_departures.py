"""NL301: two readings of where and when a sentence's refugees are (GitHub issue 11).

* "since <month year>": a sentence that tells of the time from a month on ("... have returned
  since September 2023") speaks of that month too, so wording that fuses the groups then is
  judged as of then, not excused by the lapse of the PoR holders' papers (June 30, 2025) or
  the end of their stay (August 31, 2025) that came later. A "since" after those days, or
  no time named, leaves the draft's day.
* a departure "from Iran and Pakistan": the people include the ledger country's, so their
  name is judged; "from Iran" alone is another country's people, as before.

Found on the round-15 blind split, opened (an edited wire passage: "over two million
undocumented refugees have returned from Iran and Pakistan since September 2023").

The sentences are invented; the groups and days are the ledger's.
"""

import pytest

from .test_categories_reading import found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Over two million undocumented refugees have returned to Afghanistan since"
            " September 2023.",
            "2025-08-09",
        ),
        (
            "Pakistan has deported thousands of illegal Afghan refugees since November 2023.",
            "2025-10-01",
        ),
        (
            "Some 33,000 undocumented Afghan refugees were sent back from Iran and Pakistan"
            " last month.",
            "2025-05-09",
        ),
        (
            "Over two million undocumented refugees have returned from Iran and Pakistan since"
            " September 2023.",
            "2025-08-09",
        ),
    ],
)
def test_wording_judged_as_of_the_time_told(seed_corpus, text, day):
    assert found(seed_corpus, text, day) == ["NL301"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Over two million undocumented refugees have returned to Afghanistan.", "2025-08-09"),
        (
            "Over two million undocumented Afghans have returned since September 2023.",
            "2025-08-09",
        ),
        ("Illegal Afghan refugees have been deported since September 2025.", "2025-10-01"),
        (
            "Some 33,000 undocumented Afghan refugees were sent back from Iran last month.",
            "2025-05-09",
        ),
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text, day):
    assert found(seed_corpus, text, day) == []
