"""Another purpose in the main clause does not reach a date inside a content clause of a
decision or a saying (issue 11, round 6): "staged a sit-in to protest the decision mandating that
any crossing … will require a valid passport and visa from …" dates the border rule. The grid
reads the rule's date from the loaded ledger: the recorded day stays silent, a month later is
reported; a purpose that is the deadline's own ("a deadline for PoR holders to register for
resettlement that expires on …") still keeps it silent."""

import datetime as dt

from .deadlines_support import month_day, reported

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


def test_a_purpose_outside_the_content_clause_does_not_reach_the_date(seed_corpus):
    rule = seed_corpus.ledger.deadlines["entry_document_rule"]
    when = (rule.date - dt.timedelta(days=10)).isoformat()
    mismatched = []
    for form in FORMS:
        for day, bad in ((rule.date, False), (rule.date + dt.timedelta(days=30), True)):
            text = form.format(date=month_day(day))
            codes = [c for c, _, _ in reported(seed_corpus, text, when)]
            if codes != (["NL101"] if bad else []):
                mismatched.append((text, codes))
    assert mismatched == []


def test_a_purpose_of_the_deadline_itself_keeps_it_silent(seed_corpus):
    rule = seed_corpus.ledger.deadlines["entry_document_rule"]
    when = (rule.date - dt.timedelta(days=10)).isoformat()
    wrong = rule.date + dt.timedelta(days=30)
    loud = [t.format(date=month_day(wrong)) for t in LOOK_ALIKES]
    assert [t for t in loud if reported(seed_corpus, t, when)] == []


# ---------------------------------------------------------------------------------------------
# Round 9: a purpose in the main clause does not reach a date in a clause of its own opened by a
# subordinator after a comma ("a plan to extradite illegal immigrants, as the Nov. 20 deadline
# approaches": dev news-r7-dl-091), and an adverb between "to" and its verb is read past ("to
# strictly enforce the deadline for Afghans to leave by …": dev news-r6-dl-088).

OWN_CLAUSE = (
    "Pakistan has finalised a plan to extradite all {group}, as the {date} deadline approaches.",
    "Police began drawing up lists to identify {group}, as the {date} deadline nears.",
    "Teams were formed to trace {group}, when the {date} deadline was only days away.",
    "The government decided to strictly enforce the deadline for {group} to leave by {date}.",
    "The ministry vowed to firmly implement the deadline for {group} to leave by {date}.",
)
OWN_CLAUSE_LOOK_ALIKES = (
    # the purpose is the deadline's own, in the date's clause
    "Students rushed to the offices, as the {date} deadline to apply for scholarships neared.",
    "The deadline for {group} to register their businesses, once extended, ends on {date}.",
    # "as of" is a time, not a clause: the purpose stays the deadline's
    "The UN set a deadline for {group} to apply for resettlement, as of {date}.",
)


def _phase_one(corpus):
    order = corpus.ledger.deadlines["ifrp_phase1"]
    return order, (order.date - dt.timedelta(days=7)).isoformat()


def test_a_purpose_outside_the_date_s_own_clause_does_not_reach_it(seed_corpus):
    order, when = _phase_one(seed_corpus)
    mismatched = []
    for form in OWN_CLAUSE:
        for group in ("illegal immigrants", "undocumented Afghans"):
            for day, bad in ((order.date, False), (order.date + dt.timedelta(days=19), True)):
                text = form.format(date=month_day(day), group=group)
                codes = [c for c, _, _ in reported(seed_corpus, text, when)]
                if codes != (["NL101"] if bad else []):
                    mismatched.append((text, codes))
    assert mismatched == []


def test_a_purpose_in_the_date_s_own_clause_keeps_it_silent(seed_corpus):
    order, when = _phase_one(seed_corpus)
    wrong = month_day(order.date + dt.timedelta(days=19))
    loud = [
        text
        for form in OWN_CLAUSE_LOOK_ALIKES
        for text in [form.format(date=wrong, group="undocumented Afghans")]
        if reported(seed_corpus, text, when)
    ]
    assert loud == []
