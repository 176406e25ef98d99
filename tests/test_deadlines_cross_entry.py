"""Crossing barred without papers (issue 11, round 16): "From <day>, no one will be allowed to
cross into Pakistan without a passport or visa" gives the day the border rule starts, as "no
one will be able to enter Pakistan without a passport and visa after <day>" did; "cross" was
no verb of entry (``dates_words.ENTRY_LEMMAS``), so the day was read as an event's (found
writing the round-16 or-terms test).

Grid: the ledger's border document rule (read from the loaded ledger), a text of its
announcement day: its day silent, a day 30 days later reported. Look-alikes stay silent with
that day: crossing allowed (no bar), crossing without a bar of papers, a crossing reopened.
"""

from .deadlines_support import ledger_order, month_day_alarms, month_day_misses

RULE = "entry_document_rule"
WRITTEN = "2023-10-03"

FORMS = (
    "From {date}, no one will be allowed to cross into Pakistan without a passport or visa.",
    "No one will be allowed to cross the border without a passport and visa after {date}.",
)
LOOK_ALIKES = (
    "Traders will be able to cross the border without a visa from {date} under the new deal.",
    "From {date}, no trucks will be allowed to cross the border at night.",
    "The crossing was reopened on {date} after talks between border officials.",
)


def test_crossing_barred_without_papers_starts_the_rule(seed_corpus):
    rule = ledger_order(seed_corpus, RULE, "date")
    assert month_day_misses(seed_corpus, FORMS, rule.date, WRITTEN) == []


def test_other_crossings_stay_silent(seed_corpus):
    rule = ledger_order(seed_corpus, RULE, "date")
    assert month_day_alarms(seed_corpus, LOOK_ALIKES, rule.date, WRITTEN) == []
