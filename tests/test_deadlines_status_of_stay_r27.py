"""A status told with a stay is what people become, not who they are (issue 11, round 27):
"Pakistan's government had previously set a March 31 deadline, after which Afghan refugees would
have been deemed to be staying in Pakistan illegally" gives the registered refugees' deadline;
"staying … illegally" after "deemed to be" is the status they would get past it, not the
undocumented group (dev news-r19-dm-028, edited: the PoR cards ran to 30 June 2016 then).
A status verb in a passive ("deemed", "considered", "treated as") before a participle of
staying, a country's name and the adverb now makes the adverb a status, as it already did for
"treated as illegal aliens". People described as staying illegally without a status verb are
still the undocumented group.

The seed ledger's PoR validity chain: in July 2016 the link in force ran to 31 December 2016
(from 30 June 2016); in October 2023 undocumented foreigners had until 1 November 2023.
"""

import pytest

from .deadlines_support import codes

WHEN = "2016-07-15"

STATUS_AFTER_THE_DEADLINE = (
    "Pakistan had set a March 31 deadline, after which Afghan refugees would be considered to be "
    "living in the country illegally.",
    "Pakistan had earlier set March 31 as the deadline, after which Afghan refugees would be "
    "deemed to be residing in Pakistan illegally.",
    "The government had fixed a March 31 deadline, after which Afghan refugees would be regarded "
    "as staying in the country illegally.",
)
RIGHT_VALUE = (
    "Pakistan had set a December 31 deadline, after which Afghan refugees would be considered to "
    "be living in the country illegally.",
)
UNDOCUMENTED_STILL = (
    "Foreigners staying in Pakistan illegally must leave by November 15.",
    "Foreigners deemed to be staying in Pakistan illegally must leave by November 15.",
)


@pytest.mark.parametrize("text", STATUS_AFTER_THE_DEADLINE)
def test_a_status_after_the_deadline_leaves_the_refugees_deadline(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == ["NL101"]


@pytest.mark.parametrize("text", RIGHT_VALUE)
def test_the_recorded_value_is_silent(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []


@pytest.mark.parametrize("text", UNDOCUMENTED_STILL)
def test_people_staying_illegally_are_still_the_undocumented(seed_corpus, text):
    assert codes(seed_corpus, text, "2023-10-10") == ["NL101"]
