"""An aside between dashes or in parentheses between an order's people and its bare verb (round
26): "an order demanding all undocumented Afghans—an estimated 4 million—leave the country by
<date>" is a cut-off as "demanding they leave by <date>" is; the aside's own words ("an
estimated …") are not a forecast of the verb ("expected to leave by"). Look-alikes stay silent:
a forecast after the aside, people who had left by a day. Values come from the loaded ledger
(the first order's cut-off)."""

from .deadlines_support import ledger_order, month_day_alarms, month_day_misses

FIRST = "ifrp_phase1"
WHEN = "2023-10-20"

FORMS = (
    "The exodus followed a government order demanding that foreigners without papers—an "
    "estimated 1.7 million—leave the country by {date} or face arrest.",
    "Officials issued a notice requiring illegal immigrants (reportedly 1.7 million) leave "
    "Pakistan by {date}.",
)

LOOK_ALIKES = (
    "Undocumented migrants—officials say—are expected to leave the country by {date}.",
    "Many undocumented migrants—an estimated 200,000 people—had left the country by {date}.",
)


def test_an_aside_before_the_bare_verb_keeps_the_cut_off(seed_corpus):
    order = ledger_order(seed_corpus, FIRST, "date")
    assert month_day_misses(seed_corpus, FORMS, order.date, WHEN) == []


def test_a_forecast_or_a_count_after_an_aside_stays_silent(seed_corpus):
    order = ledger_order(seed_corpus, FIRST, "date")
    assert month_day_alarms(seed_corpus, LOOK_ALIKES, order.date, WHEN) == []
