"""A subject term joined by "or" (issue 11, round 16): "the same <day> deadline would apply to
those attempting to enter Pakistan without the requisite passport or visa" names the border
document rule the ledger records as "passport and visa" (round-15 blind miss news-r15-dl-003:
the rule's day moved to another day of the same press conference). A draft denies either
document: a ledger term joining two words with "and" now also matches them joined with "or"
(``dates_lexicon._coordinated_forms``).

Grid: the ledger's border document rule (read from the loaded ledger), a text of its
announcement day: its day silent, a day 30 days later reported. Look-alikes stay silent with
that day: a passport office's hours, a visa fee.
"""

from narrlint.claims.dates_lexicon import _coordinated_forms

from .deadlines_support import ledger_order, month_day_alarms, month_day_misses

RULE = "entry_document_rule"
WRITTEN = "2023-10-03"

FORMS = (
    "The minister said the same {date} deadline would apply to those attempting to enter"
    " Pakistan without the requisite passport or visa.",
    "From {date}, no one will be allowed to enter Pakistan without a passport or visa.",
)
LOOK_ALIKES = (
    "The passport office will stay open on Saturdays until {date}, officials said.",
    "The embassy said the new visa fee applies from {date}.",
)


def test_a_term_with_or_names_the_rule(seed_corpus):
    rule = ledger_order(seed_corpus, RULE, "date")
    assert month_day_misses(seed_corpus, FORMS, rule.date, WRITTEN) == []


def test_other_passport_and_visa_dates_stay_silent(seed_corpus):
    rule = ledger_order(seed_corpus, RULE, "date")
    assert month_day_alarms(seed_corpus, LOOK_ALIKES, rule.date, WRITTEN) == []


def test_only_a_joining_and_gets_an_or_form():
    assert _coordinated_forms(("passport", "and", "visa")) == (
        ("passport", "and", "visa"),
        ("passport", "or", "visa"),
    )
    assert _coordinated_forms(("one", "document", "regime")) == (("one", "document", "regime"),)
    assert _coordinated_forms(("and", "visa")) == (("and", "visa"),)
