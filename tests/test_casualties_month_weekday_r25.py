"""NL201, round 25's casualties hunt (r23 hunt hc-029): a count whose sentence dates its event
by a month ("in late August", "in early March") is not sourced by a credited sentence telling a
weekday's event ("in Sunday's blast"): a weekday names a day of the draft's week, another event.
The same credited sentence with no day, or a weekday only for when it was said, is judged as
before.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "The market bombing in early March killed 40 shoppers in the old city. Police said the "
        "blast on Sunday destroyed a mosque nearby.",
        "The bridge collapse in late July killed 22 commuters on the river road. A hospital "
        "official said it treated nine people hurt in Tuesday's collapse.",
    ],
)
def test_a_weekdays_event_is_not_a_months_event(seed_corpus, text):
    assert fires(seed_corpus, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "The market bombing in early March killed 40 shoppers in the old city. Police said the "
        "blast destroyed a row of shops in the market.",
        "A bomb killed 40 shoppers in the old city market on Friday. Police said the blast on "
        "Friday destroyed a row of shops.",
    ],
)
def test_no_other_day_keeps_the_credit(seed_corpus, text):
    assert fires(seed_corpus, text) == []
