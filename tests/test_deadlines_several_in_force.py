"""Several orders in force, none recording the value (issue 11, round 16; the class "several
orders in force for one group" left by round 15): "Islamabad's <day> deadline for Afghans" and
"<day> has been the deadline for removal of Afghan nationals from the federal capital and
Rawalpindi" name people in general in a place with several orders in force (the capital's
relocation order, its third-country order, the national order for card holders). Among them,
the order whose time holds the value is meant; when the value lies in the time of several and
none records it, nothing was said, so a moved day (round-16 mutation diagnostic, two real
passages) went unreported. It is wrong whichever is meant: every such order is now a
candidate (``dates_generic.in_force``), and NL101 reports it when no order records it.

Seed ledger (the orders skipped where a ledger lacks them), a text of late March 2025: the
recorded days silent, a day ten days before the national cut-off reported. Look-alikes stay
silent with that day: people the orders do not name (pilgrims), people bound elsewhere, a
meeting's date.
"""

from .deadlines_support import codes, ledger_orders, month_day

ORDERS = ("twin_cities_relocation", "twin_cities_third_country_2025", "ifrp_phase2_acc")
WRITTEN = "2025-03-27"

FORMS = (
    "In a statement, the rights group said that Islamabad's {date} deadline for Afghans would"
    " deepen their hardship.",
    "According to officials, {date} has been the deadline for removal of Afghan nationals from"
    " the federal capital and Rawalpindi.",
)
LOOK_ALIKES = (
    "Islamabad's {date} deadline for Afghan pilgrims to register for the journey was missed.",
    "Islamabad's {date} deadline for Afghans awaiting resettlement in Canada was criticised.",
    "Officials from Islamabad and Rawalpindi met Afghan elders on {date} to discuss the move.",
)


def _days(corpus):
    *_, national = ledger_orders(corpus, *ORDERS)
    recorded = sorted({o.date for o in ledger_orders(corpus, *ORDERS) if o.date})
    wrong = national.date.replace(day=national.date.day - 10)
    return recorded, wrong


def test_a_day_no_order_in_force_records_is_reported(seed_corpus):
    recorded, wrong = _days(seed_corpus)
    for form in FORMS:
        assert codes(seed_corpus, form.format(date=month_day(wrong)), WRITTEN) == ["NL101"], form
        for day in recorded:
            text = form.format(date=month_day(day))
            assert codes(seed_corpus, text, WRITTEN) == [], text


def test_other_people_and_dates_stay_silent(seed_corpus):
    _, wrong = _days(seed_corpus)
    for form in LOOK_ALIKES:
        assert codes(seed_corpus, form.format(date=month_day(wrong)), WRITTEN) == [], form
