"""NL302 on a number of the people of two countries together (GitHub issue 11, round 23:
false-alarm risk of real reporting). A count of registered Afghan refugees "hosted by the
Islamic Republics of Iran and Pakistan" sums both countries' refugees: it is no size of the
ledger country's group, whatever figure of another group it happens to match. The same
number placed in the ledger's country alone, or two countries joined for anything but the
people's place, is still compared.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-04-10"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # two countries joined as the people's place: a sum of both, not compared
        (
            "Some 2.2 million registered Afghan refugees are sheltered by the governments of "
            "Pakistan and Iran.",
            [],
        ),
        ("In Pakistan and Iran, 2.1 million registered Afghan refugees wait for news of home.", []),
        ("Nearly 2.1 million registered Afghan refugees live in Pakistan and Iran.", []),
        ("Iran and Pakistan host more than 2.1 million registered Afghan refugees.", []),
        # the ledger's country alone, or two countries that are no place of the people: compared
        (
            "Some 2.2 million registered Afghan refugees are sheltered by the government of "
            "Pakistan.",
            ["NL302"],
        ),
        ("Pakistan hosts 2.1 million registered Afghan refugees, more than Iran.", ["NL302"]),
        (
            "Pakistan and Iran have agreed that 2.1 million registered Afghan refugees will stay "
            "in Pakistan.",
            ["NL302"],
        ),
    ],
)
def test_a_number_of_two_countries_people(seed_corpus, text, codes):
    assert found(seed_corpus, text, DAY) == codes
