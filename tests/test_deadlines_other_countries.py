"""Another country's order named by its authority, where the country's name is also a common
word or its authority an office (round 13).

"Turkey's interior ministry said Afghan migrants would be deported after May 31" gave NL101
against Pakistan's order: "Turkey" is an English common word, and the guard that drops a
deadline set by an authority the ledger does not know skipped every common word (so that
"Police" or "Govt" opening a sentence is no country). A capitalised word that is one of the
world's other countries (the shared country list less the ledger's own) now names that
authority even when it is a common word; an office ("foreign office", "home department",
"embassy") is an owner of the order as a ministry is. The grid crosses countries (common words
and not) with frames of an order set or told by their authority, at a wrong day of the first
phase, all silent; the same frames for the ledger's own country and provinces still report it.
"""

from __future__ import annotations

import pytest

from .deadlines_support import codes

WHEN = "2025-03-21"
"""Within the ACC holders' phase (cut-off 31 March 2025): May 31 is nobody's date of it."""
WRONG = "May 31"

FORMS = (
    "{country}'s interior ministry said Afghan migrants would be deported after {date}.",
    "{country}'s foreign office said undocumented Afghans must leave the country by {date}.",
    "{country}'s home department told illegal foreigners to leave by {date}.",
    "{country}'s embassy said Afghan nationals without visas would face deportation from {date}.",
    "{country} has set a {date} deadline for undocumented Afghans to leave the country.",
)

FOREIGN = ("Turkey", "Jordan", "Chad", "Germany", "Iran", "Tajikistan")
"""Countries other than the ledger's: the first three are also English common words."""


@pytest.mark.parametrize("country", FOREIGN)
def test_another_countrys_authority_sets_its_own_order(seed_corpus, country):
    loud = [
        form for form in FORMS if codes(seed_corpus, form.format(country=country, date=WRONG), WHEN)
    ]
    assert loud == []


@pytest.mark.parametrize("owner", ["Pakistan", "Punjab", "Balochistan"])
def test_the_ledgers_own_authorities_still_report(seed_corpus, owner):
    """The ledger's country and provinces are known names: their orders are the ledger's."""
    silent = [
        form
        for form in FORMS[:3]
        if codes(seed_corpus, form.format(country=owner, date=WRONG), WHEN) != ["NL101"]
    ]
    assert silent == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said Afghan migrants would be deported after May 31.",
        "Government officials said undocumented Afghans must leave the country by May 31.",
    ],
)
def test_a_common_word_opening_a_sentence_is_no_country(seed_corpus, text):
    """ "Police", "Government": common words, not a foreign authority; the order is Pakistan's."""
    assert codes(seed_corpus, text, WHEN) == ["NL101"]
