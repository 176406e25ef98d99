"""Whose deadline "the <day> deadline" is, read from the sentence before (issue 11, round 16):
"The repatriation strategy threatens ACC holders and undocumented refugees with immediate
deportation, even jeopardising those awaiting resettlement in third countries. A lawyer has
argued against the legality of the <day> deadline" (round-15 blind miss news-r15-dm-020: the
announcement day given as the cut-off). Two readings of the sentence before changed
(``dates_stale``): a participle phrase set off by a comma at its end ("…, even jeopardising
those awaiting …") names a consequence, not whom the order is for (``main_part``); and among
orders the sentence names equally, the one order for every group it names (its targets, or
groups it also covers on the text's date) is meant (``covers_all``).

Seed ledger (orders read from it), a text three weeks after the card holders' order was
announced: its cut-off silent, its announcement day reported. Look-alike: the third-country
people in the main clause keep their own order (their day silent).
"""

import datetime as dt

from .deadlines_support import codes, ledger_orders, month_day

ORDER, ONWARD = "ifrp_phase2_acc", "third_country_2025_04_30"

BEFORE = (
    "The repatriation strategy threatens ACC holders and undocumented Afghans with immediate"
    " deportation, even jeopardising those awaiting resettlement in third countries.",
    "The plan threatens ACC holders and undocumented Afghans with deportation.",
)
AFTER = "A lawyer has argued against the legality of the {date} deadline, calling it an order."


def _orders(corpus):
    order, onward = ledger_orders(corpus, ORDER, ONWARD)
    return order, onward, (order.announced + dt.timedelta(days=20)).isoformat()


def test_the_deadline_is_the_order_for_the_main_clauses_people(seed_corpus):
    order, _, when = _orders(seed_corpus)
    for before in BEFORE:
        right = f"{before} {AFTER.format(date=month_day(order.date))}"
        wrong = f"{before} {AFTER.format(date=month_day(order.announced))}"
        assert codes(seed_corpus, right, when) == [], right
        assert codes(seed_corpus, wrong, when) == ["NL101"], wrong


def test_people_bound_elsewhere_in_the_main_clause_keep_their_order(seed_corpus):
    _, onward, when = _orders(seed_corpus)
    before = (
        "The strategy threatens Afghans awaiting resettlement in third countries with"
        " deportation, even jeopardising their families."
    )
    text = f"{before} {AFTER.format(date=month_day(onward.date))}"
    assert codes(seed_corpus, text, when) == [], text
