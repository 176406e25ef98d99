"""NL102 for an order the ledger does not record: one set by another authority ("Iran had given a
three-month ultimatum to … Afghan refugees to leave", then "… had been asked to leave the
country in six months"). The record holds no value for it, so two windows of one role in
different sentences cannot both be right (dev news-r18-dm-016, an edited second window). Not
two groups' own deadlines, not a change or a round told ("extended … to six months", "its second
deadline", "later"), not one value written twice, not two values set side by side in one
sentence, and never two dates (an unrecorded order's rounds are as often dated apart)."""

import pytest

from .deadlines_support import codes

WHEN = "2011-12-24"
FIRST = "Iran has given registered Afghan refugees a {a} ultimatum to leave the country."
SECOND = (
    "An Iranian news agency reported last week that Afghan families in Iran had been asked to "
    "leave the country in {b}."
)


def test_two_windows_for_one_unrecorded_order_conflict(seed_corpus):
    text = f"{FIRST.format(a='three-month')}\n\n{SECOND.format(b='six months')}"
    assert codes(seed_corpus, text, WHEN) == ["NL102"]


@pytest.mark.parametrize(
    "text",
    [
        # the same window written two ways
        f"{FIRST.format(a='three-month')}\n\n{SECOND.format(b='three months')}",
        # a change told
        f"{FIRST.format(a='three-month')}\n\nIran later extended the deadline for Afghan "
        "families to leave the country to six months.",
        # two groups' own windows
        "Iran has given registered Afghan refugees a three-month ultimatum to leave the "
        "country.\n\nIran has given undocumented Afghans one month to leave the country.",
        # a round among several
        f"{FIRST.format(a='three-month')}\n\nIran's second deadline gave Afghan families six "
        "months to leave the country.",
        f"{FIRST.format(a='three-month')}\n\nIran later asked Afghan families to leave the "
        "country in six months.",
        # two dates of such an order: as often two of its rounds
        "Iran set a March 20 deadline for undocumented Afghans to leave the country.\n\n"
        "Iranian authorities warned undocumented Afghans to leave the country by July 6.",
        # one sentence sets the two side by side
        "Iran has given registered Afghan refugees three months to leave the country, and "
        "undocumented Afghans one month.",
    ],
)
def test_look_alikes_stay_silent(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []
