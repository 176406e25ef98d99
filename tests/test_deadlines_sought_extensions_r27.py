"""An extension worked for is not one decided (issue 11, round 27): "the Afghan government is in
contact with the Pakistani officials to extend the stay of the registered refugees by one year
or at least six months" tells what Kabul seeks, not an extension on record (dev news-r26-dr-025,
clean). A word of working towards an extension ("in contact with", "working with", "negotiating",
"in a bid to") before an infinitive of extending makes its length a proposal, as a word of
asking does; a decision told before the value ("decided to extend", "extended … after talks")
still makes it the extension, judged against the record.

The seed ledger's PoR validity chain: in January 2018 the latest link ran from 31 December 2017
to 31 January 2018 (one month), so "by one year" is a wrong window when decided.
"""

import pytest

from .deadlines_support import codes

WHEN = "2018-01-09"

SOUGHT = (
    "Kabul is working with Islamabad to extend the stay of registered Afghan refugees by one "
    "year, an Afghan official said.",
    "Afghan diplomats are negotiating with Pakistan to prolong the stay of registered refugees "
    "by two years.",
    "The refugees ministry said it was in touch with Pakistani authorities to extend the stay "
    "of the registered Afghans by a year.",
)
DECIDED = (
    "Pakistan extended the stay of the registered refugees by one year on Monday.",
    "After talks with Kabul, Pakistan extended the stay of the registered refugees by one year.",
    "Pakistan, in contact with Kabul, decided to extend the stay of the registered refugees by "
    "one year.",
)


@pytest.mark.parametrize("text", SOUGHT)
def test_an_extension_worked_for_is_no_extension_on_record(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []


@pytest.mark.parametrize("text", DECIDED)
def test_an_extension_decided_is_still_judged(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == ["NL101"]
