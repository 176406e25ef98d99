"""A document's last valid day told as "will no longer be valid after <date>" or "with a
validity date of <date>" (issue 11, round 20: dev news-r19-dl-005 and news-r19-dm-004, edited
passages that gave the end of a card-renewal drive as the cards' validity). Both are read as
"valid until <date>", an expiry the validity chain judges. Look-alikes: "valid after <date>"
without a negation (a start), "the date of the meeting" (no validity).

The seed ledger's PoR validity chain: from July 2013 its link in force ran to 31 December 2015.
"""

import pytest

from .deadlines_support import codes

FORMS = (
    "The PoR cards of registered Afghan refugees will no longer be valid after {date}.",
    "NADRA has delivered new PoR cards with a validity date of {date} to registered Afghan "
    "refugees, the UN refugee agency said.",
    "The Proof of Registration cards of registered refugees will not be valid after {date}.",
)
LOOK_ALIKES = (
    "New PoR cards for registered Afghan refugees will be valid after {date}.",
    "Registered Afghan refugees met officials on the date of {date}, the agency said.",
)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("date", "wrong"), [("December 31, 2015", False), ("December 31, 2014", True)]
)
def test_a_validity_end_is_judged(seed_corpus, form, date, wrong):
    expected = ["NL101"] if wrong else []
    assert codes(seed_corpus, form.format(date=date), "2014-05-06") == expected


@pytest.mark.parametrize("form", LOOK_ALIKES)
def test_a_date_of_no_validity_end_is_silent(seed_corpus, form):
    assert codes(seed_corpus, form.format(date="December 31, 2014"), "2014-05-06") == []
