"""Another purpose in the main clause does not reach a date inside a content clause of a
decision or a saying (issue 11, round 6): "staged a sit-in to protest the decision mandating that
any crossing … will require a valid passport and visa from …" dates the border rule. The grid
reads the rule's date from the loaded ledger: the recorded day stays silent, a month later is
reported; a purpose that is the deadline's own ("a deadline for PoR holders to register for
resettlement that expires on …") still keeps it silent."""

import datetime as dt

from .deadlines_support import reported

FORMS = (
    "Workers staged a sit-in to protest the government's decision mandating that any crossing "
    "at the Afghan border will require a valid passport and visa from {date}.",
    "Traders gathered to oppose the order that passports and visas will be required for "
    "crossing the border from {date}.",
)
LOOK_ALIKES = (
    "Afghan students were given a deadline to apply for scholarships that ends on {date}.",
    "The UN set a deadline for PoR holders to register for resettlement that expires on {date}.",
)


def _day(day: dt.date) -> str:
    return f"{day:%B} {day.day}"


def test_a_purpose_outside_the_content_clause_does_not_reach_the_date(seed_corpus):
    rule = seed_corpus.ledger.deadlines["entry_document_rule"]
    when = (rule.date - dt.timedelta(days=10)).isoformat()
    mismatched = []
    for form in FORMS:
        for day, bad in ((rule.date, False), (rule.date + dt.timedelta(days=30), True)):
            text = form.format(date=_day(day))
            codes = [c for c, _, _ in reported(seed_corpus, text, when)]
            if codes != (["NL101"] if bad else []):
                mismatched.append((text, codes))
    assert mismatched == []


def test_a_purpose_of_the_deadline_itself_keeps_it_silent(seed_corpus):
    rule = seed_corpus.ledger.deadlines["entry_document_rule"]
    when = (rule.date - dt.timedelta(days=10)).isoformat()
    wrong = rule.date + dt.timedelta(days=30)
    loud = [t.format(date=_day(wrong)) for t in LOOK_ALIKES]
    assert [t for t in loud if reported(seed_corpus, t, when)] == []
