"""A group's modifier before a word of origin (issue 11, round 16): "asked all undocumented
foreign nationals to leave Pakistan by <day>" names the undocumented, as "undocumented
foreigners" does; "foreign" stopped the reader between the modifier and the word for people,
so the clause was read as people in general and held to every order in force, and a day of
the registered refugees' card validity (another group's) was accepted for it (round-16
mutation diagnostic: four real passages of this shape had their day moved to that validity
date unreported). A lower-case word of origin (``groups_words.ORIGIN_ADJECTIVES``: "foreign",
"afghan") may now stand between the modifier and its head.

Grid (seed ledger, each day read from it): the first repatriation order's cut-off silent; the
registered refugees' validity date in force at the text's date reported. Look-alikes: the same
date for registered refugees' cards, and "foreign" with no group's modifier, stay silent.
"""

import pytest

from .deadlines_support import codes, ledger_order, month_day

ORDER = "ifrp_phase1"
CHAIN = "por_validity_chain"

FORMS = (
    "The government has asked all undocumented foreign nationals to leave Pakistan by {date}.",
    "Pakistan gave illegal foreign residents until {date} to leave the country.",
    "Unregistered foreign nationals must leave the country by {date}, the minister said.",
)
LOOK_ALIKES = ("The government said PoR cards of registered refugees remain valid until {date}.",)


def _days(corpus):
    order = ledger_order(corpus, ORDER, "date", "announced")
    chain = ledger_order(corpus, CHAIN)
    when = order.announced
    later = [d for d in chain.accepted_dates() if d > order.date]
    if not later:
        pytest.skip("the ledger's validity chain records no date after the order's cut-off")
    return order.date, min(later), when.isoformat()


def test_modifier_before_foreign_names_the_group(seed_corpus):
    right, other, when = _days(seed_corpus)
    for form in FORMS:
        assert codes(seed_corpus, form.format(date=month_day(right)), when) == [], form
        assert codes(seed_corpus, form.format(date=month_day(other)), when) == ["NL101"], form


def test_the_other_groups_own_date_stays_silent(seed_corpus):
    _, other, when = _days(seed_corpus)
    for form in LOOK_ALIKES:
        assert codes(seed_corpus, form.format(date=month_day(other)), when) == [], form
