"""A deadline to renew documents is not their validity (issue 11, round 20): "urged registered
Afghans to get their PoR cards renewed before the deadline of February 28" names the last day
of a renewal drive, not the day the cards expire (dev news-r19-dm-002, a clean passage; the
ledger records the drive as an event, not a cut-off). A cut-off ("deadline", "by", "before")
whose only validity wording is renewing no longer names the validity chain; one told with the
cards' validity or expiry ("expire on …", "renewed until …") still does.

The seed ledger's PoR validity chain: in February 2011 the link in force ran to 31 December
2012.
"""

import pytest

from .deadlines_support import codes

WHEN = "2011-02-25"

RENEWAL_DEADLINES = (
    "The registration authority urged all registered Afghans to get their PoR cards renewed "
    "before the deadline of March 15.",
    "Registered Afghans must renew their Proof of Registration cards by March 15, officials said.",
    "The deadline for the renewal of PoR cards of registered refugees is March 15.",
)
VALIDITY = (
    "The PoR cards of registered Afghans were renewed until March 15, 2011.",
    "The PoR cards of registered Afghan refugees will expire on March 15, 2011, and holders "
    "must renew them before then.",
)


@pytest.mark.parametrize("text", RENEWAL_DEADLINES)
def test_a_renewal_deadline_is_not_the_cards_validity(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []


@pytest.mark.parametrize("text", VALIDITY)
def test_the_cards_validity_is_still_judged(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == ["NL101"]
