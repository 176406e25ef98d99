"""A departure someone foresees in a clause of its own (round 26): "Officials expect that many
Afghans will leave by <date>", "predicted most undocumented Afghans would leave by <date>",
also past an aside between dashes, is a forecast, not an order's cut-off ("expected to leave
by" already was). An order told with a modal stays a cut-off ("will have to leave by", "would
leave by … or face arrest"). Values come from the loaded ledger (the first order's cut-off)."""

from .deadlines_support import ledger_order, month_day_alarms, month_day_misses

FIRST = "ifrp_phase1"
WHEN = "2023-10-20"

FORESEEN = (
    "Aid workers expect that many undocumented Afghans will leave by {date}.",
    "Officials predicted most undocumented migrants would leave the country by {date}.",
    "Officials expect that many Afghans—an estimated 200,000—will leave by {date}.",
)

ORDERS = (
    "Undocumented Afghans will have to leave by {date}, the minister said.",
    "The minister said undocumented Afghans would leave by {date} or face arrest.",
)


def test_a_foreseen_departure_is_no_cut_off(seed_corpus):
    order = ledger_order(seed_corpus, FIRST, "date")
    assert month_day_alarms(seed_corpus, FORESEEN, order.date, WHEN) == []


def test_an_order_told_with_a_modal_is_still_a_cut_off(seed_corpus):
    order = ledger_order(seed_corpus, FIRST, "date")
    assert month_day_misses(seed_corpus, ORDERS, order.date, WHEN) == []
