"""The last day of a notice or grace period whose length stands right before it (issue 11,
round 27, deadlines edit hunt): "will be allowed a “grace period” of 25 days, from <date> to
<date>, to return" gives the last day of the time granted, a cut-off as "until <date>" is. A
span of days that is no notice or grace period ("spent a span of 25 days, from … to …, in the
holding centre" is a period, but of detention: only a window noun right before "of" counts) and
the right last day stay silent.

The seed ledger: in August 2025 PoR holders were given a grace period from 4 to 31 August 2025,
with deportations from 1 September 2025 (IFRP phase 3).
"""

import pytest

from .deadlines_support import codes

WHEN = "2025-08-06"

WRONG = (
    "PoR card holders will get a grace period of 25 days, from August 4 to August 21, to go "
    "back to Afghanistan voluntarily, the provincial home department said.",
    "Proof of Registration card holders were given a “grace period” of 25 days, from 4 August "
    "to 20 August, to return home, an official said.",
)
QUIET = (
    "PoR card holders will get a grace period of 25 days, from August 4 to August 31, to go "
    "back to Afghanistan voluntarily, the provincial home department said.",
    "Detained PoR card holders spent a span of 25 days, from August 4 to August 21, in the "
    "holding centre before their return, an official said.",
)


@pytest.mark.parametrize("text", WRONG)
def test_a_wrong_last_day_of_a_grace_period_is_found(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == ["NL101"]


@pytest.mark.parametrize("text", QUIET)
def test_the_right_last_day_and_other_spans_stay_silent(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []
