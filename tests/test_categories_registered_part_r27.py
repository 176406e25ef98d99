"""NL301 on a whole called refugees of which only a part is registered (GitHub issue 11,
round 27).

"3.7 million Afghan refugees, only 1.3 million of whom are registered" leaves the rest, still
called refugees, without the registration that makes a refugee (test_categories_remainders:
a whole of another population's size). The same holds of a whole the ledger gives no size
to: a city's or a province's people ("500,000 Afghan refugees live in Karachi, out of which
only 200,000 are registered"), or a national number that is no size of any one group, with
"only" before the part; and of a whole referred back to by its repeated number ("Out of 2.5
million, ..."), as "Of these" does. A whole of the group's own size, a whole named by a
noun of everyone ("Afghans", "Afghan nationals"), a part that nearly fills the whole, and a
part registered somewhere ("registered in Karachi and the rest in Hyderabad") stay silent.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2012-01-15"
LATER = "2019-03-01"


@pytest.mark.parametrize(
    "text",
    [
        # a local whole: no figure of the group, and no number of the ledger's
        "Officials say some 600,000 Afghan refugees are living in Peshawar, out of which only "
        "250,000 are registered.",
        "About 0.4 million Afghan refugees stay in Quetta of which only 0.1 million are "
        "registered with the UNHCR.",
        "Some 350,000 Afghan refugees live in Mardan, out of which only 120,000 are registered "
        "as refugees.",
        "Nearly 300,000 Afghan refugees reside in the city of Lahore, only 90,000 of whom are "
        "registered.",
        "Around 450,000 Afghan refugees live in Karachi, out of which 150,000 are registered "
        "and 300,000 hold no papers.",
    ],
)
def test_a_local_whole_of_which_only_a_part_is_registered(seed_corpus, text):
    assert "NL301" in found(seed_corpus, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # a national whole of no group's own size, with "only" before the part
        "Pakistan is home to 2.5 million Afghan refugees, only 1.5 million of whom are registered.",
        "Some 2.5 million Afghan refugees are living in Pakistan, out of which only 1.5 million "
        "are registered.",
        # the whole referred back to by its repeated number
        "Pakistan is home to nearly 2.4 million Afghan refugees. Out of 2.4 million, 1.4 "
        "million are registered and one million lack documents.",
        "Pakistan is home to nearly 2.4 million Afghan refugees. Of the 2.4 million, about 1.4 "
        "million are registered while a million have no papers.",
    ],
)
def test_a_whole_of_no_own_size_or_referred_back_by_its_number(seed_corpus, text):
    assert "NL301" in found(seed_corpus, text, LATER)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a whole named by a noun of everyone
        ("Some 600,000 Afghans are living in Peshawar, out of which only 250,000 are "
         "registered refugees.", DAY),
        ("Some 600,000 Afghan nationals are living in Peshawar, only 250,000 of whom are "
         "registered.", DAY),
        # another group's whole
        ("Some 600,000 ACC holders live in Peshawar, only 250,000 of whom are registered.",
         DAY),
        # no count of the part, or a part that nearly fills the whole
        ("Some 600,000 Afghan refugees live in Peshawar, all of them registered.", DAY),
        ("Some 600,000 Afghan refugees live in Peshawar, 550,000 of whom are registered.", DAY),
        # a part that is no registration of theirs, or registered somewhere
        ("Some 600,000 Afghan refugees live in Peshawar, only 250,000 of whom are registered "
         "voters.", DAY),
        ("Some 600,000 Afghan refugees live in Peshawar, only 250,000 of whom are children.",
         DAY),
        ("Some 600,000 Afghan refugees live in Peshawar, out of which 250,000 are registered "
         "in Peshawar and the rest in Mardan.", DAY),
        # a registration of another kind or group, or by someone unnamed
        ("Some 600,000 Afghan refugees live in Peshawar, out of which only 250,000 are "
         "registered as voters.", DAY),
        ("Some 600,000 Afghan refugees live in Peshawar, out of which only 250,000 are "
         "registered by NADRA as ACC holders.", DAY),
        ("Some 600,000 Afghan refugees live in Peshawar, out of which only 250,000 are "
         "registered with the police.", DAY),
        # a whole of the group's own size (test_categories_remainders)
        ("Pakistan hosts 1.4 million Afghan refugees, only 800,000 of whom are registered.",
         LATER),
        # a repeated number that is not the whole's
        ("Pakistan is home to 2.4 million Afghan refugees. Out of 2.3 million, 1.4 million are "
         "registered and one million lack documents.", LATER),
        # a national whole of no own size without "only": the rule leaves it
        ("Pakistan is home to 2.5 million Afghan refugees, 1.5 million of whom are registered "
         "in Khyber Pakhtunkhwa.", LATER),
    ],
)  # fmt: skip
def test_look_alikes(seed_corpus, text, date):
    assert "NL301" not in found(seed_corpus, text, date)
