"""Which order a past cut-off belongs to, and where (issue 11, round 6). A deadline noun "for
thousands of undocumented Afghans" is one for people; a dateline's city ("ISLAMABAD: …") is where
the report was filed, not the order's place; a past cut-off long after an order's last record
("March 31" for undocumented Afghans in a 2025 story, against the 2023 order) is a later
order's, while one near it ("until December 1, 2023" in a 2024 story) is still that order's
history. Orders and values are read from the loaded ledger."""

import datetime as dt

from .deadlines_support import claims, full_day, month_day, reported

PEOPLE_FORMS = (
    "The deadline for thousands of illegal foreigners to leave the country, originally set for "
    "{date}, was not extended.",
    "The deadline for hundreds of thousands of undocumented immigrants falls on {date}.",
    "The government's deadline for tens of thousands of illegal foreigners to leave ends on "
    "{date}.",
)


def test_a_deadline_for_a_multitude_of_people_is_read(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase1"]
    when = (order.announced + dt.timedelta(days=5)).isoformat()
    mismatched = []
    for form in PEOPLE_FORMS:
        for day, bad in ((order.date, False), (order.date + dt.timedelta(days=30), True)):
            text = form.format(date=month_day(day))
            codes = [c for c, _, _ in reported(seed_corpus, text, when)]
            if codes != (["NL101"] if bad else []):
                mismatched.append((text, codes))
    assert mismatched == []


def test_a_dateline_city_is_not_the_order_s_place(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase1"]
    when = (order.announced + dt.timedelta(days=5)).isoformat()
    places = {}
    for text in (
        "ISLAMABAD: Illegal foreigners must leave by {date}, the minister said.",
        "QUETTA (APP) - Illegal foreigners must leave by {date}, the minister said.",
        "Illegal foreigners must leave Islamabad by {date}, the minister said.",
    ):
        (claim,) = [c for c in claims(seed_corpus, text.format(date=month_day(order.date)), when)]
        places[text.split()[0]] = claim.place
    assert places["ISLAMABAD:"] != places["Illegal"]
    assert places["QUETTA"] != "Balochistan"
    kabul = "KABUL, AFGHANISTAN – Illegal foreigners must leave Pakistan by {date}."
    (claim,) = claims(seed_corpus, kabul.format(date=month_day(order.date)), when)
    assert claim.place == "Pakistan"  # not the dateline's Afghanistan
    inside = "Afghans living in Islamabad - the capital - must leave the city by {date}."
    (claim,) = claims(seed_corpus, inside.format(date=month_day(order.date)), when)
    assert claim.place == places["Illegal"]  # a dash inside a sentence is not a dateline


def test_a_past_cut_off_long_after_the_record_is_a_later_order_s(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase1"]
    later = order.date.replace(year=order.date.year + 2) - dt.timedelta(days=215)
    when = (later + dt.timedelta(days=10)).isoformat()
    text = f"The government set a {month_day(later)} deadline for undocumented Afghans to leave."
    assert [s for _, s, _ in reported(seed_corpus, text, when)] == []


def test_a_past_cut_off_near_the_record_is_its_history(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase1"]
    wrong = order.date + dt.timedelta(days=30)
    when = order.date.replace(year=order.date.year + 1).isoformat()
    text = f"Pakistan gave undocumented foreigners until {full_day(wrong)}, to leave."
    assert [c for c, _, _ in reported(seed_corpus, text, when)] == ["NL101"]
