"""A deadline for an administrative step is not the documents' validity (issue 11, round 27):
"urged refugees who hold cards that have expired by <date> … to approach their nearest
registration centre, before the deadline of <date>" names the last day to collect renewed cards,
not the day the cards expire (dev news-r26-dr-022, clean). The expiry wording belongs to the
people's old cards, in a relative clause; the deadline's own purpose is another step (collect,
apply, pick up, approach a centre). A cut-off so told no longer names the validity chain. The
cards' validity or a deadline to leave the country is still judged.

A verb ending in "-ly" after "to" ("to apply for", "to comply with") is the purpose's verb, not
an adverb before it ("to strictly enforce"): "to apply for new cards" is another purpose too.

The seed ledger's PoR validity chain: on 1 October 2014 the link in force ran to 31 December
2015.
"""

import pytest

from .deadlines_support import codes

WHEN = "2014-10-01"

ADMINISTRATIVE_STEPS = (
    "UNHCR urged registered Afghans whose PoR cards had expired at the end of 2012 to visit a "
    "registration centre and pick up new cards before the deadline of 15 November 2014.",
    "Registered Afghan refugees holding PoR cards that expired in 2012 have been told to apply "
    "for new ones before the 15 November 2014 deadline.",
    "Registered Afghan refugees whose PoR cards expired in 2012 were asked to collect "
    "replacement cards before the deadline of 15 November 2014.",
)
STILL_JUDGED = (
    "The PoR cards of registered Afghan refugees, which expired in 2012, have been extended to "
    "15 November 2014.",
    "The PoR cards of registered Afghan refugees expire on 15 November 2014.",
    "Registered Afghan refugees whose PoR cards expired must leave Pakistan before the deadline "
    "of 15 November 2014.",
)


@pytest.mark.parametrize("text", ADMINISTRATIVE_STEPS)
def test_an_administrative_steps_deadline_is_not_the_cards_validity(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []


@pytest.mark.parametrize("text", STILL_JUDGED)
def test_the_cards_validity_and_a_leave_deadline_are_still_judged(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == ["NL101"]


def test_the_recorded_validity_is_silent(seed_corpus):
    text = "The PoR cards of registered Afghan refugees expire on 31 December 2015."
    assert codes(seed_corpus, text, WHEN) == []
